import Foundation

/// A blocking index over reference clients (an XPM export, a ledger, the store, or the rows already seen
/// in a file): postings by exact name, strong key, weak key, email, phone and company number, and, for
/// fuzzy candidates, by token and by each token's one-deletion variants (edit distance 1 on tokens of
/// four or more bytes, SymSpell-style). Candidate gathering visits the rarest postings first within a
/// budget and skips very common tokens, so a query never compares against all references.
///
/// - Complexity: adding a reference is O(name length); a query visits at most
///   ``MatchOptions/candidateBudget`` postings entries and scores a few dozen candidates.
public struct ReferenceIndex: Sendable {
    public private(set) var clients: [ReferenceClient] = []
    var keys: [MatchKeys] = []
    var evidence: [ContactEvidence] = []
    /// Hashes of the exact names, to compare names only when they may be equal.
    var exactNameHashes: [UInt64] = []
    /// Tokens of each reference's strong keys, and their IDF weights, looked up once at indexing.
    var postings: PostingTable
    /// Each reference's strong keys as weighted tokens, worked out once the index is built; emptied when a
    /// reference is added later (every addition changes the weights).
    private var preparedKeys: [[PreparedKey]] = []

    /// Whether token and deletion-variant postings are kept for fuzzy blocking (the rows already seen
    /// in a file are found by their keys and contact details only).
    public let fuzzyBlocking: Bool

    /// An index over `clients`; `fuzzyBlocking: false` keeps only exact-key postings (and token counts).
    /// Keys, contact details and postings are worked out on all cores.
    public init(_ clients: [ReferenceClient] = [], fuzzyBlocking: Bool = true) {
        self.fuzzyBlocking = fuzzyBlocking
        self.clients = clients
        let keys = Parallel.map(clients.count, chunk: 2_048) { MatchKey.keys(for: clients[$0].name) }
        let evidence = Parallel.map(clients.count, chunk: 2_048) { Self.evidence(of: clients[$0]) }
        let exactNameHashes = Parallel.map(clients.count, chunk: 2_048) {
            KeyHash.of(Self.exactName(clients[$0].name), .exactName)
        }
        self.keys = keys
        self.evidence = evidence
        self.exactNameHashes = exactNameHashes
        postings = PostingTable(references: clients.count) { ref, hashes in
            Self.postingKeys(
                exactNameHash: exactNameHashes[ref], keys: keys[ref], evidence: evidence[ref],
                fuzzyBlocking: fuzzyBlocking, into: &hashes)
        }
        let built = self
        preparedKeys = Parallel.map(count, chunk: 2_048) { ref in
            built.keys[ref].strong.map { PreparedKey($0, index: built) }
        }
    }

    /// Several indexes built at once (an XPM export and a ledger), one per core.
    public static func build(_ lists: [[ReferenceClient]]) -> [ReferenceIndex] {
        guard lists.count > 1 else { return lists.map { ReferenceIndex($0) } }
        var result = [ReferenceIndex?](repeating: nil, count: lists.count)
        result.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: lists.count) { index in
                output[index] = ReferenceIndex(lists[index])
            }
        }
        return result.map { $0! }
    }

    /// How many references the index holds.
    public var count: Int { clients.count }

    /// Adds a reference; returns its position.
    @discardableResult
    public mutating func add(_ client: ReferenceClient) -> Int {
        add(client, keys: MatchKey.keys(for: client.name))
    }

    /// Adds a reference whose keys are already known (an incoming row, once decided).
    @discardableResult
    public mutating func add(_ client: ReferenceClient, keys clientKeys: MatchKeys) -> Int {
        add(client, keys: clientKeys, evidence: Self.evidence(of: client))
    }

    /// Adds a reference whose keys and normalised contact details are already known (a query's).
    @discardableResult
    mutating func add(_ client: ReferenceClient, keys clientKeys: MatchKeys, evidence contact: ContactEvidence) -> Int {
        if !preparedKeys.isEmpty { preparedKeys = [] }
        let position = clients.count
        let exactHash = KeyHash.of(Self.exactName(client.name), .exactName)
        clients.append(client)
        keys.append(clientKeys)
        evidence.append(contact)
        exactNameHashes.append(exactHash)
        var hashes: [UInt64] = []
        Self.postingKeys(
            exactNameHash: exactHash, keys: clientKeys, evidence: contact, fuzzyBlocking: fuzzyBlocking, into: &hashes)
        for hash in hashes { postings.add(hash, Int32(truncatingIfNeeded: position)) }
        return position
    }

    static func evidence(of client: ReferenceClient) -> ContactEvidence {
        ContactEvidence(
            emails: client.emails, phones: client.phones, postcode: client.postcode, companyNumber: client.companyNumber)
    }

    /// The hashed keys a reference is found by: its exact name, strong and weak keys, emails, phones and
    /// company number, and the tokens of its strong keys (with their deletion variants for fuzzy blocking).
    static func postingKeys(
        exactNameHash: UInt64, keys: MatchKeys, evidence: ContactEvidence, fuzzyBlocking: Bool,
        into hashes: inout [UInt64]
    ) {
        hashes.append(exactNameHash)
        for key in keys.strong { hashes.append(KeyHash.of(key, .strongKey)) }
        for key in keys.weak { hashes.append(KeyHash.of(key, .weakKey)) }
        for email in evidence.emails { hashes.append(KeyHash.of(email, .email)) }
        for phone in evidence.phones { hashes.append(KeyHash.of(phone, .phone)) }
        if let number = evidence.companyNumber { hashes.append(KeyHash.of(number, .companyNumber)) }
        forEachToken(of: keys) { token, hash in
            hashes.append(hash)
            guard fuzzyBlocking else { return }
            hashes.append(KeyHash.of(bytes: token, .fuzzyToken))
            if token.count >= 5 {
                for skip in token.indices { hashes.append(KeyHash.of(token, skipping: skip, .fuzzyToken)) }
            }
        }
    }

    /// The name as Ignition compares it: exact, apart from surrounding white space.
    static func exactName(_ name: String) -> String {
        if let first = name.utf8.first, let last = name.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return name
        }
        var scalars = Substring(name).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Calls `body` once per distinct token of the strong keys (trustee side included), with its token hash.
    static func forEachToken(of keys: MatchKeys, _ body: (ArraySlice<UInt8>, UInt64) -> Void) {
        var seen: [UInt64] = []
        for key in keys.strong {
            let bytes = Array(key.utf8)
            for token in MatchKey.words(bytes) {
                let hash = KeyHash.of(bytes: token, .token)
                if seen.contains(hash) { continue }
                seen.append(hash)
                body(token, hash)
            }
        }
    }

    // MARK: - Weights

    /// The strong keys of the reference at `ref` as weighted tokens.
    func preparedKeys(of ref: Int) -> [PreparedKey] {
        preparedKeys.isEmpty ? keys[ref].strong.map { PreparedKey($0, index: self) } : preparedKeys[ref]
    }

    /// Inverse document frequency of a token among the references: ln(1 + N / (df + 1)).
    func weight(_ token: ArraySlice<UInt8>) -> Double {
        let df = postings.count(KeyHash.of(bytes: token, .token))
        return Self.idf(df: df, count: clients.count)
    }

    static func idf(df: Int, count: Int) -> Double {
        log1p(Double(count) / Double(df + 1))
    }

    // MARK: - Candidates

    /// Reusable per-query buffers, so candidate gathering allocates nothing per reference.
    public struct Scratch: Sendable {
        var weights: [Float] = []
        var touched: [Int32] = []

        public init() {}
    }

    /// The references that share the query's exact name, a strong or weak key, an email, a phone or a
    /// company number (capped per posting).
    func keyCandidates(for hashes: QueryHashes, options: MatchOptions) -> [Int32] {
        var result: [Int32] = []
        for hash in hashes.keys {
            postings.forEach(hash, limit: options.keyPostingCap) { ref in
                if !result.contains(ref) { result.append(ref) }
            }
        }
        return result
    }

    /// `excluding` followed by the best ``MatchOptions/fuzzyCandidates`` by weighted token overlap.
    func fuzzyCandidates(
        for query: MatchQuery, hashes: inout QueryHashes, options: MatchOptions, excluding keyHits: [Int32],
        scratch: inout Scratch
    ) -> [Int32] {
        var result = keyHits
        guard options.fuzzyCandidates > 0 && options.candidateBudget > 0 else { return result }
        // Fuzzy blocking: token and deletion-variant postings, rarest first, within the budget (a small
        // one when exact keys already found candidates: then it only looks for runners-up).
        if scratch.weights.count < clients.count {
            scratch.weights.append(contentsOf: repeatElement(0, count: clients.count - scratch.weights.count + 1024))
        }
        var lists: [(hash: UInt64, count: Int, weight: Float)] = []
        var totalWeight: Float = 0
        for (position, token) in hashes.tokens(of: query).enumerated() {
            let df = postings.count(token.hash)
            let weight = Float(Self.idf(df: df, count: clients.count))
            totalWeight += weight
            lists.append((token.fuzzyHash, postings.count(token.fuzzyHash), weight))
            if df <= 2 && token.bytes.count >= 5 {
                for hash in hashes.deletions(ofToken: position) {
                    let count = postings.count(hash)
                    if count > 0 { lists.append((hash, count, weight * 0.8)) }
                }
            }
        }
        lists.sort { $0.count < $1.count }
        var budget = result.isEmpty ? options.candidateBudget : options.candidateBudget / 8
        var visited = false
        for list in lists where list.count > 0 {
            // Rarest first; a common token only when nothing rarer was found, and never past the budget.
            if list.count > budget || (visited && list.count > options.commonPostingCap) { break }
            visited = true
            budget -= list.count
            postings.forEach(list.hash) { ref in
                let index = Int(ref)
                if scratch.weights[index] == 0 { scratch.touched.append(ref) }
                scratch.weights[index] += list.weight
            }
        }
        // The best `limit` by weight, at least a third of the query's weight.
        let floor = totalWeight / 3
        var best: [(ref: Int32, weight: Float)] = []
        let limit = options.fuzzyCandidates
        for ref in scratch.touched {
            let weight = scratch.weights[Int(ref)]
            scratch.weights[Int(ref)] = 0
            guard weight >= floor, limit > 0 else { continue }
            if best.count == limit {
                if weight <= best[limit - 1].weight { continue }
                best.removeLast()
            }
            var position = best.count
            while position > 0 && best[position - 1].weight < weight { position -= 1 }
            best.insert((ref, weight), at: position)
        }
        scratch.touched.removeAll(keepingCapacity: true)
        for candidate in best where !result.contains(candidate.ref) { result.append(candidate.ref) }
        return result
    }
}
