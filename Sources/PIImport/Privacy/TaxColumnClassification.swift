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

    /// Whether `value` from a column of this class may reach the output.
    public func admits(_ value: String) -> Bool {
        switch self {
        case .ordinary, .publicIdentifier: true
        case .taxNumber: false
        case .taxNumberKeepingValidABN: TaxNumberChecksum.isValidABN(value)
        }
    }
}
