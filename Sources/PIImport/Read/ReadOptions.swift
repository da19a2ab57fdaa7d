/// How to read input files; every field has a default that suits real exports.
public struct ReadOptions: Sendable, Hashable {
    /// Force a text encoding instead of detecting it (CSV).
    public var encoding: TextEncoding?
    /// Force a field delimiter instead of detecting it (CSV).
    public var delimiter: UInt8?
    /// The largest field (CSV) or cell text (XLSX) accepted, in bytes; a larger one is an error naming it.
    public var maxFieldBytes: Int
    /// The worksheet to read (XLSX); `nil` is the first visible worksheet.
    public var sheet: SheetSelector?
    /// How many bytes each read from the file asks for (XLSX: inflated bytes parsed at a time, up to 1 MiB).
    /// Tests vary it; users need not.
    public var chunkSize: Int
    /// Whether a CSV file is read and tokenized on a second thread while strings are made on the
    /// caller's. The results are the same either way.
    public var usesSecondCore: Bool
    /// How workbooks are read (XLSX): zip-bomb limits and background inflation.
    public var xlsx = XLSXOptions()

    public init(
        encoding: TextEncoding? = nil, delimiter: UInt8? = nil, maxFieldBytes: Int = 16 << 20,
        sheet: SheetSelector? = nil, chunkSize: Int = 1 << 20, usesSecondCore: Bool = true
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.maxFieldBytes = maxFieldBytes
        self.sheet = sheet
        self.chunkSize = chunkSize
        self.usesSecondCore = usesSecondCore
    }
}

/// A worksheet chosen by name or by 1-based position.
public enum SheetSelector: Sendable, Hashable, CustomStringConvertible {
    case name(String)
    case index(Int)

    /// A number is an index, anything else a name.
    public init(_ text: String) {
        if let index = Int(text), index > 0 {
            self = .index(index)
        } else {
            self = .name(text)
        }
    }

    public var description: String {
        switch self {
        case .name(let name): name
        case .index(let index): String(index)
        }
    }
}
