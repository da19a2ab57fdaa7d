/// What the privacy stage does with a column, decided from its header by `TaxColumnClassifier`.
public enum TaxColumnClassification: Sendable, Hashable {
    /// Not a tax-number column: its text still goes through `TaxNumberRedactor` like any free text.
    case ordinary
    /// A public register number (ABN, ACN/ARBN, NZBN, company number, VAT, CA BN): keep.
    /// `kind` is `nil` when the header names no checkable kind (a UK company number).
    case publicIdentifier(TaxIdentifierKind?)
    /// A tax-number column: drop every value, valid or not (domain.md 5.1 rule 1).
    case taxNumber
    /// Xero's `TaxNumber` from an Australian organisation, under the keep-ABN policy: keep a value
    /// only when it validates as an ABN; drop everything else.
    case taxNumberKeepingValidABN

    /// Whether the column as a whole is removed from the output.
    public var dropsColumn: Bool {
        self == .taxNumber
    }

    /// Whether `value` from a column of this class may reach the output as it is.
    ///
    /// - `.ordinary`: always; free text is redacted separately with `TaxNumberRedactor`.
    /// - `.publicIdentifier(kind)`: when the value validates as `kind` (an ACN column's `004 085 796` is
    ///   kept although it also passes the TFN check), or else when the redactor finds no tax number in
    ///   it (a TFN typed into an ABN column is not admitted).
    /// - `.taxNumber`: never.
    /// - `.taxNumberKeepingValidABN`: only a valid ABN.
    public func admits(_ value: String) -> Bool {
        switch self {
        case .ordinary: true
        case .publicIdentifier(let kind):
            kind.map { TaxNumberChecksum.isValid(value, as: $0) } ?? false
                || !TaxNumberRedactor().containsTaxNumber(value)
        case .taxNumber: false
        case .taxNumberKeepingValidABN: TaxNumberChecksum.isValidABN(value)
        }
    }
}
