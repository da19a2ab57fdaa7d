/// How the columns of one file map to record fields: the result of reading its header.
public struct ColumnMap: Sendable, Hashable {
    /// The recognised kind of export (`xero-contacts`, `generic`...), or the user's mapping file's name.
    public var kind: String
    /// The header row's number.
    public var headerRow: Int
    /// The header cells as read.
    public var headers: [String]
    /// The field each column fills, nil for columns nothing reads.
    public var fields: [ClientField?]
    /// Column by column, for reports and `inspect`.
    public var report: [ImportReport.ColumnMapping]

    /// The 0-based columns that give a country, street address first.
    public var countryColumns: [Int] {
        fields.indices.filter { fields[$0] == .address(.country) } + fields.indices.filter { fields[$0] == .postalAddress(.country) }
    }

    /// The 0-based columns of tax numbers, whose values are counted but never read.
    public var taxNumberColumns: [Int] {
        fields.indices.filter { fields[$0] == .taxNumber }
    }

    /// The 1-based columns whose values are never read (tax numbers, bank details).
    public var droppedColumns: [Int] {
        fields.indices.filter { fields[$0]?.isDropped == true }.map { $0 + 1 }
    }

    /// Whether some column gives the client's name, or a person's given and family names.
    public var hasNameColumn: Bool {
        fields.contains(.name) || fields.contains(.contact(.name))
            || (fields.contains(.contact(.firstName)) && fields.contains(.contact(.lastName)))
    }
}
