/// A failure that stops reading a file or the run: an unreadable file, a broken quote, a corrupt workbook.
///
/// Findings about the data that let the run go on are ``Diagnostic``s instead.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is, which decides the process's exit status.
    public struct Kind: Hashable, Sendable {
        /// The sysexits status a command exits with.
        public let exitStatus: Int32

        /// The input's content is bad (EX_DATAERR).
        public static let badData = Kind(exitStatus: 65)
        /// The input cannot be opened or read (EX_NOINPUT).
        public static let cannotOpen = Kind(exitStatus: 66)
        /// An output cannot be created (EX_CANTCREAT).
        public static let cannotCreate = Kind(exitStatus: 73)
        /// Reading or writing failed part-way (EX_IOERR).
        public static let io = Kind(exitStatus: 74)
        /// The command was used wrongly (EX_USAGE).
        public static let usage = Kind(exitStatus: 64)
        /// Another run holds what this one needs, such as the store (EX_TEMPFAIL): try again later.
        public static let busy = Kind(exitStatus: 75)
    }

    public var kind: Kind
    public var code: DiagnosticCode
    public var message: String
    public var position: SourcePosition?
    /// The lower-level error, if any; never shown with values from the data.
    public var cause: (any Error & Sendable)?

    public init(
        _ kind: Kind, _ code: DiagnosticCode, _ message: String, at position: SourcePosition? = nil,
        cause: (any Error & Sendable)? = nil
    ) {
        self.kind = kind
        self.code = code
        self.message = message
        self.position = position
        self.cause = cause
    }

    /// `FILE:LINE: error: MESSAGE [code]`.
    public var description: String {
        let place = position.map { "\($0): " } ?? ""
        return "\(place)error: \(message) [\(code)]"
    }
}
