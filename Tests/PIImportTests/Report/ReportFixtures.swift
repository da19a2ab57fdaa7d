import Foundation

@testable import PIImport

/// Reports the rendering and schema tests share.
enum ReportFixtures {
    /// A small run over one CSV and one worksheet: two rows rejected, a link, a review, a dropped tax column.
    static let small: ImportReport = {
        var summary = ImportReport.Summary()
        summary.rows = 6
        summary.clients = 4
        summary.contacts = 5
        summary.created = 1
        summary.updated = 0
        summary.linked = 1
        summary.merged = 0
        summary.review = 1
        summary.rejected = 2
        summary.warnings = 1
        summary.taxNumbersRemoved = 3
        let csv = "clients.csv"
        return ImportReport(
            valid: false, summary: summary,
            files: [
                ImportReport.FileSummary(
                    file: csv, format: "csv", encoding: "UTF-8", delimiter: ",", headerRow: 1, kind: "xero-contacts",
                    mapping: [
                        ImportReport.ColumnMapping(column: 1, header: "*ContactName", field: "name", how: "synonym"),
                        ImportReport.ColumnMapping(column: 2, header: "EmailAddress", field: "contacts.email", how: "synonym"),
                        ImportReport.ColumnMapping(column: 3, header: "TaxNumber", field: nil, how: "dropped-tax-number"),
                        ImportReport.ColumnMapping(column: 4, header: "Misc", field: nil, how: "unmapped"),
                    ], rows: 4),
                ImportReport.FileSummary(
                    file: "book.xlsx", format: "xlsx", sheet: "Clients", headerRow: 3, kind: "generic",
                    mapping: [ImportReport.ColumnMapping(column: 2, header: "Client", field: "name", how: "mapping-file")],
                    rows: 2),
            ],
            diagnostics: [
                Diagnostic(
                    "missing-email", .error, at: SourcePosition(file: csv, row: 3, line: 4, column: 2, columnName: "EmailAddress"),
                    "Contact Email is empty; Ignition needs one on every row", field: "contacts.email"),
                Diagnostic(
                    "missing-email", .error, at: SourcePosition(file: csv, row: 4, line: 6, column: 2, columnName: "EmailAddress"),
                    "Contact Email is empty; Ignition needs one on every row", field: "contacts.email"),
                Diagnostic(
                    "bad-phone", .warning, at: SourcePosition(file: "book.xlsx", sheet: "Clients", row: 5, column: 4),
                    "Phone has too few digits", field: "phone"),
            ],
            suppressed: ["bad-phone": 2],
            decisions: [
                ImportReport.Decision(action: .create, name: "Marlow Constructions Pty Ltd", rows: [
                    ImportReport.RowReference(file: csv, row: 1, line: 2), ImportReport.RowReference(file: csv, row: 2, line: 3),
                ]),
                ImportReport.Decision(
                    action: .link, name: "Elena Reyes", rows: [ImportReport.RowReference(file: "book.xlsx", sheet: "Clients", row: 4)],
                    match: ImportReport.Match(source: "ledger", id: "0b1e5c1a", name: "Elena Reyes", score: 1, rule: "exact-name")),
                ImportReport.Decision(
                    action: .review, name: "<script>alert(1)</script> & Co", rows: [ImportReport.RowReference(file: "book.xlsx", sheet: "Clients", row: 5)],
                    match: ImportReport.Match(source: "xpm", id: nil, name: "Script & Co Pty Ltd", score: 0.82, rule: "fuzzy")),
                ImportReport.Decision(action: .reject, name: "Nobody", rows: [
                    ImportReport.RowReference(file: csv, row: 3, line: 4), ImportReport.RowReference(file: csv, row: 4, line: 6),
                ]),
            ],
            taxNumbersRemoved: [
                ImportReport.TaxNumberRemoval(file: csv, column: "TaxNumber", how: "column-dropped", count: 2, rows: [1, 2]),
                ImportReport.TaxNumberRemoval(file: "book.xlsx", sheet: "Clients", column: "Notes", how: "redacted-in-text", count: 1, rows: [4]),
            ])
    }()

    /// A report with every optional field set, so that it emits every key the schema declares.
    static let fullyPopulated: ImportReport = {
        var summary = ImportReport.Summary()
        summary.rows = 10
        summary.clients = 6
        summary.contacts = 7
        summary.created = 1
        summary.updated = 1
        summary.linked = 1
        summary.merged = 1
        summary.review = 1
        summary.rejected = 1
        summary.warnings = 2
        summary.taxNumbersRemoved = 1
        let actions: [ImportReport.Decision.Action] = [.create, .link, .update, .merge, .review, .reject]
        return ImportReport(
            valid: false, summary: summary,
            files: [
                ImportReport.FileSummary(
                    file: "book.xlsx", format: "xlsx", encoding: "UTF-8", delimiter: ",", sheet: "Clients", headerRow: 2,
                    kind: "generic", mapping: [ImportReport.ColumnMapping(column: 1, header: "Name", field: "name", how: "synonym")],
                    rows: 10)
            ],
            diagnostics: [
                Diagnostic(
                    "bad-xml", .error,
                    at: SourcePosition(file: "book.xlsx", sheet: "Clients", part: "xl/worksheets/sheet1.xml", row: 3, line: 7, column: 2, columnName: "Name"),
                    "Malformed XML", field: "name"),
                Diagnostic("ok", .info, at: SourcePosition(file: "a.csv"), "Read"),
                Diagnostic("bad-phone", .warning, at: SourcePosition(file: "a.csv", row: 2), "Phone has too few digits"),
            ],
            suppressed: ["bad-phone": 4],
            decisions: actions.map { action in
                ImportReport.Decision(
                    action: action, name: "Client \(action.rawValue)",
                    rows: [ImportReport.RowReference(file: "book.xlsx", sheet: "Clients", row: 3, line: 3)],
                    match: ImportReport.Match(source: "store", id: "CLI-1", name: "Client", score: 0.5, rule: "email"),
                    runnerUp: ImportReport.Match(source: "ledger", id: "C-2", name: "Client 2", score: 0.4, rule: "fuzzy"),
                    nearMisses: [ImportReport.Match(source: "xpm", id: "X-3", name: "Client 3", score: 0.3, rule: "fuzzy")],
                    reason: "the names differ")
            },
            taxNumbersRemoved: [
                ImportReport.TaxNumberRemoval(file: "book.xlsx", sheet: "Clients", column: "TFN", how: "column-dropped", count: 1, rows: [3])
            ])
    }()
}
