/// Rows of cells packed into a few flat buffers: every cell's UTF-8 back to back, each cell's end and
/// kind, each row's cells and place. This is how data rows travel from the reader to the workers: a batch
/// of rows costs a handful of allocations, not a string and an array a cell, and a cell is read as bytes
/// in place (``PackedRow``), made a `String` only where a value is kept.
///
/// One thread fills the rows, then any number read them; the buffers stay where they are once filled.
final class PackedRows: @unchecked Sendable {
    /// Where a row is in its file (``SourcePosition/row``, ``SourcePosition/line``,
    /// ``SourcePosition/byteOffset``), and where its cells are in the buffers.
    private struct Entry {
        var firstByte: Int
        var firstCell: Int
        var cellCount: Int
        var row: Int?
        var line: Int?
        var byteOffset: Int?
    }

    /// The file (and sheet) every row comes from.
    let file: String
    let sheet: String?
    @exclusivity(unchecked) private var bytes: GrowableBuffer<UInt8>
    /// The end of each cell, counted from its row's first byte.
    @exclusivity(unchecked) private var ends: GrowableBuffer<Int>
    @exclusivity(unchecked) private var kinds: GrowableBuffer<Cell.Kind>
    @exclusivity(unchecked) private var entries: GrowableBuffer<Entry>
    /// Where the row being added starts, while cells are added one by one.
    @exclusivity(unchecked) private var rowStart: (byte: Int, cell: Int) = (0, 0)

    /// Room for about `rows` rows of the file (or sheet) `file`.
    init(file: String, sheet: String?, rows: Int) {
        self.file = file
        self.sheet = sheet
        bytes = GrowableBuffer(capacity: rows * 256)
        ends = GrowableBuffer(capacity: rows * 16)
        kinds = GrowableBuffer(capacity: rows * 16)
        entries = GrowableBuffer(capacity: rows)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
        kinds.deallocate()
        entries.deallocate()
    }

    var count: Int { entries.count }

    /// About how much memory the rows take: their cells' bytes, and each cell's end and kind.
    var footprint: Int { bytes.count + ends.count * (MemoryLayout<Int>.stride + 1) }

    /// Row `index`, read in place: valid while the rows live and until a row is added or taken back
    /// (the buffers may move).
    @inline(__always)
    subscript(index: Int) -> PackedRow {
        let entry = entries.base[index]
        return PackedRow(
            bytes: bytes.base + entry.firstByte, ends: ends.base + entry.firstCell, kinds: kinds.base + entry.firstCell,
            count: entry.cellCount)
    }

    /// Where row `index` is, as findings name it.
    func position(of index: Int) -> SourcePosition {
        let entry = entries.base[index]
        return SourcePosition(file: file, sheet: sheet, row: entry.row, line: entry.line, byteOffset: entry.byteOffset)
    }

    /// Row `index`'s record or spreadsheet row number.
    func rowNumber(of index: Int) -> Int? {
        entries.base[index].row
    }

    /// Adds a row as read: its cells' text (a workbook's numbers, dates and booleans as a person would
    /// type them, ``Cell/text``), with their kinds.
    func append(_ row: RawRow) {
        for cell in row.cells {
            var text = cell.text ?? ""
            text.withUTF8 { addCell($0, kind: cell.kind) }
        }
        endRow(row: row.position.row, line: row.position.line, byteOffset: row.position.byteOffset)
    }

    /// Adds a row of text cells from the fields of `record`, which are valid UTF-8.
    func append(_ record: CSVRecordView, row: Int, line: Int, byteOffset: Int) {
        bytes.append(from: record.bytes, count: record.allBytes.count)
        ends.append(from: record.ends, count: record.count)
        kinds.append(repeating: .text, count: record.count)
        endRow(row: row, line: line, byteOffset: byteOffset)
    }

    /// Adds one cell to the row being added (ended by ``endRow(row:line:byteOffset:)``).
    func addCell(_ text: UnsafeBufferPointer<UInt8>, kind: Cell.Kind) {
        if let base = text.baseAddress { bytes.append(from: base, count: text.count) }
        ends.append(bytes.count - rowStart.byte)
        kinds.append(kind)
    }

    /// Ends the row whose cells were added, at this place in its file.
    func endRow(row: Int?, line: Int?, byteOffset: Int?) {
        entries.append(
            Entry(
                firstByte: rowStart.byte, firstCell: rowStart.cell, cellCount: ends.count - rowStart.cell, row: row,
                line: line, byteOffset: byteOffset))
        rowStart = (bytes.count, ends.count)
    }

    /// Drops the cells added since the last row ended, of a row that will not be ended.
    func discardUnendedRow() {
        bytes.removeLast(toCount: rowStart.byte)
        ends.removeLast(toCount: rowStart.cell)
        kinds.removeLast(toCount: rowStart.cell)
    }

    /// Takes back the last row added.
    func removeLast() {
        let entry = entries.base[entries.count - 1]
        entries.removeLast(toCount: entries.count - 1)
        bytes.removeLast(toCount: entry.firstByte)
        ends.removeLast(toCount: entry.firstCell)
        kinds.removeLast(toCount: entry.firstCell)
        rowStart = (entry.firstByte, entry.firstCell)
    }
}

/// One row of ``PackedRows``, read in place: valid while its rows live and until a row is added or taken
/// back (the buffers may move).
struct PackedRow {
    fileprivate let bytes: UnsafePointer<UInt8>
    fileprivate let ends: UnsafePointer<Int>
    fileprivate let kinds: UnsafePointer<Cell.Kind>
    /// How many cells the row has.
    let count: Int

    /// The UTF-8 of cell `index` (0-based, below ``count``).
    @inline(__always)
    func text(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(start: bytes + start, count: ends[index] - start)
    }

    @inline(__always)
    func kind(_ index: Int) -> Cell.Kind {
        kinds[index]
    }

    /// Cell `index` as a string.
    @inline(__always)
    func string(_ index: Int) -> String {
        SmallString.text(UnsafeRawBufferPointer(text(index)))
    }

    /// Every cell as a string.
    var strings: [String] {
        (0..<count).map(string)
    }

    /// Whether cell `index` is empty or white space only (``Swift/String/isBlank``), answered from its first
    /// byte when that is a visible ASCII character (most cells).
    func isBlank(_ index: Int) -> Bool {
        let text = text(index)
        guard let lead = text.first else { return true }
        if lead > 0x20, lead < 0x7F { return false }
        return string(index).isBlank
    }
}
