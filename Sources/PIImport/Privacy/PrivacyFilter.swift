/// The last gate before cells leave the process in a summary or a rejects file: every cell passes
/// the tax-number redactor.
enum PrivacyFilter {
    private static let redactor = TaxNumberRedactor()

    static func redacted(_ cells: [String]) -> [String] {
        cells.map { redactor.redact($0).text }
    }
}
