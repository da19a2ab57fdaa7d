import Testing

@testable import PIImport

@Suite struct ReportTextTests {
    @Test func smallReportExactText() {
        let expected = """
            pi-import report: not valid
            6 rows, 4 clients, 5 contacts: 1 to create, 0 to update, 1 to link, 0 to merge, 1 to review; 2 rows rejected, 1 warning, 3 tax numbers removed

            Files
              clients.csv: csv, encoding UTF-8, delimiter ",", header row 1, kind xero-contacts, 4 rows
                A  *ContactName  -> name (synonym)
                B  EmailAddress  -> contacts.email (synonym)
                C  TaxNumber     dropped (dropped-tax-number)
                D  Misc          unmapped
              book.xlsx[Clients]: xlsx, header row 3, kind generic, 2 rows
                B  Client  -> name (mapping-file)

            Problems
              error    missing-email  2  clients.csv:4 (row 3, column EmailAddress); clients.csv:6 (row 4, column EmailAddress)
              warning  bad-phone      3  book.xlsx[Clients]!D5; and 2 more

            Decisions: create 1, link 1, review 1, reject 1

            Tax numbers removed
              clients.csv, column TaxNumber: 2 (column-dropped), rows 1, 2
              book.xlsx[Clients], column Notes: 1 (redacted-in-text), row 4

            """
        #expect(ReportText.render(ReportFixtures.small) == expected)
    }

    @Test func emptyValidReport() {
        let report = ImportReport(
            valid: true, summary: ImportReport.Summary(), files: [], diagnostics: [], suppressed: [:], decisions: [],
            taxNumbersRemoved: [])
        let expected = """
            pi-import report: valid
            0 rows, 0 clients, 0 contacts: 0 to create, 0 to update, 0 to link, 0 to merge, 0 to review; 0 rows rejected, 0 warnings, 0 tax numbers removed

            Files: none

            Problems: none

            Decisions: none

            Tax numbers removed: none

            """
        #expect(ReportText.render(report) == expected)
    }

    @Test func problemsListAtMostThreePositionsAndCountTheRest() {
        var report = ReportFixtures.small
        report.diagnostics = (1...5).map {
            Diagnostic("bad-email", .warning, at: SourcePosition(file: "a.csv", row: $0, line: $0 + 1), "Email is not valid")
        }
        report.suppressed = ["bad-email": 10, "held-back-only": 7]
        let text = ReportText.render(report)
        #expect(text.contains("  warning  bad-email       15  a.csv:2 (row 1); a.csv:3 (row 2); a.csv:4 (row 3); and 12 more\n"))
        #expect(text.contains("  -        held-back-only   7\n"))
    }
}
