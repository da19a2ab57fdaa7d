extension ImportReport.Decision.Action {
    /// The actions in the order reports list them.
    static let allInOrder: [Self] = [.create, .update, .link, .merge, .review, .reject]
}

/// The diagnostics of one code, with the count the per-code cap held back.
struct ProblemGroup {
    var code: DiagnosticCode
    /// The worst severity among the listed diagnostics; nil when all were suppressed.
    var severity: Diagnostic.Severity?
    var diagnostics: [Diagnostic]
    var suppressed: Int

    var count: Int { diagnostics.count + suppressed }

    /// Groups by code: errors first, then warnings, then information, then codes with no listed
    /// diagnostic; by code within each.
    static func groups(of report: ImportReport) -> [ProblemGroup] {
        var byCode: [DiagnosticCode: ProblemGroup] = [:]
        for diagnostic in report.diagnostics {
            var group = byCode[diagnostic.code] ?? ProblemGroup(code: diagnostic.code, severity: nil, diagnostics: [], suppressed: 0)
            group.diagnostics.append(diagnostic)
            group.severity = max(group.severity ?? diagnostic.severity, diagnostic.severity)
            byCode[diagnostic.code] = group
        }
        for (code, count) in report.suppressed {
            let key = DiagnosticCode(rawValue: code)
            var group = byCode[key] ?? ProblemGroup(code: key, severity: nil, diagnostics: [], suppressed: 0)
            group.suppressed += count
            byCode[key] = group
        }
        return byCode.values.sorted { lhs, rhs in
            lhs.rank != rhs.rank ? lhs.rank < rhs.rank : lhs.code.rawValue < rhs.code.rawValue
        }
    }

    /// Errors first, then warnings, then information, then groups with no listed diagnostic.
    /// (A stored property rather than a nested function: Swift 6.3's optimizer crashed on the latter.)
    private var rank: Int {
        switch severity {
        case .error: 0
        case .warning: 1
        case .info: 2
        case nil: 3
        }
    }
}
