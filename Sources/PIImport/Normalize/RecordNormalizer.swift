/// Cleans one cell's text for the field it fills, and reports what it changed. Every value passes
/// the tax-number redactor; a company-number value keeps a public number (ABN, ACN, NZBN...) and is
/// dropped whole when it holds a secret one.
public struct RecordNormalizer: Sendable {
    /// A cleaned value: nil when nothing is left.
    public struct Cleaned: Sendable {
        public var value: String?
        public var diagnostics: [Diagnostic]
        /// How many tax numbers were removed from the text.
        public var redactions: Int
    }

    private let redactor = TaxNumberRedactor()

    public init() {}

    public func clean(_ text: String, field: ClientField, at position: CellPosition) -> Cleaned {
        let value = text.trimmingWhitespace()
        guard !value.isEmpty else { return Cleaned(value: nil, diagnostics: [], redactions: 0) }
        if field == .companyNumber || field == .businessNumber {
            return publicNumber(value, field: field, at: position)
        }
        let redacted = redactor.redact(value)
        guard redacted.removed > 0 else { return Cleaned(value: value, diagnostics: [], redactions: 0) }
        return Cleaned(
            value: redacted.text, diagnostics: [Self.redactedNote(redacted.removed, field: field, at: position)],
            redactions: redacted.removed)
    }

    /// A company-number column is labelled public: a valid ABN, ACN, NZBN or business number stays
    /// even where it would also pass a secret checksum; any other value holding a tax number goes.
    private func publicNumber(_ value: String, field: ClientField, at position: CellPosition) -> Cleaned {
        let kinds = TaxNumberChecksum.kinds(of: value)
        if kinds.contains(where: { !$0.isSecret }) || !redactor.containsTaxNumber(value) {
            return Cleaned(value: value, diagnostics: [], redactions: 0)
        }
        return Cleaned(value: nil, diagnostics: [Self.redactedNote(1, field: field, at: position)], redactions: 1)
    }

    private static func redactedNote(_ count: Int, field: ClientField, at position: CellPosition) -> Diagnostic {
        Diagnostic(
            .taxNumberRedacted, .info, at: position.position,
            count == 1 ? "a tax number was removed from this cell" : "\(count) tax numbers were removed from this cell",
            field: field.path)
    }
}
