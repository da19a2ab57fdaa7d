/// Writes the rows that were rejected, as the user gave them, so that they can be fixed and fed back.
///
/// One writer per input file (files have different headers). The output is the original header and
/// each rejected row's original cells, less the dropped columns (tax-number columns: they never leave
/// the input), then two columns, `pi-import codes` and `pi-import messages`: the row's diagnostic codes
/// and messages, each joined with `"; "`, in the same order. The mapper ignores those two headers when
/// the file comes back.
///
/// A row shorter than the header is padded with empty cells, so the two columns line up; a row longer
/// than the header keeps its extra non-empty cells (the user's data), which pushes its codes to the
/// right (such a row is rejected as ragged anyway).
///
/// Same CSV as ``IgnitionCSVSink`` (RFC 4180, CRLF, neutralising cells that start like a formula, see
/// ``CSVText``; a neutralised cell comes back with its leading `'`), but **with a UTF-8 byte-order
/// mark**: users open this file in Excel, which reads UTF-8 without a BOM as Windows-1252. Written
/// atomically when given a path.
public final class RejectsCSVWriter {
    private let output: any ByteOutput
    /// The 0-based indexes of the columns left out.
    public let droppedColumns: Set<Int>
    private let width: Int
    /// Rows written so far.
    public private(set) var count = 0
    /// Cells that got a leading `'` against CSV injection.
    public private(set) var neutralisedCells = 0

    /// Writes the BOM and the header to `output`.
    ///
    /// - Parameters:
    ///   - header: the input file's header cells, as read.
    ///   - droppedColumns: 0-based indexes into `header` and into each row's cells (the report's
    ///     1-based column N is index N - 1) of the columns to leave out: the tax-number columns.
    public init(output: any ByteOutput, header: [String], droppingColumns droppedColumns: Set<Int> = []) throws {
        self.output = output
        self.droppedColumns = droppedColumns
        width = header.count
        var cells = Self.keeping(header, droppedColumns)
        cells.append(CSVText.codesHeader)
        cells.append(CSVText.messagesHeader)
        var neutralised = 0
        try output.write { buffer in
            buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
            neutralised = CSVText.appendRecord(cells, to: &buffer)
        }
        neutralisedCells = neutralised
    }

    /// Writes to `path` atomically.
    public convenience init(path: String, header: [String], droppingColumns droppedColumns: Set<Int> = []) throws {
        try self.init(output: try AtomicFileWriter(path: path), header: header, droppingColumns: droppedColumns)
    }

    /// Writes one rejected row with the diagnostics that rejected it.
    public func write(_ row: RawRow, diagnostics: [Diagnostic]) throws {
        try write(cells: row.cells.map { $0.text ?? "" }, codes: diagnostics.map(\.code), messages: diagnostics.map(\.message))
    }

    /// Writes one rejected row: its original cells (as text), and its codes and messages.
    public func write(cells: [String], codes: [DiagnosticCode], messages: [String]) throws {
        var cells = cells
        if cells.count < width {
            cells.append(contentsOf: repeatElement("", count: width - cells.count))
        } else {
            while cells.count > width, cells.last?.isEmpty == true { cells.removeLast() }
        }
        var kept = Self.keeping(cells, droppedColumns)
        kept.append(codes.map(\.rawValue).joined(separator: "; "))
        kept.append(messages.joined(separator: "; "))
        var neutralised = 0
        try output.write { buffer in
            neutralised = CSVText.appendRecord(kept, to: &buffer)
        }
        count += 1
        neutralisedCells += neutralised
    }

    public func finish() throws {
        try output.finish()
    }

    public func abort() {
        output.abort()
    }

    private static func keeping(_ cells: [String], _ dropped: Set<Int>) -> [String] {
        if dropped.isEmpty { return cells }
        return cells.indices.filter { !dropped.contains($0) }.map { cells[$0] }
    }
}
