import Testing

@testable import PIImport

/// The match-key pipeline: domain.md 6.4's cases exactly, then legal forms by country, Unicode,
/// punctuation, trusts, trading names, initials and numbers.
@Suite("Dedupe: match keys")
struct DedupeMatchKeyTests {
    // MARK: domain.md 6.4

    @Test(arguments: [
        ("Marlow Constructions Pty. Limited", "marlow constructions"),
        ("MARLOW CONSTRUCTIONS PROPRIETARY LTD", "marlow constructions"),
        ("Smith & Co Pty Ltd", "smith"),
        ("Smith and Company Pty Ltd", "smith"),
        ("The Trustee for Ashfield Family Trust", "ashfield family trust"),
        ("Société Générale S.A.", "societe generale"),
        ("Ørsted A/S", "orsted"),
        ("Érable Ltée", "erable"),
        ("Maple Leaf ULC", "maple leaf"),
        ("Pty Ltd", "pty ltd"),
        ("Sydney Dance Company", "sydney dance"),
    ])
    func specCases(name: String, key: String) {
        let keys = MatchKey.keys(for: name)
        #expect(keys.key == key)
        #expect(keys.strong == [key])
    }

    @Test func specSplitCases() {
        let atf = MatchKey.keys(for: "Ashfield Holdings Pty Ltd ATF Ashfield Family Trust")
        #expect(atf.strong == ["ashfield holdings", "ashfield family trust"])
        #expect(atf.trustee == "ashfield holdings")
        #expect(atf.key == "ashfield holdings atf ashfield family trust")
        let trading = MatchKey.keys(for: "Jane Doe T/A Jane's Bakery")
        #expect(trading.strong == ["jane doe", "janes bakery"])
        #expect(trading.trustee == nil)
        #expect(MatchKey.key(for: "Smith & Co Pty Ltd") == MatchKey.key(for: "Smith and Company Pty Ltd"))
    }

    // MARK: Legal forms

    @Test(arguments: [
        // Australia
        ("Acme Pty Ltd", "acme"), ("Acme Pty. Ltd.", "acme"), ("Acme Pty Limited", "acme"),
        ("Acme Proprietary Limited", "acme"), ("Acme (Pty) Ltd", "acme"), ("ACME PTY. LIMITED", "acme"),
        ("Acme Limited", "acme"), ("Northern Mining NL", "northern mining"), ("Northern Mining No Liability", "northern mining"),
        ("Acme Co", "acme"), ("Acme Coy", "acme"), ("Acme Company Limited", "acme"), ("Acme Co. Pty Ltd", "acme"),
        ("Acme Pty Ltd ACN 123 456 789", "acme"), ("Acme Pty Ltd (ABN 12 345 678 901)", "acme"),
        ("Acme Pty Ltd ABN: 12345678901", "acme"), ("Acme Pty Ltd ACN123456789", "acme"),
        ("Acme Pty", "acme"), ("Acme Proprietary", "acme"), ("Smith & Co", "smith"), ("Smith and Co.", "smith"),
        ("Jones & Sons Pty Ltd", "jones and sons"),
        // New Zealand
        ("Kiwi Fruit Limited", "kiwi fruit"), ("Kiwi Fruit Tāpui (Limited)", "kiwi fruit"), ("Kiwi Fruit NZBN 9429041234567", "kiwi fruit"),
        ("Kiwi Fruit Unlimited", "kiwi fruit"),
        // United Kingdom
        ("Thames Water PLC", "thames water"), ("Thames Water p.l.c.", "thames water"), ("Thames Water Public Limited Company", "thames water"),
        ("Baker Street LLP", "baker street"), ("Baker Street L.L.P.", "baker street"), ("Baker Street LP", "baker street"),
        ("Community Garden CIC", "community garden"), ("Community Garden Community Interest Company", "community garden"),
        ("Food Bank CIO", "food bank"), ("Caerdydd Cyf", "caerdydd"), ("Caerdydd Cyfyngedig", "caerdydd"),
        ("Acme Ltd.", "acme"), ("Acme Company Ltd", "acme"),
        // United States
        ("Some Big Pharma, LLC", "some big pharma"), ("Some Big Pharma L.L.C.", "some big pharma"), ("Qux L.P.", "qux"),
        ("Widgets Inc.", "widgets"), ("Widgets Incorporated", "widgets"), ("Widgets Corp", "widgets"),
        ("Widgets Corporation", "widgets"), ("Widgets LLLP", "widgets"), ("Widgets PLLC", "widgets"),
        ("Widgets P.C.", "widgets"), ("Widgets P.A.", "widgets"), ("Widgets & Co.", "widgets"),
        ("Widgets and Company", "widgets"), ("Widgets Co., Inc.", "widgets"),
        // Canada
        ("Érable Limitée", "erable"), ("Érable Incorporée", "erable"), ("Érable Ltee", "erable"),
        ("Érable S.A.R.F.", "erable"), ("Maple Leaf Unlimited Liability Corporation", "maple leaf"),
        // Europe
        ("Café Müller GmbH", "cafe muller"), ("Ørsted A/S", "orsted"),
        // Never empty
        ("Ltd", "ltd"), ("Company Ltd", "company ltd"), ("Inc.", "inc"), ("The Company", "company"),
    ])
    func legalForms(name: String, key: String) {
        #expect(MatchKey.keys(for: name).key == key, "\(name)")
    }

    // MARK: Unicode, punctuation, case

    @Test(arguments: [
        ("ＡＢＣ Ｐｔｙ Ｌｔｄ", "abc"), ("Straße Bau GmbH", "strasse bau"), ("ﬁnance Works", "finance works"),
        ("Łódź Imports", "lodz imports"), ("Ærøskøbing Trading Co", "aeroskobing trading"),
        ("Œuvre Design", "oeuvre design"), ("Þór Services", "thor services"), ("Ðorđe Art", "dorde art"),
        ("Ħal Far Ltd", "hal far"), ("Iıi Co", "iii"), ("O’Brien Plumbing", "obrien plumbing"),
        ("O'Brien Plumbing", "obrien plumbing"), ("“Quoted” Name", "quoted name"),
        ("Smith–Jones Partners", "smithjones partners"), ("Smith\u{00A0}Jones", "smith jones"),
        ("  Smith   Jones  ", "smith jones"), ("SMITH JONES", "smith jones"), ("Smith\tJones", "smith jones"),
        ("Zoë’s Café", "zoes cafe"), ("J.Smith Consulting", "j smith consulting"), ("A+B Builders", "a and b builders"),
        ("Tom & Jerry", "tom and jerry"), ("Tom&Jerry", "tom and jerry"), ("& Partners", "partners"),
        ("Rock 'n' Roll Cafe", "rock n roll cafe"), ("St. George Bakery", "st george bakery"),
        ("U.S.A. Holdings Inc", "usa holdings"), ("Acme (Aust) Pty Ltd", "acme aust"),
        ("Acme [Melbourne] Pty Ltd", "acme melbourne"), ("Acme, Inc.", "acme"), ("Smith/Jones Legal", "smith jones legal"),
    ])
    func characters(name: String, key: String) {
        #expect(MatchKey.keys(for: name).key == key, "\(name)")
    }

    // MARK: Trusts and trading names

    @Test(arguments: [
        ("Smith Holdings Pty Ltd as trustee for Smith Family Trust", ["smith holdings", "smith family trust"]),
        ("Smith Holdings Pty Ltd as trustees for the Smith Family Trust", ["smith holdings", "smith family trust"]),
        ("Smith Holdings Pty Ltd A.T.F. Smith Family Trust", ["smith holdings", "smith family trust"]),
        ("Smith Holdings Pty Ltd atf The Smith Family Trust", ["smith holdings", "smith family trust"]),
        ("John Smith Trustee for Smith Super Fund", ["john smith", "smith super fund"]),
        ("The Trustee for the Smith Family Trust", ["smith family trust"]),
        ("Trustee for Smith Family Trust", ["smith family trust"]),
        ("The Trustees for Smith Family Trust", ["smith family trust"]),
        ("Smith Family Trust", ["smith family trust"]),
        ("Jane Doe t/a Doe Designs", ["jane doe", "doe designs"]),
        ("Jane Doe T/As Doe Designs", ["jane doe", "doe designs"]),
        ("Jane Doe trading as Doe Designs", ["jane doe", "doe designs"]),
        ("Doe Pty Ltd T/A Doe Designs", ["doe", "doe designs"]),
        ("Doe Pty Ltd ATF Doe Trust T/A Doe Designs", ["doe", "doe trust", "doe designs"]),
        ("Jane Doe T/A", ["jane doe"]),
        ("Smith a/c Jones", ["smith ac jones"]),
    ])
    func splits(name: String, strong: [String]) {
        #expect(MatchKey.keys(for: name).strong == strong, "\(name)")
    }

    @Test func trustIsNeverStripped() {
        #expect(MatchKey.key(for: "Smith Family Trust") == "smith family trust")
        #expect(MatchKey.key(for: "Smith Family Trust Pty Ltd") == "smith family trust")
        #expect(MatchKey.key(for: "Smith Family Trust") != MatchKey.key(for: "Smith Family"))
        #expect(MatchKey.key(for: "Trust") == "trust")
    }

    // MARK: People, initials, numbers

    @Test func personOrder() {
        let comma = MatchKey.keys(for: "Smith, John")
        #expect(comma.strong.contains("john smith"))
        #expect(comma.isPersonLike)
        let plain = MatchKey.keys(for: "John Smith")
        #expect(plain.strong == ["john smith"])
        #expect(plain.weak.contains("j smith"))
        let reversed = MatchKey.keys(for: "Smith John")
        #expect(reversed.weak.contains(plain.strong[0]))
        #expect(MatchKey.keys(for: "Smith, Jones & Partners").strong == ["smith jones and partners"])
    }

    @Test(arguments: [
        ("J. Smith", "j smith"), ("J Smith", "j smith"), ("J Smith & Co", "j smith"), ("J. A. Smith", "j a smith"),
        ("J.A. Smith", "ja smith"), ("Smith, J", "smith j"),
    ])
    func initials(name: String, key: String) {
        #expect(MatchKey.keys(for: name).key == key, "\(name)")
    }

    @Test func initialsShareAWeakKeyWithTheFullName() {
        let full = Set(MatchKey.keys(for: "John Smith").weak)
        #expect(full.contains("j smith"))
        let initial = MatchKey.keys(for: "J Smith & Co")
        #expect((initial.strong + initial.weak).contains("j smith"))
        let comma = MatchKey.keys(for: "Smith, J")
        #expect((comma.strong + comma.weak).contains("j smith"))
    }

    @Test(arguments: [
        ("Smith Family Trust No 2", "smith family trust no 2"), ("7-Eleven Stores Pty Ltd", "7eleven stores"),
        ("John Doe-1", "john doe"), ("John Doe-12", "john doe"), ("Studio 54 LLC", "studio 54"),
        ("3M Australia Pty Ltd", "3m australia"), ("Unit 5 Holdings", "unit 5 holdings"), ("1st Choice Cars", "1st choice cars"),
    ])
    func numbers(name: String, key: String) {
        #expect(MatchKey.keys(for: name).key == key, "\(name)")
    }

    @Test func weakKeys() {
        let plural = MatchKey.keys(for: "Smith Constructions")
        #expect(plural.weak.contains("smith construction"))
        #expect(MatchKey.keys(for: "Smith Brothers").weak.contains("smith bros"))
        #expect(MatchKey.keys(for: "Smith Bros").strong == ["smith bros"])
        #expect(MatchKey.keys(for: "Kiwi New Zealand Fruit").weak.contains("kiwi nz fruit"))
        #expect(MatchKey.keys(for: "Acme Australian Holdings").weak.contains("acme aust holding"))
        #expect(MatchKey.keys(for: "Jones Family Trust").weak.contains("family jones trust"))
        #expect(!MatchKey.keys(for: "Jones Family Trust").isPersonLike)
        #expect(MatchKey.keys(for: "Acme Pty Ltd").hadLegalForm)
    }

    @Test func sameFunctionBothSides() {
        let pairs = [
            ("Marlow Constructions Pty Ltd", "MARLOW CONSTRUCTIONS PTY. LIMITED"),
            ("Ashfield Holdings Pty Ltd", "Ashfield Holdings Proprietary Limited"),
            ("Café René", "CAFE RENE"), ("Smith & Jones", "Smith and Jones"),
        ]
        for (a, b) in pairs { #expect(MatchKey.key(for: a) == MatchKey.key(for: b), "\(a) / \(b)") }
    }
}
