/// A reference client considered for one incoming client, with its score and the reasons for it.
public struct MatchCandidate: Sendable, Hashable {
    public var source: ReferenceClient.Source
    /// `xero`, `quickbooks`, `xpm`, or nil.
    public var app: String?
    public var id: String?
    /// The reference's exact name.
    public var name: String
    /// 0...1: 1 for an exact name, 0.99 for equal whole keys, 0.97 for one side of an ATF / T/A split,
    /// else the fuzzy name score.
    public var score: Double
    /// The rule that fired.
    public var rule: MatchRule
    /// Details in common: `email`, `phone`, `company-number`, `postcode`.
    public var evidence: [MatchRule]
    /// Details that differ: `email`, `phone`, `company-number`, `postcode`.
    public var conflicts: [MatchRule]
    /// Whether the reference is archived or inactive.
    public var isInactive: Bool
    /// The position in its index.
    public var position: Int

    /// The rule with the evidence that confirmed it, for reports: `fuzzy+email`, `strong-key`.
    public var reportRule: String {
        guard rule != .exactName && rule != .strongKey else { return rule.rawValue }
        let confirming = evidence.filter { $0 != .postcode && $0 != rule }
        return ([rule] + confirming).map(\.rawValue).joined(separator: "+")
    }

    /// This candidate as the report's `Match`.
    public var reportMatch: ImportReport.Match {
        ImportReport.Match(
            source: source.rawValue, id: id, name: name, score: (score * 1000).rounded() / 1000, rule: reportRule)
    }
}
