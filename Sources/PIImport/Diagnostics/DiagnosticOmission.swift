/// Diagnostics counted rather than built: those whose code had already reached the report's cap
/// (``DiagnosticLimiter/saturatedCodes``) before the rows that find them. A report lists none of
/// them, so building each (its position, its field, its message) would be wasted; the run still
/// counts them. Errors are always built: a rejected row carries them.
struct DiagnosticOmission {
    /// One diagnostic counted but not built.
    struct Entry {
        var code: DiagnosticCode
        var severity: Diagnostic.Severity
    }

    /// The codes past the cap: a handful, which `==` compares faster than a set hashes one code.
    let saturated: [DiagnosticCode]
    private(set) var entries: [Entry] = []

    init(saturated: Set<DiagnosticCode> = []) {
        self.saturated = Array(saturated)
    }

    /// Whether a diagnostic of `code` must be built; when not, it is counted here instead.
    mutating func builds(_ code: DiagnosticCode, _ severity: Diagnostic.Severity) -> Bool {
        guard !saturated.isEmpty, severity != .error, saturated.contains(code) else { return true }
        entries.append(Entry(code: code, severity: severity))
        return false
    }
}
