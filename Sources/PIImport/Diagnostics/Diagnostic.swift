/// A finding about the data: what it is, how bad, and where.
///
/// A diagnostic never copies a row and never holds a sensitive value: the message names
/// the place and the rule, not the content.
public struct Diagnostic: Sendable, Hashable, Codable {
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

    public init(_ code: DiagnosticCode, _ severity: Severity, at position: SourcePosition, _ message: String) {
        self.code = code
        self.severity = severity
        self.position = position
        self.message = message
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `FILE:LINE: warning: MESSAGE [code]`, the shape compilers use and editors link.
    public var description: String {
        "\(position): \(severity.rawValue): \(message) [\(code)]"
    }
}
