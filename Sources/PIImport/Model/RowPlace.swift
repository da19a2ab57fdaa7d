/// Where a row is, its ``SourcePosition`` made only when a finding needs one: most rows have none, and
/// making one retains the file's name, a string every thread shares.
enum RowPlace: Sendable {
    case position(SourcePosition)
    /// A row of packed rows being built, which outlive the building.
    case packed(PackedPlace)

    /// Row `index` of `rows`, which must outlive the place.
    static func packed(_ rows: PackedRows, _ index: Int) -> Self {
        .packed(PackedPlace(rows: rows, index: index))
    }

    var position: SourcePosition {
        switch self {
        case .position(let position): position
        case .packed(let place): place.rows.position(of: place.index)
        }
    }

    /// A row of packed rows, held without retaining them.
    struct PackedPlace: Sendable {
        unowned(unsafe) let rows: PackedRows
        let index: Int
    }
}
