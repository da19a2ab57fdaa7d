import Dispatch

/// Decides, for each incoming client, whether it already exists: in the store of earlier imports (Practice
/// Ignition itself: the stored client is updated), else in XPM (a match there wins and the client comes in
/// as a LEAD), else in the ledger (created with the ledger's exact name and linked), else earlier in the
/// same import (merged), else new. Every decision names the rule that fired, the score,
/// the reference, the runner-up and the near misses.
///
/// Rules, strongest first:
/// - `exact-name`, `strong-key`: link, unless the company numbers differ (veto), or the details say
///   otherwise (no email, phone, company number or postcode in common, and two of email, phone and postcode
///   differ; one is enough for a person's name): then review. A match on the trustee side of an ATF name
///   alone needs corroboration.
/// - `weak-key` (person order, plurals, synonyms, initials) and `fuzzy` (score ≥ ``MatchOptions/linkFuzzy``):
///   link only with an email, phone or company number in common; else review (or link at
///   ``MatchOptions/acceptFuzzy``).
/// - `company-number` with a fair name score links; an email or phone in common with a fair name
///   score is a review.
/// - A trust never links to a name that is not one; a number in one name and not the other, or a different
///   weighty word (`Smith Plumbing` / `Smith Electrical`, `ABC` / `ABD`), lowers the score.
/// - Equal best candidates that nothing tells apart: review.
///
/// From the pipeline:
///
///     let indexes = ReferenceIndex.build([xpmClients, ledgerClients])   // [ReferenceClient] each
///     var matcher = Matcher(xpm: indexes[0], ledger: indexes[1], options: MatchOptions(acceptFuzzy: nil))
///     let decisions = matcher.decideAll(MatchQuery.all(records), rowIDs: records.indices.map(String.init))
///     for (record, decision) in zip(records, decisions) {
///         switch decision.action {
///         case .link, .linkLedger: decision.apply(to: &record)          // exact reference name, LEAD, app links
///         case .merge: /* merge contacts into the client of decision.target!.id */
///         case .create, .review: /* write as given; review is listed for a person */
///         }
///         report(ImportReport.Decision(action: decision.reportAction, name: decision.name, rows: ...,
///                                      match: decision.reportMatch))
///     }
public struct Matcher: Sendable {
    public var options: MatchOptions
    /// The clients already in the store.
    public let store: ReferenceIndex?
    public let xpm: ReferenceIndex?
    public let ledger: ReferenceIndex?
    /// The rows already decided in this import.
    public private(set) var seen = ReferenceIndex(fuzzyBlocking: false)
    /// For each seen row, the reference it was linked to or reviewed against (`source:id`), if any.
    private var seenTargets: [String?] = []
    private var scratch = ReferenceIndex.Scratch()

    public init(
        store: ReferenceIndex? = nil, xpm: ReferenceIndex? = nil, ledger: ReferenceIndex? = nil,
        options: MatchOptions = MatchOptions()
    ) {
        self.store = store
        self.xpm = xpm
        self.ledger = ledger
        self.options = options
    }

    /// Decides one incoming client and remembers it for the rows that follow. `rowID` identifies the client
    /// to the caller (a merge names it as its target's `id`).
    public mutating func decide(_ query: MatchQuery, rowID: String) -> MatchDecision {
        let found = Found(query, store: store, xpm: xpm, ledger: ledger, options: options, scratch: &scratch)
        return decide(query, rowID: rowID, found: found)
    }

    /// Decides many incoming clients, in order, as ``decide(_:rowID:)`` would one by one: the matching
    /// against the store, XPM and the ledger (which does not depend on the order) runs on all cores, in chunks; the
    /// in-file step takes the chunks in order as they are matched, while later ones are.
    public mutating func decideAll(_ queries: [MatchQuery], rowIDs: [String]) -> [MatchDecision] {
        precondition(queries.count == rowIDs.count, "one row id per query")
        let count = queries.count
        var found = [Found?](repeating: nil, count: count)
        let store = self.store
        let xpm = self.xpm
        let ledger = self.ledger
        let options = self.options
        let chunk = 512
        let chunks = (count + chunk - 1) / chunk
        let matched = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
        let matching = DispatchGroup()
        var decisions: [MatchDecision] = []
        decisions.reserveCapacity(count)
        found.withUnsafeMutableBufferPointer { foundBuffer in
            queries.withUnsafeBufferPointer { queryBuffer in
                nonisolated(unsafe) let output = foundBuffer
                nonisolated(unsafe) let input = queryBuffer
                DispatchQueue.global().async(group: matching) {
                    DispatchQueue.concurrentPerform(iterations: chunks) { part in
                        var scratch = ReferenceIndex.Scratch()
                        for index in (part * chunk)..<min(count, (part + 1) * chunk) {
                            output[index] = Found(
                                input[index], store: store, xpm: xpm, ledger: ledger, options: options,
                                scratch: &scratch)
                        }
                        matched[part].signal()
                    }
                }
                for part in 0..<chunks {
                    matched[part].wait()
                    for index in (part * chunk)..<min(count, (part + 1) * chunk) {
                        decisions.append(decide(input[index], rowID: rowIDs[index], found: output[index]!))
                    }
                }
                matching.wait()
            }
        }
        return decisions
    }

    /// How one query compared with each reference index, and its hashes for the in-file step.
    private struct Found {
        var store: MatchResult?
        var xpm: MatchResult?
        var ledger: MatchResult?
        var hashes: QueryHashes

        init(
            _ query: MatchQuery, store: ReferenceIndex?, xpm: ReferenceIndex?, ledger: ReferenceIndex?,
            options: MatchOptions, scratch: inout ReferenceIndex.Scratch
        ) {
            var hashes = QueryHashes(query)
            self.store = store.map { Matcher.match(query, hashes: &hashes, in: $0, options: options, scratch: &scratch) }
            self.xpm = xpm.map { Matcher.match(query, hashes: &hashes, in: $0, options: options, scratch: &scratch) }
            self.ledger = ledger.map {
                Matcher.match(query, hashes: &hashes, in: $0, options: options, scratch: &scratch)
            }
            hashes.forgetTokens()
            self.hashes = hashes
        }
    }

    private mutating func decide(_ query: MatchQuery, rowID: String, found: Found) -> MatchDecision {
        let inStore = found.store
        let inXPM = found.xpm
        let inLedger = found.ledger
        var decision = Self.combine(query: query, store: inStore, xpm: inXPM, ledger: inLedger)

        // Earlier rows are found by name, keys, email, phone and company number only: a fuzzy merge needs
        // one of those in common anyway, and token blocking over a growing file costs the most.
        var inFileOptions = options
        inFileOptions.candidateBudget = 0
        inFileOptions.fuzzyCandidates = 0
        var hashes = found.hashes
        let inFile = Self.match(query, hashes: &hashes, in: seen, options: inFileOptions, scratch: &scratch)
        let scored =
            (inStore?.candidatesScored ?? 0) + (inXPM?.candidatesScored ?? 0) + (inLedger?.candidatesScored ?? 0)
            + inFile.candidatesScored
        let targetKey = decision.target.map { "\($0.source.rawValue):\($0.id ?? $0.name)" }
        var mergedInto: Int?
        if let earlier = inFile.best {
            let earlierTarget = seenTargets[earlier.position]
            let compatible = earlierTarget == nil || targetKey == nil || earlierTarget == targetKey
            let vetoed = decision.target?.conflicts.contains(.companyNumber) ?? false
            if inFile.verdict == .link && compatible && !vetoed
                && (decision.action != .review || targetKey == earlierTarget)
            {
                mergedInto = earlier.position
                decision = MatchDecision(
                    action: .merge, name: earlier.name, target: earlier, runnerUp: inFile.runnerUp,
                    nearMisses: inFile.nearMisses,
                    reason: "same client as an earlier row (\(earlier.name)): \(inFile.reason)")
            } else if inFile.verdict >= .review && decision.action == .create {
                decision = MatchDecision(
                    action: .review, name: query.name, target: earlier, runnerUp: inFile.runnerUp,
                    nearMisses: decision.nearMisses,
                    reason: "may be the same client as an earlier row (\(earlier.name)): \(inFile.reason)")
            }
        }
        // A merged row stays findable by its own keys, under the earlier row's name and id.
        let id = mergedInto.flatMap { seen.clients[$0].id } ?? rowID
        seen.add(
            ReferenceClient(
                source: .file, id: id, name: mergedInto.map { seen.clients[$0].name } ?? query.name,
                emails: query.rawEmails, phones: query.rawPhones, postcode: query.postcode,
                companyNumber: query.companyNumber),
            keys: query.keys, evidence: query.evidence)
        // A reviewed row keeps its candidate too: a later row of the same client reviewed against the same
        // reference merges into it.
        seenTargets.append(mergedInto.flatMap { seenTargets[$0] } ?? targetKey)
        decision.candidatesScored = scored
        return decision
    }

    /// The store first: a client already there is updated, keeping its stored name, and given the XPM or
    /// ledger links found for it now. A possible match there is a review.
    static func combine(query: MatchQuery, store: MatchResult?, xpm: MatchResult?, ledger: MatchResult?) -> MatchDecision {
        let elsewhere = combine(query: query, xpm: xpm, ledger: ledger)
        guard let store, store.verdict >= .review, let best = store.best else { return elsewhere }
        let linked = elsewhere.action == .link || elsewhere.action == .linkLedger ? elsewhere.target : nil
        if store.verdict == .link {
            return MatchDecision(
                action: .update, name: best.name, target: best, ledger: linked, runnerUp: store.runnerUp,
                nearMisses: store.nearMisses, reason: "already in the store: \(store.reason)")
        }
        return MatchDecision(
            action: .review, name: query.name, target: best, runnerUp: store.runnerUp,
            nearMisses: store.nearMisses + elsewhere.nearMisses,
            reason: "maybe already in the store: \(store.reason)")
    }

    /// XPM first, then the ledger.
    static func combine(query: MatchQuery, xpm: MatchResult?, ledger: MatchResult?) -> MatchDecision {
        let misses = ((xpm?.nearMisses ?? []) + (ledger?.nearMisses ?? [])).sorted { $0.score > $1.score }
        if let xpm, xpm.verdict == .link, let best = xpm.best {
            let ledgerLink = ledger?.verdict == .link ? ledger?.best : nil
            return MatchDecision(
                action: .link, name: best.name, state: .lead, target: best, ledger: ledgerLink,
                runnerUp: xpm.runnerUp, nearMisses: xpm.nearMisses, reason: "in XPM: \(xpm.reason)")
        }
        // A sure ledger match outranks a weaker, uncorroborated look-alike in XPM that is not the same name:
        // had XPM held this client, it would match as well as the ledger does.
        if let xpm, xpm.verdict == .review, let best = xpm.best, let ledger, ledger.verdict == .link,
            let ledgerBest = ledger.best, best.rule.rank < MatchRule.strongKey.rank, best.score < ledgerBest.score,
            !best.evidence.contains(where: { $0 != .postcode }),
            MatchKey.key(for: best.name) != MatchKey.key(for: ledgerBest.name)
        {
            return MatchDecision(
                action: .linkLedger, name: ledgerBest.name, target: ledgerBest, runnerUp: best,
                nearMisses: ledger.nearMisses,
                reason: "not in XPM (nearest there: \(best.name)); in the ledger: \(ledger.reason)")
        }
        if let xpm, xpm.verdict == .review, let best = xpm.best {
            return MatchDecision(
                action: .review, name: query.name, target: best, ledger: ledger?.verdict == .link ? ledger?.best : nil,
                runnerUp: xpm.runnerUp, nearMisses: misses, reason: "maybe in XPM: \(xpm.reason)")
        }
        if let ledger, ledger.verdict == .link, let best = ledger.best {
            return MatchDecision(
                action: .linkLedger, name: best.name, target: best, runnerUp: ledger.runnerUp,
                nearMisses: ledger.nearMisses,
                reason: (xpm == nil ? "in the ledger: " : "not in XPM; in the ledger: ") + ledger.reason)
        }
        if let ledger, ledger.verdict == .review, let best = ledger.best {
            return MatchDecision(
                action: .review, name: query.name, target: best, runnerUp: ledger.runnerUp, nearMisses: misses,
                reason: "maybe in the ledger: \(ledger.reason)")
        }
        return MatchDecision(
            action: .create, name: query.name, nearMisses: Array(misses.prefix(3)),
            reason: misses.isEmpty ? "no similar client" : "no match; nearest is \(misses[0].name)")
    }

    // MARK: - One index

    /// How `query` compares with the references in `index`.
    public static func match(
        _ query: MatchQuery, in index: ReferenceIndex, options: MatchOptions, scratch: inout ReferenceIndex.Scratch
    ) -> MatchResult {
        var hashes = QueryHashes(query)
        return match(query, hashes: &hashes, in: index, options: options, scratch: &scratch)
    }

    /// ``match(_:in:options:scratch:)`` with the query's hashes worked out already (and kept for other indexes).
    static func match(
        _ query: MatchQuery, hashes: inout QueryHashes, in index: ReferenceIndex, options: MatchOptions,
        scratch: inout ReferenceIndex.Scratch
    ) -> MatchResult {
        guard index.count > 0 else { return MatchResult(verdict: .none, reason: "no references") }
        let keyHits = index.keyCandidates(for: hashes, options: options)
        // The query's keys as weighted tokens, worked out when a candidate first needs them.
        var prepared: [PreparedKey]?
        let exact = hashes.exactName
        let exactHash = hashes.exactNameHash
        // Keep the best few only: no full sort.
        var top: [Assessment] = []
        let keep = options.nearMissCount + 2
        func consider(_ ref: Int32) {
            let assessment = assess(
                query, prepared: &prepared, exactName: exact, exactNameHash: exactHash, ref: Int(ref), in: index,
                options: options)
            if top.count == keep {
                if !Assessment.isBetter(assessment, top[keep - 1]) { return }
                top.removeLast()
            }
            var position = top.count
            while position > 0 && Assessment.isBetter(assessment, top[position - 1]) { position -= 1 }
            top.insert(assessment, at: position)
        }
        for ref in keyHits { consider(ref) }
        var refs = keyHits
        // A link on the exact name or a strong key cannot be beaten by a fuzzy candidate: skip those.
        let settled = top.first.map { $0.verdict == .link && $0.rule.rank >= MatchRule.strongKey.rank } ?? false
        if !settled {
            refs = index.fuzzyCandidates(
                for: query, hashes: &hashes, options: options, excluding: keyHits, scratch: &scratch)
            for ref in refs.dropFirst(keyHits.count) { consider(ref) }
        }
        guard !top.isEmpty else { return MatchResult(verdict: .none, reason: "no similar client") }
        let assessments = top
        let best = assessments[0]
        let runnerUp = assessments.count > 1 ? assessments[1] : nil
        let misses = assessments.dropFirst(best.verdict == .none ? 0 : 1)
            .filter { $0.verdict == .none && $0.score >= options.nearMiss }
            .prefix(options.nearMissCount).map { $0.candidate(in: index) }
        guard best.verdict != .none else {
            return MatchResult(verdict: .none, nearMisses: Array(misses), reason: "no match", candidatesScored: refs.count)
        }
        var verdict = best.verdict
        var reason = best.reason
        let bestCandidate = best.candidate(in: index)
        let runnerUpCandidate = runnerUp?.candidate(in: index)
        if let runnerUp, let runnerUpCandidate, verdict == .link, runnerUp.verdict == .link, runnerUp.rule == best.rule,
            abs(runnerUp.score - best.score) < 1e-9, runnerUp.balance == best.balance
        {
            verdict = .review
            reason = "\(bestCandidate.name) and \(runnerUpCandidate.name) match equally and nothing tells them apart"
        }
        if verdict == .link && best.isInactive {
            verdict = .review
            reason += "; the reference is archived or inactive"
        }
        return MatchResult(
            verdict: verdict, best: bestCandidate, runnerUp: runnerUpCandidate, nearMisses: Array(misses),
            reason: reason, candidatesScored: refs.count)
    }

    /// One candidate's outcome, kept small (no strings but the reason) until it is among the best.
    struct Assessment {
        var ref: Int
        var rule: MatchRule
        var score: Double
        var verdict: MatchResult.Verdict
        var reason: String
        var details: ContactEvidence.Comparison
        var isInactive: Bool
        /// Details in common minus details that differ.
        var balance: Int

        static func isBetter(_ a: Assessment, _ b: Assessment) -> Bool {
            if a.verdict != b.verdict { return a.verdict > b.verdict }
            if a.rule.rank != b.rule.rank { return a.rule.rank > b.rule.rank }
            if a.score != b.score { return a.score > b.score }
            if a.balance != b.balance { return a.balance > b.balance }
            if a.isInactive != b.isInactive { return !a.isInactive }
            return a.ref < b.ref
        }

        func candidate(in index: ReferenceIndex) -> MatchCandidate {
            let client = index.clients[ref]
            return MatchCandidate(
                source: client.source, app: client.app, id: client.id, name: client.name, score: max(0, min(1, score)),
                rule: rule, evidence: Matcher.evidence(details), conflicts: Matcher.conflicts(details),
                isInactive: client.isInactive, position: ref)
        }
    }

    static func evidence(_ details: ContactEvidence.Comparison) -> [MatchRule] {
        var list: [MatchRule] = []
        if details.emailAgrees { list.append(.email) }
        if details.phoneAgrees { list.append(.phone) }
        if details.companyAgrees { list.append(.companyNumber) }
        if details.postcodeAgrees { list.append(.postcode) }
        return list
    }

    static func conflicts(_ details: ContactEvidence.Comparison) -> [MatchRule] {
        var list: [MatchRule] = []
        if details.emailConflicts { list.append(.email) }
        if details.phoneConflicts { list.append(.phone) }
        if details.companyConflicts { list.append(.companyNumber) }
        if details.postcodeConflicts { list.append(.postcode) }
        return list
    }

    struct Fuzzy {
        var score: Double
        var comparison: Similarity.TokenComparison
        var trustMismatch: Bool
    }

    static func fuzzy(_ a: PreparedKey, _ b: PreparedKey) -> Fuzzy {
        let jw = a.bytes.withUnsafeBufferPointer { x in b.bytes.withUnsafeBufferPointer { y in Similarity.jaroWinkler(x, y) } }
        let comparison = Similarity.compareTokens(a.tokens, weights: a.weights, b.tokens, weights: b.weights)
        var score = 0.35 * jw + 0.65 * comparison.score
        if comparison.substitution { score *= 0.92 }
        if comparison.numberMismatch { score = min(score, 0.75) }
        let trustMismatch = a.hasTrust != b.hasTrust
        if trustMismatch { score = min(score, 0.75) }
        return Fuzzy(score: score, comparison: comparison, trustMismatch: trustMismatch)
    }

    static func assess(
        _ query: MatchQuery, prepared: inout [PreparedKey]?, exactName: String, exactNameHash: UInt64, ref: Int,
        in index: ReferenceIndex, options: MatchOptions
    ) -> Assessment {
        let keys = index.keys[ref]
        let details = query.evidence.compare(index.evidence[ref])
        var rule = MatchRule.fuzzy
        var score = 0.0
        var viaTrusteeOnly = false
        var fuzzyResult: Fuzzy?

        if index.exactNameHashes[ref] == exactNameHash && exactName == ReferenceIndex.exactName(index.clients[ref].name) {
            rule = .exactName
            score = 1
        } else {
            var sharesKey = false
            var sharesOtherThanTrustee = false
            for key in query.keys.strong where keys.strong.contains(key) {
                sharesKey = true
                if key != query.keys.trustee && key != keys.trustee { sharesOtherThanTrustee = true }
            }
            if sharesKey {
                rule = .strongKey
                viaTrusteeOnly = !sharesOtherThanTrustee
                score = query.keys.key == keys.key ? 0.99 : (viaTrusteeOnly ? 0.9 : 0.97)
                if hasDashSuffix(index.clients[ref].name) { score -= 0.005 }
            } else if !details.corroborates && !weakKeysMatch(query.keys, keys),
                case let quick = quickSimilarity(query.keys, keys), quick < 0.6
            {
                // Not close enough to be worth the full comparison.
                score = 0.35 * quick
            } else {
                let theirs = index.preparedKeys(of: ref)
                let ours = prepared ?? query.keys.strong.map { PreparedKey($0, index: index) }
                prepared = ours
                for mine in ours {
                    for other in theirs {
                        let result = fuzzy(mine, other)
                        if fuzzyResult == nil || result.score > fuzzyResult!.score { fuzzyResult = result }
                    }
                }
                score = fuzzyResult?.score ?? 0
                if weakKeysMatch(query.keys, keys), fuzzyResult?.trustMismatch != true {
                    rule = .weakKey
                    score = max(score, 0.8)
                }
            }
        }

        var verdict = MatchResult.Verdict.none
        var reason = ""
        let veto = details.companyConflicts
        let trustMismatch = fuzzyResult?.trustMismatch ?? false
        switch rule {
        case .exactName, .strongKey:
            let how = rule == .exactName ? "same name" : "same name once legal forms and punctuation are set aside"
            if veto {
                verdict = .review
                reason = "\(how), but the company numbers differ"
            } else if viaTrusteeOnly && !details.corroborates {
                verdict = .review
                reason = "only the trustee's name matches; the trust may be a different client"
            } else if details.agreements == 0
                && (details.conflicts >= 2 || (query.keys.isPersonLike && details.conflicts >= 1))
            {
                verdict = .review
                reason = "\(how), but the contact details differ (\(conflicts(details).map(\.rawValue).joined(separator: ", ")))"
            } else {
                verdict = .link
                reason = how
            }
        case .weakKey:
            if details.corroborates && !veto {
                verdict = .link
                reason = "similar name (word order, plural, initial or abbreviation) and the same \(evidenceText(evidence(details)))"
            } else {
                verdict = .review
                reason = veto ? "similar name, but the company numbers differ" : "similar name (word order, plural, initial or abbreviation), nothing else in common"
            }
        default:
            if score >= options.linkFuzzy && details.corroborates && !veto && !trustMismatch {
                verdict = .link
                reason = "similar name and the same \(evidenceText(evidence(details)))"
            } else if let accept = options.acceptFuzzy, score >= accept, details.conflicts == 0, !veto, !trustMismatch {
                verdict = .link
                reason = "similar name, accepted at the fuzzy threshold"
            } else if details.companyAgrees && score >= 0.6 && !trustMismatch {
                rule = .companyNumber
                verdict = .link
                reason = "same company number and a fair name match"
            } else if score >= options.reviewFuzzy {
                verdict = .review
                reason = trustMismatch ? "similar name, but only one of them is a trust"
                    : veto ? "similar name, but the company numbers differ" : "similar name, nothing else in common"
            } else if (details.emailAgrees || details.phoneAgrees || details.companyAgrees) && score >= 0.45 {
                rule = details.companyAgrees ? .companyNumber : details.emailAgrees ? .email : .phone
                verdict = .review
                reason = "the same \(evidenceText(evidence(details))) under a different name"
            }
        }
        return Assessment(
            ref: ref, rule: rule, score: score, verdict: verdict, reason: reason, details: details,
            isInactive: index.clients[ref].isInactive,
            balance: details.agreements - details.conflicts - (veto ? 2 : 0))
    }

    private static func evidenceText(_ evidence: [MatchRule]) -> String {
        let names = evidence.filter { $0 != .postcode }.map { $0 == .companyNumber ? "company number" : $0.rawValue }
        return names.isEmpty ? "details" : names.joined(separator: " and ")
    }

    /// Whether a weak key of one equals a key of the other; an initial-and-surname key counts only when one
    /// of the names is written with an initial (`J Smith`), so `Jane Smith` never meets `John Smith` here.
    static func weakKeysMatch(_ a: MatchKeys, _ b: MatchKeys) -> Bool {
        var shared = false
        var sharedOtherThanInitial = false
        func visit(_ key: String) {
            if b.strong.contains(key) || b.weak.contains(key) {
                shared = true
                if !isInitialKey(key) { sharedOtherThanInitial = true }
            }
        }
        for key in a.strong { visit(key) }
        for key in a.weak { visit(key) }
        guard shared else { return false }
        if sharedOtherThanInitial { return true }
        return a.strong.contains(where: isInitialKey) || b.strong.contains(where: isInitialKey)
    }

    private static func isInitialKey(_ key: String) -> Bool {
        var utf8 = key.utf8.makeIterator()
        guard utf8.next() != nil, utf8.next() == 0x20 else { return false }
        return true
    }

    /// The best Jaro-Winkler score between strong keys, straight from the strings' storage.
    static func quickSimilarity(_ a: MatchKeys, _ b: MatchKeys) -> Double {
        var best = 0.0
        for x in a.strong {
            for y in b.strong {
                let score = x.utf8.withContiguousStorageIfAvailable { xs in
                    y.utf8.withContiguousStorageIfAvailable { ys in Similarity.jaroWinkler(xs, ys) }
                } ?? nil
                best = max(best, score ?? Similarity.jaroWinkler(x, y))
            }
        }
        return best
    }

    /// `John Doe-1`: a name some tool suffixed to get past Xero's unique-name rule.
    static func hasDashSuffix(_ name: String) -> Bool {
        let bytes = Array(name.utf8.suffix(3))
        guard let dash = bytes.lastIndex(of: UInt8(ascii: "-")), dash < bytes.count - 1 else { return false }
        return bytes[(dash + 1)...].allSatisfy(MatchKey.isDigit)
    }
}
