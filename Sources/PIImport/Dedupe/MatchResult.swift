/// How one incoming client compares with one reference index.
public struct MatchResult: Sendable, Hashable {
    public enum Verdict: Int, Sendable, Hashable, Comparable {
        case none, review, link

        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    public var verdict: Verdict
    /// The linked reference, or the most likely one for `review`.
    public var best: MatchCandidate?
    public var runnerUp: MatchCandidate?
    /// Candidates that did not make it, best first.
    public var nearMisses: [MatchCandidate]
    /// Why, in one sentence.
    public var reason: String
    /// How many references were scored (blocking keeps this small).
    public var candidatesScored = 0

    public init(
        verdict: Verdict, best: MatchCandidate? = nil, runnerUp: MatchCandidate? = nil, nearMisses: [MatchCandidate] = [],
        reason: String, candidatesScored: Int = 0
    ) {
        self.candidatesScored = candidatesScored
        self.verdict = verdict
        self.best = best
        self.runnerUp = runnerUp
        self.nearMisses = nearMisses
        self.reason = reason
    }
}
