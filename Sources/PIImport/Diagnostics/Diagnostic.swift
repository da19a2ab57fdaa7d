/// A finding about the data: what it is, how bad, and where.
///
/// A diagnostic never copies a row and never holds a sensitive value: the message names
/// the place and the rule, not the content.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case info, warning, error

        public static func < (lhs: Self, rhs: Self) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    public var code: DiagnosticCode
    public var severity: Severity
    public var position: SourcePosition
    public var message: String
    /// The record field concerned (`name`, `contacts.email`, `address.postcode`), once mapped.
    public var field: String?

    public init(
        _ code: DiagnosticCode, _ severity: Severity, at position: SourcePosition, _ message: String,
        field: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.position = position
        self.message = message
        self.field = field
    }
}

/// Reports carry diagnostics flat: `code`, `severity`, `file`, `sheet`, `row`, `line`, `column`, `field`,
/// `message`, where `column` is the header when known, else the column letters.
extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case code, severity, file, sheet, part, row, line, column, columnNumber, field, message
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var position = SourcePosition(file: try container.decode(String.self, forKey: .file))
        position.sheet = try container.decodeIfPresent(String.self, forKey: .sheet)
        position.part = try container.decodeIfPresent(String.self, forKey: .part)
        position.row = try container.decodeIfPresent(Int.self, forKey: .row)
        position.line = try container.decodeIfPresent(Int.self, forKey: .line)
        position.column = try container.decodeIfPresent(Int.self, forKey: .columnNumber)
        let column = try container.decodeIfPresent(String.self, forKey: .column)
        if let column, position.column.map(ColumnName.letters(for:)) != column { position.columnName = column }
        self.init(
            try container.decode(DiagnosticCode.self, forKey: .code),
            try container.decode(Severity.self, forKey: .severity), at: position,
            try container.decode(String.self, forKey: .message),
            field: try container.decodeIfPresent(String.self, forKey: .field))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(position.file, forKey: .file)
        try container.encodeIfPresent(position.sheet, forKey: .sheet)
        try container.encodeIfPresent(position.part, forKey: .part)
        try container.encodeIfPresent(position.row, forKey: .row)
        try container.encodeIfPresent(position.line, forKey: .line)
        try container.encodeIfPresent(
            position.columnName ?? position.column.map(ColumnName.letters(for:)), forKey: .column)
        try container.encodeIfPresent(position.column, forKey: .columnNumber)
        try container.encodeIfPresent(field, forKey: .field)
        try container.encode(message, forKey: .message)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `FILE:LINE: warning: MESSAGE [code]`, the shape compilers use and editors link.
    public var description: String {
        "\(position): \(severity.rawValue): \(message) [\(code)]"
    }
}
