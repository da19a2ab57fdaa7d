/// Reads the rows of one worksheet of an .xlsx workbook, streaming: the sheet's XML is inflated and
/// parsed a chunk at a time, and only the shared strings (compactly) and cell formats are held whole.
///
/// Cells carry their type: text, numbers, booleans, errors, and dates where the cell's number
/// format shows one (see ``ExcelDate``). Text is kept as stored, edge whitespace included.
public final class XLSXReader: RowSource {
    public let info: SourceInfo
    private let rows: WorksheetReader

    /// Opens `path`; `name` is how messages refer to it.
    public convenience init(path: String, name: String? = nil, options: ReadOptions = ReadOptions()) throws {
        try self.init(input: RandomAccessInput(path: path, name: name ?? path), options: options)
    }

    /// Reads a workbook held in memory.
    public convenience init(bytes: [UInt8], name: String, options: ReadOptions = ReadOptions()) throws {
        try self.init(input: RandomAccessInput(bytes: bytes, name: name), options: options)
    }

    private init(input: RandomAccessInput, options: ReadOptions) throws {
        let archive = try ZipArchive(input: input, limits: options.xlsx)
        let package = try WorkbookPackage(archive: archive)
        let sheet = try package.sheet(options.sheet)
        let sheetPart = try sheet.part.get()
        let formatKinds = try package.styles.map {
            try XMLSAXParser.parse($0, in: archive, handler: StylesHandler()).cellFormatKinds
        }
        // With a second thread, the sheet is parsed while this one reads the shared strings.
        let strings = SharedStrings.Lookup(SharedStrings())
        let progress = SharedStrings.Progress()
        let handler = WorksheetHandler(
            sharedStrings: strings, progress: progress, formatKinds: formatKinds ?? [], date1904: package.date1904,
            maxTextBytes: options.maxFieldBytes, file: input.name, sheet: sheet.info.name)
        rows = try WorksheetReader(
            entry: sheetPart, in: archive, handler: handler, chunkSize: options.chunkSize,
            inBackground: options.xlsx.inflatesInBackground)
        defer { progress.publish(strings.table.count, final: true) }
        if let part = package.sharedStrings {
            strings.table = try XMLSAXParser.parse(
                part, in: archive, handler: SharedStringsHandler(maxStringBytes: options.maxFieldBytes, progress: progress)
            ).strings
        }
        info = SourceInfo(
            format: "xlsx", file: input.name, sheet: sheet.info.name, sheets: package.sheets.map(\.info),
            trimsTrailingEmptyCells: true)
    }

    public func nextRow() throws -> RawRow? {
        try rows.nextRow()
    }

    /// Workbooks yield no warnings: what is wrong with one stops it (as an ``ImportError``).
    public func takeDiagnostics() -> [Diagnostic] {
        []
    }
}
