/// What a run found and decided: the JSON report's model (`Schemas/report.schema.json`).
public struct ImportReport: Sendable, Hashable, Codable {
    /// Whether every row was accepted.
    public var valid: Bool
    public var summary: Summary
    public var files: [FileSummary]
    /// Findings, capped per code; ``suppressed`` counts what the cap held back.
    public var diagnostics: [Diagnostic]
    /// Diagnostics left out by the per-code cap, by code.
    public var suppressed: [String: Int]
    /// One decision per client.
    public var decisions: [Decision]
    /// Where tax numbers were removed: counts and places, never values.
    public var taxNumbersRemoved: [TaxNumberRemoval]

    public init(
        valid: Bool, summary: Summary, files: [FileSummary], diagnostics: [Diagnostic], suppressed: [String: Int],
        decisions: [Decision], taxNumbersRemoved: [TaxNumberRemoval]
    ) {
        self.valid = valid
        self.summary = summary
        self.files = files
        self.diagnostics = diagnostics
        self.suppressed = suppressed
        self.decisions = decisions
        self.taxNumbersRemoved = taxNumbersRemoved
    }

    /// Counts over the whole run.
    public struct Summary: Sendable, Hashable, Codable {
        /// Data rows read (headers, titles and footers not counted).
        public var rows = 0
        public var clients = 0
        public var contacts = 0
        public var created = 0
        public var updated = 0
        public var linked = 0
        public var merged = 0
        public var review = 0
        /// Rows rejected.
        public var rejected = 0
        public var warnings = 0
        public var taxNumbersRemoved = 0

        public init() {}
    }

    /// How one input file was read and mapped.
    public struct FileSummary: Sendable, Hashable, Codable {
        public var file: String
        public var format: String
        public var encoding: String?
        public var delimiter: String?
        public var sheet: String?
        /// The row (record number or spreadsheet row) holding the header.
        public var headerRow: Int?
        /// The recognised kind of export (`xero-contacts`, `qbo-customer-contact-list`, `xpm-clients`,
        /// `ignition-clients`, `generic`).
        public var kind: String?
        /// Column by column: header, the field it maps to (nil when unmapped or dropped), and why.
        public var mapping: [ColumnMapping]
        public var rows: Int

        public init(
            file: String, format: String, encoding: String? = nil, delimiter: String? = nil, sheet: String? = nil,
            headerRow: Int? = nil, kind: String? = nil, mapping: [ColumnMapping] = [], rows: Int = 0
        ) {
            self.file = file
            self.format = format
            self.encoding = encoding
            self.delimiter = delimiter
            self.sheet = sheet
            self.headerRow = headerRow
            self.kind = kind
            self.mapping = mapping
            self.rows = rows
        }
    }

    /// One column of an input file and what became of it.
    public struct ColumnMapping: Sendable, Hashable, Codable {
        /// 1-based column.
        public var column: Int
        public var header: String
        /// The record field (`name`, `contacts.email`, `address.city`...), nil when not mapped.
        public var field: String?
        /// `synonym`, `mapping-file`, `unmapped`, or `dropped-tax-number` / `dropped-sensitive`.
        public var how: String

        public init(column: Int, header: String, field: String?, how: String) {
            self.column = column
            self.header = header
            self.field = field
            self.how = how
        }
    }

    /// What was done with one client, and why.
    public struct Decision: Sendable, Hashable, Codable {
        public enum Action: String, Sendable, Hashable, Codable {
            case create, link, update, merge, review, reject
        }

        public var action: Action
        public var name: String
        /// The rows the client was built from, as `file:row` references.
        public var rows: [RowReference]
        /// The reference client matched (or, for a create, the nearest miss).
        public var match: Match?
        /// The next best candidate.
        public var runnerUp: Match?
        /// The nearest candidates that did not match, so a person can see why a client is created.
        public var nearMisses: [Match]?
        /// Why, in words.
        public var reason: String?

        public init(
            action: Action, name: String, rows: [RowReference], match: Match? = nil, runnerUp: Match? = nil,
            nearMisses: [Match]? = nil, reason: String? = nil
        ) {
            self.action = action
            self.name = name
            self.rows = rows
            self.match = match
            self.runnerUp = runnerUp
            self.nearMisses = nearMisses
            self.reason = reason
        }
    }

    /// A row of an input file.
    public struct RowReference: Sendable, Hashable, Codable {
        public var file: String
        public var sheet: String?
        public var row: Int
        public var line: Int?

        public init(file: String, sheet: String? = nil, row: Int, line: Int? = nil) {
            self.file = file
            self.sheet = sheet
            self.row = row
            self.line = line
        }
    }

    /// The reference client a decision links to, and how sure the match is.
    public struct Match: Sendable, Hashable, Codable {
        /// `xpm`, `ledger`, `store` or `file`.
        public var source: String
        public var id: String?
        public var name: String
        public var score: Double
        /// The rule that fired: `exact-name`, `strong-key`, `fuzzy`, `email`, `company-number`...
        public var rule: String

        public init(source: String, id: String?, name: String, score: Double, rule: String) {
            self.source = source
            self.id = id
            self.name = name
            self.score = score
            self.rule = rule
        }
    }

    /// Where tax numbers were removed, by column: counts and rows, never values.
    public struct TaxNumberRemoval: Sendable, Hashable, Codable {
        public var file: String
        public var sheet: String?
        /// The column's header.
        public var column: String
        /// `column-dropped` or `redacted-in-text`.
        public var how: String
        public var count: Int
        /// The first rows where it happened (capped).
        public var rows: [Int]

        public init(file: String, sheet: String? = nil, column: String, how: String, count: Int, rows: [Int]) {
            self.file = file
            self.sheet = sheet
            self.column = column
            self.how = how
            self.count = count
            self.rows = rows
        }
    }
}
