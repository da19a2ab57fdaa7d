/// Rows parsed but not yet handed out, kept sparse (column, cell) so that memory follows the XML
/// consumed rather than the columns a row claims; ``popRow()`` makes one row dense at a time.
///
/// A shared-string cell is kept as its index and made text as its row is handed out, so that the
/// parser (on a second thread, see ``WorksheetReader``) never builds a `String`.
///
/// Cells are moved, not copied, in and out of storage this queue manages itself: live cells are
/// those from the end of the last row handed out to ``count``.
final class RowQueue {
    private var capacity = 1024
    private var columns: UnsafeMutablePointer<Int32>
    /// Each cell's shared-string index, or -1 when the cell is in `cells` (`.empty` stands in there).
    private var stringIndexes: UnsafeMutablePointer<Int32>
    private var cells: UnsafeMutablePointer<Cell>
    /// Makes shared-string cells text; only ``popRow()`` uses it.
    let strings: SharedStrings.Lookup
    private var count = 0
    /// Where the cells not yet handed out start.
    private var live = 0
    /// Each complete row: its number and where its cells end.
    private var rows: [(number: Int, end: Int)] = []
    private var head = 0

    init(strings: SharedStrings.Lookup = SharedStrings.Lookup(SharedStrings())) {
        self.strings = strings
        columns = .allocate(capacity: capacity)
        stringIndexes = .allocate(capacity: capacity)
        cells = .allocate(capacity: capacity)
    }

    deinit {
        (cells + live).deinitialize(count: count - live)
        cells.deallocate()
        stringIndexes.deallocate()
        columns.deallocate()
    }

    /// How many complete rows wait to be handed out.
    var completeRows: Int { rows.count - head }

    /// Whether the row being parsed has any cell yet.
    var openRowHasCells: Bool { count > (rows.last?.end ?? live) }

    /// Adds a non-empty cell (column 1...16384) to the row being parsed.
    func append(column: Int, cell: Cell) {
        if count == capacity { grow() }
        columns[count] = Int32(column)
        stringIndexes[count] = -1
        (cells + count).initialize(to: cell)
        count += 1
    }

    /// Adds a shared-string cell by its index, which must be in range of the queue's strings.
    func append(column: Int, sharedString index: Int) {
        if count == capacity { grow() }
        columns[count] = Int32(column)
        stringIndexes[count] = Int32(index)
        (cells + count).initialize(to: .empty)
        count += 1
    }

    /// Ends the row being parsed (if it has cells).
    func closeRow(number: Int) {
        if openRowHasCells { rows.append((number, count)) }
    }

    /// The next complete row, with its cells from column A to its last non-empty one.
    func popRow() -> (number: Int, cells: [Cell])? {
        guard head < rows.count else { return nil }
        let (number, end) = rows[head]
        head += 1
        var width = 0
        for index in live..<end { width = max(width, Int(columns[index])) }
        let dense = [Cell](unsafeUninitializedCapacity: width) { buffer, initialized in
            buffer.baseAddress!.initialize(repeating: .empty, count: width)
            for index in live..<end {
                let cell = (cells + index).move()
                let string = stringIndexes[index]
                buffer[Int(columns[index]) - 1] = string < 0 ? cell : .text(strings.string(at: Int(string)))
            }
            initialized = width
        }
        live = end
        if head == rows.count {
            // Everything complete is out: move the open row's cells to the front.
            columns.moveInitialize(from: columns + live, count: count - live)
            stringIndexes.moveInitialize(from: stringIndexes + live, count: count - live)
            cells.moveInitialize(from: cells + live, count: count - live)
            count -= live
            live = 0
            rows.removeAll(keepingCapacity: true)
            head = 0
        }
        return (number, dense)
    }

    private func grow() {
        capacity *= 2
        let newColumns = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let newIndexes = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let newCells = UnsafeMutablePointer<Cell>.allocate(capacity: capacity)
        (newColumns + live).moveInitialize(from: columns + live, count: count - live)
        (newIndexes + live).moveInitialize(from: stringIndexes + live, count: count - live)
        (newCells + live).moveInitialize(from: cells + live, count: count - live)
        columns.deallocate()
        stringIndexes.deallocate()
        cells.deallocate()
        columns = newColumns
        stringIndexes = newIndexes
        cells = newCells
    }
}
