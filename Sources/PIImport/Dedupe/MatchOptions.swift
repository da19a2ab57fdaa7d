/// Thresholds and limits of the matcher.
public struct MatchOptions: Sendable, Hashable {
    /// Link on a fuzzy name score this high or higher without corroboration (no email, phone or company
    /// number in common). nil (the default): an uncorroborated fuzzy match is only ever `review`.
    public var acceptFuzzy: Double?
    /// A fuzzy name score at or above which an email, phone or company number in common makes a link.
    public var linkFuzzy = 0.84
    /// A fuzzy name score at or above which a candidate is worth a human look.
    public var reviewFuzzy = 0.72
    /// Candidates scoring at least this are kept as near misses.
    public var nearMiss = 0.4
    /// How many near misses a decision keeps.
    public var nearMissCount = 3
    /// Postings entries a query may visit for fuzzy candidates.
    public var candidateBudget = 2_000
    /// A token (or deletion variant) held by more references than this is skipped once a rarer one has
    /// given candidates: very common words (`plumbing`, `holdings`) do not block.
    public var commonPostingCap = 300
    /// How many fuzzy candidates are scored per query.
    public var fuzzyCandidates = 6
    /// References taken from one exact-key posting (a very common name, email or phone).
    public var keyPostingCap = 64

    public init(acceptFuzzy: Double? = nil) {
        self.acceptFuzzy = acceptFuzzy
    }
}
