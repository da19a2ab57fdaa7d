/// One thing a normalizer changed or could not do to a value.
///
/// The message describes what happened ("phone kept as given: no country to format it for"); it never
/// contains the value, so a note can be logged, reported or turned into a ``Diagnostic`` without leaking
/// the cell it came from.
public struct NormalizationNote: Sendable, Hashable, CustomStringConvertible {
    /// A stable kebab-case code from the catalog in `DiagnosticCode+Normalize.swift`.
    public var code: DiagnosticCode
    /// `.info` for a repair, `.warning` for a guess or a value kept as given, `.error` for a value that
    /// cannot be used as what the column says it is (an email that is not an address).
    public var severity: Diagnostic.Severity
    /// What happened, without the value.
    public var message: String

    public init(_ code: DiagnosticCode, _ severity: Diagnostic.Severity, _ message: String) {
        self.code = code
        self.severity = severity
        self.message = message
    }

    /// The note as a diagnostic found at `position`.
    public func diagnostic(at position: SourcePosition) -> Diagnostic {
        Diagnostic(code, severity, at: position, message)
    }

    /// `warning: MESSAGE [code]`.
    public var description: String {
        "\(severity.rawValue): \(message) [\(code)]"
    }
}
