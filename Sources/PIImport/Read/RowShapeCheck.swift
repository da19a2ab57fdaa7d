/// Finds the shape problems a reader keeps as read and later stages must know about:
/// rows with more or fewer cells than the header, and blank or repeated header cells.
///
/// The header is the first row it sees. Findings name the row, its line, and the column.
public struct RowShapeCheck {
    private var header: RawRow?
    private let trimsTrailingEmptyCells: Bool

    /// - Parameter trimsTrailingEmptyCells: `true` for sources (workbooks) whose rows stop at the
    ///   last non-empty cell, where a short row is normal and only a long one is ragged.
    public init(trimsTrailingEmptyCells: Bool) {
        self.trimsTrailingEmptyCells = trimsTrailingEmptyCells
    }

    /// The header row, once seen.
    public var headerRow: RawRow? { header }

    /// Checks one row, in order; returns what it found.
    public mutating func check(_ row: RawRow) -> [Diagnostic] {
        guard header != nil else {
            header = row
            return headerFindings(row)
        }
        return check(cellCount: row.cells.count, at: { row.position }).map { [$0] } ?? []
    }

    /// Checks a data row of `actual` cells, once the header is seen; `position` is asked for only when
    /// the row is ragged.
    func check(cellCount actual: Int, at position: () -> SourcePosition) -> Diagnostic? {
        let expected = header?.cells.count ?? actual
        let ragged = trimsTrailingEmptyCells ? actual > expected : actual != expected
        guard ragged else { return nil }
        return Diagnostic(.raggedRow, .warning, at: position(), "row has \(actual) cells; the header has \(expected)")
    }

    private func headerFindings(_ row: RawRow) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var seen: [String: Int] = [:]
        let names = row.cells.map { ($0.text ?? "").trimmingWhitespace() }
        let lastNamed = names.lastIndex { !$0.isEmpty } ?? -1
        for (index, name) in names.enumerated() {
            var position = row.position
            position.column = index + 1
            if name.isEmpty {
                if index < lastNamed {
                    findings.append(Diagnostic(.blankHeader, .warning, at: position, "header cell is blank"))
                }
                continue
            }
            let key = name.lowercased()
            if let first = seen[key] {
                position.columnName = name
                findings.append(
                    Diagnostic(
                        .duplicateHeader, .warning, at: position,
                        "header repeats column \(first + 1) (\(ColumnName.letters(for: first + 1)))"))
            } else {
                seen[key] = index
            }
        }
        return findings
    }
}
