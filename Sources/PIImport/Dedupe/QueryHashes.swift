/// A query's hashed keys, worked out once and looked up in every index it is matched against (the store,
/// XPM, the ledger, earlier rows).
struct QueryHashes: Sendable {
    /// The query's name as Ignition compares it (``ReferenceIndex/exactName(_:)``), and its hash.
    let exactName: String
    let exactNameHash: UInt64
    /// What ``ReferenceIndex/keyCandidates(for:options:)`` looks up, in order: the exact name, the strong keys
    /// as strong keys, then as weak keys, each weak key as a weak and as a strong key, emails, phones and the
    /// company number.
    let keys: [UInt64]
    /// The distinct tokens of the strong keys, hashed when fuzzy blocking first needs them.
    private var tokens: [Token]?

    /// One token of the strong keys and its hashes.
    struct Token: Sendable {
        var bytes: ArraySlice<UInt8>
        var hash: UInt64
        var fuzzyHash: UInt64
        /// The fuzzy hashes of the token without one byte each, in order, once worked out.
        var deletions: [UInt64]?
    }

    init(_ query: MatchQuery) {
        exactName = ReferenceIndex.exactName(query.name)
        exactNameHash = KeyHash.of(exactName, .exactName)
        var keys = [exactNameHash]
        for key in query.keys.strong { keys.append(KeyHash.of(key, .strongKey)) }
        for key in query.keys.strong { keys.append(KeyHash.of(key, .weakKey)) }
        for key in query.keys.weak {
            keys.append(KeyHash.of(key, .weakKey))
            keys.append(KeyHash.of(key, .strongKey))
        }
        for email in query.evidence.emails { keys.append(KeyHash.of(email, .email)) }
        for phone in query.evidence.phones { keys.append(KeyHash.of(phone, .phone)) }
        if let number = query.evidence.companyNumber { keys.append(KeyHash.of(number, .companyNumber)) }
        self.keys = keys
    }

    /// The distinct tokens of `query`'s strong keys (the query these hashes were made from), first seen first.
    mutating func tokens(of query: MatchQuery) -> [Token] {
        if let tokens { return tokens }
        var made: [Token] = []
        ReferenceIndex.forEachToken(of: query.keys) { token, hash in
            made.append(Token(bytes: token, hash: hash, fuzzyHash: KeyHash.of(bytes: token, .fuzzyToken)))
        }
        tokens = made
        return made
    }

    /// Lets go of the token hashes (worked out again if asked for): a query kept for the in-file step, which
    /// looks up keys only, holds no more than it needs.
    mutating func forgetTokens() {
        tokens = nil
    }

    /// The deletion variants of token `position` of ``tokens(of:)``.
    mutating func deletions(ofToken position: Int) -> [UInt64] {
        guard var token = tokens?[position] else { preconditionFailure("tokens(of:) first") }
        if let deletions = token.deletions { return deletions }
        let deletions = token.bytes.indices.map { KeyHash.of(token.bytes, skipping: $0, .fuzzyToken) }
        token.deletions = deletions
        tokens?[position] = token
        return deletions
    }
}
