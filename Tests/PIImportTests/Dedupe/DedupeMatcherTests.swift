import Testing

@testable import PIImport

/// The matcher's decisions on small, named cases: rules, vetoes, near neighbours, precedence, in-file merges.
@Suite("Dedupe: matcher")
struct DedupeMatcherTests {
    static func ledger(_ clients: [ReferenceClient]) -> ReferenceIndex { ReferenceIndex(clients) }

    static func client(
        _ name: String, id: String, source: ReferenceClient.Source = .ledger, email: String? = nil, phone: String? = nil,
        postcode: String? = nil, company: String? = nil, inactive: Bool = false
    ) -> ReferenceClient {
        ReferenceClient(
            source: source, app: source == .xpm ? "xpm" : "xero", id: id, name: name, emails: email.map { [$0] } ?? [],
            phones: phone.map { [$0] } ?? [], postcode: postcode, companyNumber: company, isInactive: inactive)
    }

    static let references: [ReferenceClient] = [
        client("Marlow Constructions Pty Ltd", id: "x1", email: "accounts@marlow.example", postcode: "3000", company: "123456789"),
        client("Smith Plumbing Pty Ltd", id: "x2", email: "info@smithplumbing.example", postcode: "2000"),
        client("ABC Accounting Ltd", id: "x3", email: "hello@abc.example"),
        client("Jones Family Trust", id: "x4", email: "jones@family.example", postcode: "4000"),
        client("John Smith", id: "x5", email: "john@smith.example", phone: "+61412345678", postcode: "3121"),
        client("John Smith", id: "x6", email: "jsmith@other.example", phone: "+61499999999", postcode: "6000"),
        client("Ashfield Holdings Pty Ltd ATF Ashfield Family Trust", id: "x7", email: "ashfield@trust.example"),
        client("Jane Doe T/A Jane's Bakery", id: "x8", email: "jane@bakery.example"),
        client("Harbour Cafe Limited", id: "x9", email: "harbour@cafe.example", inactive: true),
        client("Acme Widgets Ltd", id: "x10", email: "acme@widgets.example"),
        client("Acme Widgets Ltd-1", id: "x11", email: "acme@widgets.example"),
        client("Pemberton Dental", id: "x12", email: "reception@pemberton.example", phone: "0298765432"),
    ]

    func decide(_ query: MatchQuery, options: MatchOptions = MatchOptions()) -> MatchDecision {
        var matcher = Matcher(ledger: Self.ledger(Self.references), options: options)
        return matcher.decide(query, rowID: "row-1")
    }

    @Test func exactNameLinksWithTheLedgersName() {
        let decision = decide(MatchQuery(name: "Marlow Constructions Pty Ltd"))
        #expect(decision.action == .linkLedger)
        #expect(decision.target?.id == "x1")
        #expect(decision.target?.rule == .exactName)
        #expect(decision.target?.score == 1)
        #expect(decision.name == "Marlow Constructions Pty Ltd")
        #expect(decision.reportAction == .create)
        #expect(decision.reportMatch?.rule == "exact-name")
        #expect(decision.appClients == [AppClient(app: "xero", externalId: "x1", name: "Marlow Constructions Pty Ltd")])
    }

    @Test func strongKeyLinksAcrossLegalFormsAndCase() {
        let decision = decide(MatchQuery(name: "MARLOW CONSTRUCTIONS PROPRIETARY LIMITED"))
        #expect(decision.action == .linkLedger)
        #expect(decision.target?.rule == .strongKey)
        #expect(decision.name == "Marlow Constructions Pty Ltd")
    }

    @Test func differentCompanyNumbersVetoALink() {
        let decision = decide(MatchQuery(name: "Marlow Constructions Pty Ltd", companyNumber: "987 654 321"))
        #expect(decision.action == .review)
        #expect(decision.target?.conflicts.contains(.companyNumber) == true)
        #expect(decision.reason.contains("company numbers differ"))
    }

    @Test func anABNHoldingTheACNAgrees() {
        let decision = decide(MatchQuery(name: "Marlow Constructons", companyNumber: "51 123 456 789"))
        #expect(decision.action == .linkLedger)
        #expect(decision.target?.evidence.contains(.companyNumber) == true)
    }

    @Test func fuzzyNeedsCorroboration() {
        let alone = decide(MatchQuery(name: "Marlow Constructons Pty Ltd"))
        #expect(alone.action == .review)
        #expect(alone.target?.rule == .fuzzy)
        let withEmail = decide(MatchQuery(name: "Marlow Constructons Pty Ltd", emails: ["Accounts@Marlow.example"]))
        #expect(withEmail.action == .linkLedger)
        #expect(withEmail.target?.reportRule == "fuzzy+email")
        let accepted = decide(MatchQuery(name: "Marlow Constructons Pty Ltd"), options: MatchOptions(acceptFuzzy: 0.9))
        #expect(accepted.action == .linkLedger)
    }

    @Test(arguments: ["Smith Electrical Pty Ltd", "ABD Accounting Ltd", "Jones Family", "Jones Family Pty Ltd"])
    func nearNeighboursDoNotLink(name: String) {
        let decision = decide(MatchQuery(name: name, postcode: "2000"))
        #expect(decision.action != .linkLedger, "\(name)")
        #expect(decision.action != .link, "\(name)")
    }

    @Test func nearMissesAreKeptForACreate() {
        let decision = decide(MatchQuery(name: "Smith Electrical Pty Ltd"))
        #expect(decision.action == .create)
        #expect(decision.nearMisses.contains { $0.id == "x2" })
        #expect(decision.reportMatch?.id == "x2")
    }

    @Test func twoPeopleWithTheSameNameAreToldApartByTheirDetails() {
        let first = decide(MatchQuery(name: "John Smith", emails: ["john@smith.example"]))
        #expect(first.action == .linkLedger)
        #expect(first.target?.id == "x5")
        #expect(first.runnerUp?.id == "x6")
        let second = decide(MatchQuery(name: "John Smith", phones: ["0499 999 999"], postcode: "6000"))
        #expect(second.target?.id == "x6")
        #expect(second.action == .linkLedger)
        let neither = decide(MatchQuery(name: "John Smith"))
        #expect(neither.action == .review)
        let stranger = decide(MatchQuery(name: "John Smith", emails: ["js@elsewhere.example"], postcode: "7000"))
        #expect(stranger.action == .review)
    }

    @Test func personOrderAndInitialsAreWeakUnlessCorroborated() {
        let comma = decide(MatchQuery(name: "Smith, John", emails: ["john@smith.example"]))
        #expect(comma.action == .linkLedger)
        #expect(comma.target?.id == "x5")
        let initial = decide(MatchQuery(name: "J. Smith"))
        #expect(initial.action == .review)
        let initialWithEmail = decide(MatchQuery(name: "J. Smith", emails: ["jsmith@other.example"]))
        #expect(initialWithEmail.action == .linkLedger)
        #expect(initialWithEmail.target?.id == "x6")
        #expect(initialWithEmail.target?.rule == .weakKey)
        let family = decide(MatchQuery(name: "Jane Smith", emails: ["john@smith.example"], postcode: "3121"))
        #expect(family.action != .linkLedger)
    }

    @Test func trustsAndTradingNames() {
        let trust = decide(MatchQuery(name: "The Trustee for Ashfield Family Trust"))
        #expect(trust.action == .linkLedger)
        #expect(trust.target?.id == "x7")
        let trustee = decide(MatchQuery(name: "Ashfield Holdings Pty Ltd"))
        #expect(trustee.action == .review)
        #expect(trustee.reason.contains("trustee"))
        let trading = decide(MatchQuery(name: "Jane's Bakery"))
        #expect(trading.action == .linkLedger)
        #expect(trading.target?.id == "x8")
        #expect(trading.name == "Jane Doe T/A Jane's Bakery")
    }

    @Test func archivedReferencesGoToReview() {
        let decision = decide(MatchQuery(name: "Harbour Cafe Limited"))
        #expect(decision.action == .review)
        #expect(decision.reason.contains("archived"))
    }

    @Test func dashSuffixedDuplicatesLoseTies() {
        let decision = decide(MatchQuery(name: "ACME WIDGETS LIMITED"))
        #expect(decision.action == .linkLedger)
        #expect(decision.target?.id == "x10")
        #expect(decision.runnerUp?.id == "x11")
    }

    @Test func emailAloneIsAReview() {
        let decision = decide(MatchQuery(name: "Totally Different Name", emails: ["reception@pemberton.example"]))
        #expect(decision.action == .review || decision.action == .create)
        #expect(decision.action != .linkLedger)
    }

    @Test func xpmWinsOverTheLedger() {
        let xpm = ReferenceIndex([Self.client("Marlow Constructions", id: "uuid-1", source: .xpm)])
        var matcher = Matcher(xpm: xpm, ledger: Self.ledger(Self.references))
        let decision = matcher.decide(MatchQuery(name: "Marlow Constructions Pty Ltd"), rowID: "row-1")
        #expect(decision.action == .link)
        #expect(decision.state == .lead)
        #expect(decision.target?.source == .xpm)
        #expect(decision.name == "Marlow Constructions")
        #expect(decision.ledger?.id == "x1")
        #expect(decision.appClients.map(\.app) == ["xpm", "xero"])
        var record = ClientRecord(name: "Marlow Constructions Pty Ltd", source: RecordSource(file: "a.csv", rows: [2]))
        decision.apply(to: &record)
        #expect(record.name == "Marlow Constructions")
        #expect(record.state == .lead)
        #expect(record.appClients.count == 2)

        let ledgerOnly = matcher.decide(MatchQuery(name: "Pemberton Dental"), rowID: "row-2")
        #expect(ledgerOnly.action == .linkLedger)
        #expect(ledgerOnly.state == nil)
        #expect(ledgerOnly.reason.hasPrefix("not in XPM"))
    }

    @Test func aSureLedgerMatchOutranksAnXPMLookAlike() {
        let xpm = ReferenceIndex([Self.client("Pemberton Dental Care", id: "uuid-2", source: .xpm)])
        var matcher = Matcher(xpm: xpm, ledger: Self.ledger(Self.references))
        let decision = matcher.decide(MatchQuery(name: "Pemberton Dental"), rowID: "row-1")
        #expect(decision.action == .linkLedger)
        #expect(decision.runnerUp?.source == .xpm)
        #expect(decision.reason.contains("nearest there"))
        // The same name in XPM, only spelt differently, stays a question.
        let same = ReferenceIndex([Self.client("PEMBERTON DENTAL PTY LTD", id: "uuid-3", source: .xpm, phone: "0411 111 111")])
        var other = Matcher(xpm: same, ledger: Self.ledger(Self.references))
        let strong = other.decide(MatchQuery(name: "Pemberton Dental"), rowID: "row-1")
        #expect(strong.action == .link)
        #expect(strong.target?.source == .xpm)
    }

    @Test func aClientInTheStoreIsUpdatedBeforeXPMOrTheLedgerIsAsked() {
        let store = ReferenceIndex([
            ReferenceClient(source: .store, id: "PI-7", name: "Marlow Constructions", emails: ["gavin@marlow.example"])
        ])
        let xpm = ReferenceIndex([Self.client("Marlow Constructions", id: "uuid-1", source: .xpm)])
        var matcher = Matcher(store: store, xpm: xpm, ledger: Self.ledger(Self.references))
        let decision = matcher.decide(MatchQuery(name: "MARLOW CONSTRUCTIONS PTY LTD"), rowID: "row-1")
        #expect(decision.action == .update)
        #expect(decision.reportAction == .update)
        #expect(decision.target?.source == .store)
        #expect(decision.reason.hasPrefix("already in the store: "))
        // The XPM client found now is linked to the stored one.
        #expect(decision.appClients == [AppClient(app: "xpm", externalId: "uuid-1", name: "Marlow Constructions")])
        var record = ClientRecord(name: "MARLOW CONSTRUCTIONS PTY LTD", source: RecordSource(file: "a.csv", rows: [2]))
        decision.apply(to: &record)
        #expect(record.id == "PI-7")
        #expect(record.name == "Marlow Constructions")
        #expect(record.state == .active)

        // A near neighbour in the store is a question, not an update.
        let near = matcher.decide(
            MatchQuery(name: "Marlow Construction Group", emails: ["gavin@marlow.example"]), rowID: "row-2")
        #expect(near.action == .review)
        #expect(near.target?.id == "PI-7")
        #expect(near.reason.hasPrefix("maybe already in the store: "))
        #expect(near.appClients.isEmpty)

        // Not in the store: XPM decides as before.
        let elsewhere = matcher.decide(MatchQuery(name: "Pemberton Dental"), rowID: "row-3")
        #expect(elsewhere.action == .linkLedger)
    }

    @Test func laterRowsOfTheSameClientMerge() {
        var matcher = Matcher(ledger: Self.ledger(Self.references))
        let first = matcher.decide(MatchQuery(name: "Kelvaro Holdings Pty Ltd", emails: ["a@new.example"]), rowID: "row-1")
        #expect(first.action == .create)
        let second = matcher.decide(MatchQuery(name: "KELVARO HOLDINGS LIMITED", emails: ["b@new.example"]), rowID: "row-2")
        #expect(second.action == .merge)
        #expect(second.target?.id == "row-1")
        #expect(second.target?.source == .file)
        let third = matcher.decide(MatchQuery(name: "Kelvaro Holdngs Pty Ltd", emails: ["b@new.example"]), rowID: "row-3")
        #expect(third.action == .merge)
        #expect(third.target?.id == "row-1")
        let other = matcher.decide(MatchQuery(name: "Ostrava Farms Pty Ltd"), rowID: "row-4")
        #expect(other.action == .create)
        let linked = matcher.decide(MatchQuery(name: "Pemberton Dental"), rowID: "row-5")
        #expect(linked.action == .linkLedger)
        let again = matcher.decide(MatchQuery(name: "Pemberton Dental Pty Ltd"), rowID: "row-6")
        #expect(again.action == .merge)
        #expect(again.target?.id == "row-5")
    }

    /// Over three chunks of rows, so that the in-file step runs while later chunks are still being matched.
    @Test func decideAllMatchesDecideOneByOne() {
        let data = DedupeSyntheticData.evaluationSet(references: 600, rows: 1_200)
        let queries = data.rows.map(\.query)
        let ids = queries.indices.map { "row-\($0)" }
        var one = Matcher(ledger: ReferenceIndex(data.references))
        let single = queries.indices.map { one.decide(queries[$0], rowID: ids[$0]) }
        var all = Matcher(ledger: ReferenceIndex(data.references))
        let batch = all.decideAll(queries, rowIDs: ids)
        #expect(single == batch)
    }

    @Test func candidatesStaySmall() {
        let data = DedupeSyntheticData.evaluationSet()
        var matcher = Matcher(ledger: ReferenceIndex(data.references))
        var most = 0
        for (index, row) in data.rows.prefix(300).enumerated() {
            most = max(most, matcher.decide(row.query, rowID: "row-\(index)").candidatesScored)
        }
        #expect(most < 100)
    }
}

@Suite("Dedupe: similarity")
struct DedupeSimilarityTests {
    @Test func jaroWinklerKnownValues() {
        #expect(abs(Similarity.jaroWinkler("martha", "marhta") - 0.9611) < 0.001)
        #expect(abs(Similarity.jaroWinkler("dixon", "dicksonx") - 0.8133) < 0.001)
        #expect(Similarity.jaroWinkler("", "") == 1)
        #expect(Similarity.jaroWinkler("abc", "") == 0)
        #expect(Similarity.jaroWinkler("same", "same") == 1)
        let long = String(repeating: "abcdefghij", count: 10)
        #expect(Similarity.jaroWinkler(long, long + "x") > 0.99)
    }

    /// The bit-parallel Jaro of strings up to 64 bytes gives exactly what scanning each byte's window gives,
    /// bytes that share their low seven bits (`a` and 0xE1, space and 0xA0) included.
    @Test func jaroBitParallelMatchesScanning() {
        let alphabet: [UInt8] = [0x61, 0xE1, 0x62, 0xE2, 0x20, 0xA0, 0x30, 0xB0, 0x7A]
        var random = SeededRandom(seed: 7)
        var differences = 0
        for _ in 0..<5_000 {
            // Non-empty, equal length or not, equal or a few bytes apart or unrelated.
            let a = (0...random.below(64)).map { _ in random.pick(alphabet) }
            var b = random.chance(30) ? (0...random.below(64)).map { _ in random.pick(alphabet) } : a
            for _ in 0..<random.below(6) { b[random.below(b.count)] = random.pick(alphabet) }
            let same = a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in Similarity.jaro(x, y) == Similarity.jaroByScanning(x, y) }
            }
            if !same { differences += 1 }
        }
        #expect(differences == 0)
    }

    @Test func tokens() {
        func slices(_ text: String) -> [ArraySlice<UInt8>] { Array(text.utf8).split(separator: 0x20) }
        #expect(Similarity.tokenSimilarity(slices("abc")[0], slices("abd")[0]) == 0)
        #expect(Similarity.tokenSimilarity(slices("constructions")[0], slices("constructons")[0]) > 0.9)
        #expect(Similarity.tokenSimilarity(slices("2")[0], slices("3")[0]) == 0)
        let same = Similarity.compareTokens(slices("smith plumbing"), weights: [1, 1], slices("plumbing smith"), weights: [1, 1])
        #expect(same.score == 1)
        let joined = Similarity.compareTokens(slices("smithjones legal"), weights: [1, 1], slices("smith jones legal"), weights: [1, 1, 1])
        #expect(joined.score == 1)
        let other = Similarity.compareTokens(slices("smith plumbing"), weights: [1, 3], slices("smith electrical"), weights: [1, 3])
        #expect(other.substitution)
        #expect(other.score < 0.3)
        let number = Similarity.compareTokens(slices("trust 2"), weights: [1, 1], slices("trust"), weights: [1])
        #expect(number.numberMismatch)
    }
}
