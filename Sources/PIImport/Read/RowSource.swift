/// A stream of rows read from one file (or one worksheet), in order, in bounded memory.
///
/// Readers throw ``ImportError`` for what stops the file and hand out ``Diagnostic``s
/// (warnings about encodings, say) through ``takeDiagnostics()`` as they go.
public protocol RowSource: AnyObject {
    /// What the reader found out about the file so far: format, encoding, delimiter, sheet.
    var info: SourceInfo { get }
    /// The next non-blank row, or `nil` at the end.
    func nextRow() throws -> RawRow?
    /// The diagnostics found since the last call.
    func takeDiagnostics() -> [Diagnostic]
}

/// What a reader knows of its file.
public struct SourceInfo: Sendable, Hashable, Codable {
    /// `csv` or `xlsx`.
    public var format: String
    /// The file as the user named it.
    public var file: String
    /// The text encoding (`utf-8`, `utf-16le`, `windows-1252`...), for delimited text.
    public var encoding: String?
    /// The field delimiter, for delimited text.
    public var delimiter: String?
    /// The selected worksheet, for workbooks.
    public var sheet: String?
    /// Every sheet of a workbook, in workbook order.
    public var sheets: [SheetInfo]?
    /// Whether empty trailing cells are left off rows (workbooks), so that short rows are not ragged.
    public var trimsTrailingEmptyCells: Bool

    public init(
        format: String, file: String, encoding: String? = nil, delimiter: String? = nil, sheet: String? = nil,
        sheets: [SheetInfo]? = nil, trimsTrailingEmptyCells: Bool = false
    ) {
        self.format = format
        self.file = file
        self.encoding = encoding
        self.delimiter = delimiter
        self.sheet = sheet
        self.sheets = sheets
        self.trimsTrailingEmptyCells = trimsTrailingEmptyCells
    }
}

/// A worksheet (or chartsheet) of a workbook and whether a person sees it.
public struct SheetInfo: Sendable, Hashable, Codable {
    public enum Visibility: String, Sendable, Hashable, Codable {
        case visible, hidden, veryHidden = "veryhidden"
    }

    public enum Kind: String, Sendable, Hashable, Codable {
        case worksheet, chartsheet
    }

    public var name: String
    public var kind: Kind
    public var visibility: Visibility

    public init(name: String, kind: Kind, visibility: Visibility) {
        self.name = name
        self.kind = kind
        self.visibility = visibility
    }
}

/// A source that adds its rows to ``PackedRows`` without making a string a cell.
protocol RowPacking: RowSource {
    /// Adds the next non-blank row to `rows`, as ``RowSource/nextRow()`` would give it; `false` at the end.
    func appendNextRow(to rows: PackedRows) throws -> Bool
}
