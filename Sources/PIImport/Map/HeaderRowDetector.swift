/// Finds the header among the first rows of a file: the first row whose non-empty cells are mostly
/// headers the mapper knows (at least two of them). QuickBooks reports put two or three title rows
/// first; hand-kept lists sometimes a blank row or a note.
public enum HeaderRowDetector {
    /// How many rows are looked at.
    public static let window = 20

    /// The index in `rows` of the header, or nil when no row looks like one.
    public static func headerIndex(in rows: [RawRow], mapper: ColumnMapper) -> Int? {
        for (index, row) in rows.prefix(window).enumerated() {
            let (known, nonEmpty) = mapper.knownHeaderCount(row.cells.map { $0.text ?? "" })
            if known >= 2, known * 2 >= nonEmpty { return index }
        }
        return nil
    }
}
