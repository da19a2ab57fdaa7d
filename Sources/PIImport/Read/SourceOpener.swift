/// Opens an input file with the reader its content calls for.
public enum SourceOpener {
    /// The kinds of file told apart by their first bytes.
    public enum Format: String, Sendable {
        case csv, xlsx, ole2
    }

    /// Sniffs the format from the first bytes: a ZIP is a workbook, an OLE2 compound file a legacy
    /// or encrypted workbook, anything else delimited text.
    public static func format(of prefix: [UInt8]) -> Format {
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) || prefix.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .xlsx
        }
        if prefix.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole2 }
        return .csv
    }

    /// Why an OLE2 compound file cannot be read: a password-protected workbook, a legacy .xls, or neither.
    static func compoundFileError(_ input: RandomAccessInput) throws -> ImportError {
        let position = SourcePosition(file: input.name)
        switch try CompoundFile.kind(of: input) {
        case .encryptedWorkbook:
            return ImportError(
                .badData, .encryptedWorkbook,
                "this workbook is password-protected (encrypted); open it in Excel, remove the password "
                    + "(File > Info > Protect Workbook > Encrypt with Password), save it, and try again",
                at: position)
        case .legacyWorkbook:
            return ImportError(
                .badData, .legacyXLS,
                "this is a legacy Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx (or .csv)",
                at: position)
        case .other:
            return ImportError(
                .badData, .unsupportedFormat,
                "this is an OLE2 compound file (an older Office document), not a workbook or CSV file",
                at: position)
        }
    }

    /// Opens `path` as the rows of a CSV file or of one worksheet.
    public static func open(path: String, name: String? = nil, options: ReadOptions = ReadOptions()) throws
        -> any RowSource
    {
        let name = name ?? path
        let input = try ByteInput(path: path, name: name)
        var prefix = [UInt8](repeating: 0, count: 8)
        let count = try prefix.withUnsafeMutableBytes { try input.read(into: $0) }
        prefix.removeSubrange(count...)
        switch format(of: prefix) {
        case .csv:
            return try CSVReader(path: path, name: name, options: options)
        case .xlsx:
            return try XLSXReader(path: path, name: name, options: options)
        case .ole2:
            throw try compoundFileError(RandomAccessInput(path: path, name: name))
        }
    }
}
