/// How an import or check runs.
public struct ImportOptions: Sendable {
    /// What to do with a row that fails validation.
    public enum InvalidRowPolicy: String, Sendable, CaseIterable {
        /// Leave it out (and in the rejects file), import the rest.
        case skip
        /// Stop the run: nothing is written.
        case abort
    }

    public var read = ReadOptions()
    /// A mapping file that overrides and extends the default synonyms.
    public var mapping: MappingFile?
    /// The header's row number, instead of detecting it.
    public var headerRow: Int?
    /// How many diagnostics of each code the report keeps (the rest are counted).
    public var diagnosticsPerCode = 100
    /// How many decisions the report lists (the rest are counted in the summary).
    public var decisionLimit = 10_000
    public var missingContactSeverity = Diagnostic.Severity.error
    /// The country (ISO alpha-2) assumed for phone numbers of rows that name none.
    public var defaultCountry: String?
    public var onInvalid = InvalidRowPolicy.skip
    /// Stop once this many rows have been rejected.
    public var maxErrors: Int?
    /// Xero Practice Manager client exports: the first reference; a client found there comes in as a lead.
    public var practiceManagerFiles: [String] = []
    /// Ledger exports (Xero contacts, QuickBooks customers).
    public var ledgerFiles: [String] = []
    /// How matching decides; `acceptFuzzy` links review matches scoring at least that much.
    public var matching = MatchOptions()

    public init() {}
}

/// A row that failed validation, with what the user needs to fix it.
public struct RejectedRow: Sendable {
    public var file: String
    public var sheet: String?
    /// The header as read.
    public var header: [String]
    /// The row's cells as text, tax numbers in them removed.
    public var cells: [String]
    /// 1-based columns never to be written (tax numbers, bank details).
    public var droppedColumns: [Int]
    public var position: SourcePosition
    public var diagnostics: [Diagnostic]
}
