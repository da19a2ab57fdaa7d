/// Lets the first diagnostics of each code through and counts the rest,
/// so that a million bad rows make a readable report rather than a million lines.
public struct DiagnosticLimiter: Sendable {
    public let perCode: Int
    private var counts: [DiagnosticCode: Int] = [:]

    public init(perCode: Int) {
        self.perCode = perCode
    }

    /// Counts `diagnostic`; `true` if it is among the first `perCode` of its code.
    public mutating func admit(_ diagnostic: Diagnostic) -> Bool {
        let count = counts[diagnostic.code, default: 0] + 1
        counts[diagnostic.code] = count
        return count <= perCode
    }

    /// Counts `times` diagnostics of `code` that were never built, since their code had reached the
    /// limit (see ``saturatedCodes``).
    public mutating func count(_ code: DiagnosticCode, times: Int = 1) {
        counts[code, default: 0] += times
    }

    /// The codes that have reached the limit: any further diagnostic of these is only counted.
    public var saturatedCodes: Set<DiagnosticCode> {
        Set(counts.lazy.filter { $0.value >= perCode }.map(\.key))
    }

    /// How many diagnostics of each code were held back, for codes that hit the limit.
    public var suppressed: [(code: DiagnosticCode, count: Int)] {
        counts.filter { $0.value > perCode }
            .map { (code: $0.key, count: $0.value - perCode) }
            .sorted { $0.code.rawValue < $1.code.rawValue }
    }

    /// How many diagnostics of `code` were seen in all.
    public func total(of code: DiagnosticCode) -> Int {
        counts[code, default: 0]
    }
}
