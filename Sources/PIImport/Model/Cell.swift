/// One cell as a reader saw it. Delimited text gives `.text` only; workbooks give every case.
public enum Cell: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)
    /// An Excel error value such as `#N/A` or `#DIV/0!`.
    case error(String)
    case date(CellDate)

    /// The cell as text, the way a person reading the sheet would type it; `nil` when empty.
    public var text: String? {
        switch self {
        case .empty: nil
        case .text(let value): value
        case .number(let value): CellNumber.format(value)
        case .bool(let value): value ? "TRUE" : "FALSE"
        case .error(let value): value
        case .date(let value): value.iso
        }
    }

    /// How a cell was stored, its text aside (an empty cell counts as empty text).
    enum Kind: UInt8, BitwiseCopyable {
        case text, number, bool, error, date
    }

    var kind: Kind {
        switch self {
        case .empty, .text: .text
        case .number: .number
        case .bool: .bool
        case .error: .error
        case .date: .date
        }
    }
}

/// A date or time cell: its ISO 8601 text and, when the workbook stored one, its serial number.
public struct CellDate: Sendable, Hashable {
    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when the value has a time of day.
    public var iso: String
    /// The serial number in the workbook's date system; `nil` for ISO cells (`t="d"`).
    public var serial: Double?

    public init(iso: String, serial: Double?) {
        self.iso = iso
        self.serial = serial
    }
}

/// Number formatting shared by every place that shows a number as text.
public enum CellNumber {
    /// Integral values without a fraction (`42`, not `42.0`); others in Swift's shortest round-trip form.
    public static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}
