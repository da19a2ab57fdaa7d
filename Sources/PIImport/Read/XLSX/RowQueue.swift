/// Rows parsed but not yet handed out, kept sparse (column, cell) so that memory follows the XML
/// consumed rather than the columns a row claims; ``popRow()`` makes one row dense at a time.
struct RowQueue {
    private var columns: [Int] = []
    private var cells: [Cell] = []
    /// Each complete row: its number and where its cells end.
    private var rows: [(number: Int, end: Int)] = []
    private var head = 0

    /// Whether the row being parsed has any cell yet.
    var openRowHasCells: Bool { cells.count > (rows.last?.end ?? 0) }

    /// Adds a non-empty cell to the row being parsed.
    mutating func append(column: Int, cell: Cell) {
        columns.append(column)
        cells.append(cell)
    }

    /// Ends the row being parsed (if it has cells).
    mutating func closeRow(number: Int) {
        if openRowHasCells { rows.append((number, cells.count)) }
    }

    /// The next complete row, with its cells from column A to its last non-empty one.
    mutating func popRow() -> (number: Int, cells: [Cell])? {
        guard head < rows.count else { return nil }
        let start = head == 0 ? 0 : rows[head - 1].end
        let (number, end) = rows[head]
        head += 1
        var width = 0
        for index in start..<end { width = max(width, columns[index]) }
        var dense = [Cell](repeating: .empty, count: width)
        for index in start..<end { dense[columns[index] - 1] = cells[index] }
        if head == rows.count {
            // Everything complete is out: keep only the open row's cells, and the capacity.
            columns.removeSubrange(0..<end)
            cells.removeSubrange(0..<end)
            rows.removeAll(keepingCapacity: true)
            head = 0
        }
        return (number, dense)
    }
}
