import Testing

@testable import PIImport

/// Footers are found whatever the first cell starts with: most rows are answered from their first
/// byte and second cell, the rest by trimming and comparing.
@Suite struct MappedSourceTests {
    static func rows(_ cells: [String]) -> PackedRows {
        let rows = PackedRows(file: "t.csv", sheet: nil, rows: 1)
        rows.append(RawRow(cells: cells.map { $0.isEmpty ? .empty : .text($0) }, position: SourcePosition(file: "t.csv", row: 9)))
        return rows
    }

    @Test(arguments: [
        (["Total", "", "12.00"], true),
        (["TOTAL"], true),
        (["total due", "x"], true),
        (["  Total", "x"], true),
        (["\u{A0}Total\u{A0}", "x"], true),
        (["Totally Fresh Pty Ltd", "jo@fresh.example"], false),
        (["Tuesday, 26 November 2026 10:42 AM GMT+11:00", "", ""], true),
        (["Tuesday, 26 November 2026 10:42 AM GMT+11:00", "x"], false),
        (["\u{A0}Tuesday, 26 November 2026 10:42 AM", ""], true),
        (["Marlow Constructions", "Jo Marlow"], false),
        (["Marlow Constructions", ""], false),
        (["Marlow Constructions", " "], false),
        (["9:30 Monday 2026"], false),
    ])
    func footers(_ cells: [String], _ isFooter: Bool) {
        let rows = Self.rows(cells)
        withExtendedLifetime(rows) { #expect(MappedSource.isFooter(rows[0]) == isFooter) }
    }
}
