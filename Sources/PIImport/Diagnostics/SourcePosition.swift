/// Where something was found, in terms a user can look up in the file they hold.
///
/// Rendered as `clients.csv:14 (row 12, column Email)` for delimited text,
/// `book.xlsx[Clients]!C12` for a worksheet cell and `book.xlsx: xl/sharedStrings.xml:3:17` for XML.
public struct SourcePosition: Sendable, Hashable, Codable {
    /// The file as the user named it.
    public var file: String
    /// The worksheet, for workbooks.
    public var sheet: String?
    /// The package part, for errors inside a workbook's XML.
    public var part: String?
    /// The record number (CSV, 1-based, blank lines not counted) or the spreadsheet row number.
    public var row: Int?
    /// The physical line (CSV: where the record starts; XML: the line in the part).
    public var line: Int?
    /// The 1-based column (CSV field, worksheet column, or XML column).
    public var column: Int?
    /// The column's header, when known.
    public var columnName: String?
    /// The byte offset in the decoded input where the record starts.
    public var byteOffset: Int?

    public init(
        file: String, sheet: String? = nil, part: String? = nil, row: Int? = nil, line: Int? = nil,
        column: Int? = nil, columnName: String? = nil, byteOffset: Int? = nil
    ) {
        self.file = file
        self.sheet = sheet
        self.part = part
        self.row = row
        self.line = line
        self.column = column
        self.columnName = columnName
        self.byteOffset = byteOffset
    }
}

extension SourcePosition: CustomStringConvertible {
    public var description: String {
        if let part {
            var text = "\(file): \(part)"
            if let line { text += ":\(line)" }
            if let column { text += ":\(column)" }
            return text
        }
        if let sheet {
            var text = "\(file)[\(sheet)]"
            if let row {
                text += "!" + (column.map { ColumnName.letters(for: $0) } ?? "") + "\(row)"
            }
            if let columnName { text += " (column \(columnName))" }
            return text
        }
        var text = file
        if let line { text += ":\(line)" }
        var details: [String] = []
        if let row { details.append("row \(row)") }
        if let columnName {
            details.append("column \(columnName)")
        } else if let column {
            details.append("column \(column)")
        }
        if !details.isEmpty { text += " (" + details.joined(separator: ", ") + ")" }
        return text
    }
}

/// Spreadsheet column letters: 1 is `A`, 27 is `AA`, 16384 is `XFD`.
public enum ColumnName {
    public static func letters(for column: Int) -> String {
        var number = column
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
