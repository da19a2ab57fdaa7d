/// A row as read from a file, before any mapping: its cells and where it came from.
public struct RawRow: Sendable, Hashable {
    public var cells: [Cell]
    /// `row` is the record number (CSV) or spreadsheet row number (XLSX); `line` the physical line for CSV.
    public var position: SourcePosition

    public init(cells: [Cell], position: SourcePosition) {
        self.cells = cells
        self.position = position
    }
}
