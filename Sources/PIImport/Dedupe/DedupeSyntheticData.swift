/// Seeded, realistic synthetic clients for the dedupe evaluation set and benchmark: AU, NZ, UK and US
/// people, sole traders, companies and trusts; a reference list (a ledger or XPM export); and import rows
/// labelled with the reference they truly are (or none), written the way client spreadsheets write them.
///
/// Variants of true matches: exact, legal form, case, punctuation, `&`/and, accents, typos (1-2 edits),
/// word order, initials, trust forms (ATF, The Trustee for), trading names (T/A), plurals and synonyms,
/// an extra word, Xero's `-1` suffix. Hard negatives: same surname and another trade, acronyms one letter
/// apart, family members sharing a surname, postcode and phone, a trust against a non-trust, two people
/// with the same name, a different number, a different company number, a trustee company against its
/// trust. Some rows repeat an earlier row of the same import (in-file duplicates).
public struct DedupeSyntheticData: Sendable {
    /// One import row and what it truly is.
    public struct Row: Sendable {
        public var query: MatchQuery
        /// The position of the true reference in ``references``, nil when the client is not there.
        public var truth: Int?
        /// The earlier row this row repeats, if any.
        public var duplicateOf: Int?
        /// The variant or hard-negative kind, for per-kind figures.
        public var kind: String
    }

    public var references: [ReferenceClient]
    public var rows: [Row]

    /// The evaluation set: `references` ledger contacts and `rows` labelled import rows.
    public static func evaluationSet(seed: UInt64 = 20_261_126, references: Int = 3_000, rows: Int = 2_000) -> Self {
        var generator = Generator(seed: seed, pseudoWords: false)
        return generator.make(references: references, rows: rows, source: .ledger, app: "xero")
    }

    /// Benchmark data: a ledger, an XPM export that shares about half its clients, and import rows;
    /// `truths` holds each row's true ledger position (or nil) and `xpmInLedger` each XPM client's
    /// ledger position (nil for a client only in XPM).
    public static func benchmark(seed: UInt64 = 42, ledger: Int, xpm: Int, rows: Int) -> (
        ledger: [ReferenceClient], xpm: [ReferenceClient], rows: [MatchQuery], truths: [Int?], xpmInLedger: [Int?]
    ) {
        var generator = Generator(seed: seed, pseudoWords: true)
        let data = generator.make(references: ledger, rows: rows, source: .ledger, app: "xero")
        var xpmClients: [ReferenceClient] = []
        var xpmInLedger: [Int?] = []
        xpmClients.reserveCapacity(xpm)
        var index = 0
        while xpmClients.count < xpm {
            if index < data.references.count && index % 2 == 0 {
                var client = data.references[index]
                client.source = .xpm
                client.app = "xpm"
                client.id = "xpm-\(xpmClients.count)"
                xpmClients.append(client)
                xpmInLedger.append(index)
            } else {
                let entity = generator.entity()
                xpmClients.append(
                    ReferenceClient(
                        source: .xpm, app: "xpm", id: "xpm-\(xpmClients.count)", name: entity.name,
                        emails: [entity.email], phones: [entity.phone], postcode: entity.postcode,
                        companyNumber: entity.companyNumber))
                xpmInLedger.append(nil)
            }
            index += 1
        }
        return (data.references, xpmClients, data.rows.map(\.query), data.rows.map(\.truth), xpmInLedger)
    }
}

// MARK: - Generator

extension DedupeSyntheticData {

    enum Country: CaseIterable { case au, nz, uk, us }

    enum Kind { case person, soleTrader, company, trust, acronym }

    struct Entity {
        var kind: Kind
        var country: Country
        var first = ""
        var last = ""
        /// The business words without legal form ("Smith Plumbing").
        var base = ""
        var legalForm = ""
        var trade = ""
        var name = ""
        var email = ""
        var phone = ""
        var postcode = ""
        var companyNumber: String?
        /// For trusts: the trustee company and the trust.
        var trustee = ""
        var trust = ""
    }

    struct Generator {
        var random: SeededRandom
        let pseudoWords: Bool
        var usedKeys: Set<String> = []
        var serial = 0

        init(seed: UInt64, pseudoWords: Bool) {
            random = SeededRandom(seed: seed)
            self.pseudoWords = pseudoWords
        }

        static let firstNames = [
            "John", "Jane", "Michael", "Sarah", "David", "Emma", "James", "Olivia", "Robert", "Charlotte", "William",
            "Amelia", "Thomas", "Isla", "Daniel", "Mia", "Matthew", "Grace", "Andrew", "Chloe", "Peter", "Ruby",
            "Mark", "Lucy", "Paul", "Hannah", "Steven", "Emily", "Richard", "Sophie", "Christopher", "Jessica",
            "Anthony", "Zoe", "Benjamin", "Ella", "Samuel", "Georgia", "Joshua", "Holly", "Liam", "Ava", "Noah",
            "Harper", "Ethan", "Evie", "Lachlan", "Matilda", "Hamish", "Aroha", "Tane", "Mere", "Nikau", "Ngaire",
            "Callum", "Fiona", "Rhys", "Siobhan", "Declan", "Niamh", "Tyler", "Madison", "Brandon", "Ashley",
            "Kevin", "Megan", "Raj", "Priya", "Wei", "Mei", "Hiroshi", "Yuki", "Ahmed", "Fatima", "Luca", "Giulia",
            "José", "María", "René", "Zoë", "Chloé", "François", "Søren", "Björn", "Siân", "Renée",
        ]
        static let surnames = [
            "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
            "Thompson", "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson", "Kelly", "King",
            "Davis", "Wright", "Evans", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel",
            "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Campbell", "Stewart", "Murray", "Watson",
            "Morrison", "Hughes", "Edwards", "Baker", "Cooper", "Turner", "Parker", "Collins", "Bell", "Murphy",
            "O'Brien", "O'Connor", "McDonald", "MacKenzie", "Fitzgerald", "Sullivan", "Walsh", "Byrne", "Doyle",
            "Ngata", "Parata", "Tipene", "Horomona", "Wihongi", "Henare", "Te Whata", "Kaur", "Singh", "Chen",
            "Wang", "Li", "Zhang", "Liu", "Tanaka", "Sato", "Kim", "Park", "Rossi", "Bianchi", "Costa", "Silva",
            "Müller", "Schmidt", "Núñez", "García", "Martínez", "López", "Ørsted", "Sørensen", "Łukasik", "Dvořák",
            "Ashfield", "Marlow", "Pemberton", "Whitmore", "Hargreaves", "Blackwood", "Fairweather", "Holloway",
            "Kingsley", "Lockwood", "Radcliffe", "Sutherland", "Templeton", "Underwood", "Vickers", "Winslow",
            "Abernethy", "Bannerman", "Caldwell", "Drummond", "Ellison", "Forsyth", "Galbraith", "Hamilton",
            "Ingram", "Jardine", "Kirkwood", "Lindsay", "Montgomery", "Nicholson", "Ogilvy", "Pritchard",
            "Quinlan", "Rutherford", "Sinclair", "Thornton", "Urquhart", "Wakefield", "Yardley", "Zimmerman",
            "Brennan", "Cartwright", "Dunstan", "Everett", "Fletcher", "Gallagher", "Hendricks", "Ivanov",
            "Jennings", "Kowalski", "Larsen", "Moreau", "Novak", "Olsen", "Petrov", "Quigley", "Rasmussen",
        ]
        static let trades = [
            "Plumbing", "Electrical", "Accounting", "Constructions", "Landscaping", "Cafe", "Bakery", "Dental",
            "Physiotherapy", "Legal", "Consulting", "Transport", "Motors", "Painting", "Roofing", "Cleaning",
            "Design", "Media", "Marketing", "Engineering", "Carpentry", "Hair Studio", "Fitness", "Vet Clinic",
            "Architects", "Builders", "Joinery", "Tiling", "Fencing", "Pest Control", "Logistics", "Catering",
            "Photography", "Printing", "Surveying", "Optometry", "Pharmacy", "Florist", "Butchery", "Brewing",
            "Orchards", "Vineyards", "Pastoral", "Farming", "Earthmoving", "Concreting", "Glazing", "Air Conditioning",
            "Solar", "Security", "Software", "IT Services", "Bookkeeping", "Financial Planning", "Real Estate",
            "Property Management", "Mechanical", "Panel Beating", "Auto Electrics", "Removals",
        ]
        static let places = [
            "Harbour", "Riverside", "Northside", "Eastern", "Bayside", "Coastal", "Summit", "Valley", "Ridge",
            "Parkside", "Kingston", "Lakeside", "Hillcrest", "Southern Cross", "Pacific", "Highland", "Westside",
            "Seaview", "Greenfield", "Stonebridge", "Mānuka", "Kōwhai", "Tasman", "Canterbury", "Otago", "Waikato",
            "Yarra", "Hunter", "Barossa", "Daintree", "Kimberley", "Cotswold", "Pennine", "Thames", "Mersey",
            "Hudson", "Sierra", "Cascade", "Redwood", "Magnolia", "Café Central", "Crème", "Élan", "Noël",
        ]
        static let adjectives = [
            "Blue", "Green", "Golden", "Silver", "Red Oak", "Bright", "Swift", "Prime", "Apex", "True North",
            "Evergreen", "Ironbark", "Blackbutt", "Wattle", "Southern", "Northern", "First Class", "Top Notch",
            "Precision", "Reliable", "Elite", "Premier", "Heritage", "Modern", "Urban", "Rural", "Coastal",
        ]
        static let nouns = [
            "Wave", "Leaf", "Stone", "Arrow", "Anchor", "Compass", "Horizon", "Pine", "Fern", "Kiwi", "Wren", "Falcon",
            "Lantern", "Harvest", "Meadow", "Beacon", "Bridge", "Gate", "Key", "Crown", "Star", "Oak",
        ]
        static let syllables = [
            "ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "dor", "fen", "gri", "hal", "jin", "kor", "lum", "mar",
            "nel", "ost", "pra", "quin", "ros", "sil", "tor", "ul", "ver", "wyn", "xan", "yor", "zel", "an", "ek", "ith",
        ]
        static let legalForms: [Country: [String]] = [
            .au: ["Pty Ltd", "Pty. Ltd.", "Pty Limited", "Proprietary Limited", "PTY LTD"],
            .nz: ["Limited", "Ltd", "Ltd."],
            .uk: ["Ltd", "Limited", "LLP", "Ltd.", "PLC"],
            .us: ["LLC", "Inc.", "Inc", "Corp.", "L.L.C.", "Incorporated", "Corporation"],
        ]
        static let domains: [Country: [String]] = [
            .au: ["example.com.au", "mail.com.au", "bigpond.example.au"], .nz: ["example.co.nz", "xtra.example.nz"],
            .uk: ["example.co.uk", "btinternet.example.uk"], .us: ["example.com", "mail.example.com"],
        ]

        mutating func pseudoWord() -> String {
            var word = ""
            for _ in 0..<(2 + random.below(2)) { word += random.pick(Self.syllables) }
            return word.prefix(1).uppercased() + word.dropFirst()
        }

        mutating func surname() -> String {
            pseudoWords && random.chance(70) ? pseudoWord() : random.pick(Self.surnames)
        }

        mutating func contact(_ entity: inout Entity) {
            serial += 1
            let local = (entity.first.isEmpty ? (entity.base.isEmpty ? "info" : "accounts") : entity.first)
                .lowercased().filter { $0.isASCII && $0.isLetter }
            let domainBase = (entity.last.isEmpty ? entity.base : entity.last).lowercased().filter { $0.isASCII && $0.isLetter }
            entity.email = "\(local.isEmpty ? "info" : local).\(domainBase.isEmpty ? "client" : domainBase)\(serial)@\(random.pick(Self.domains[entity.country]!))"
            switch entity.country {
            case .au: entity.phone = "+614" + random.digits(8); entity.postcode = String(2000 + random.below(1200))
            case .nz: entity.phone = "+642" + random.digits(8); entity.postcode = String(1000 + random.below(8000))
            case .uk: entity.phone = "+447" + random.digits(9); entity.postcode = "SW\(1 + random.below(20)) \(random.below(10))AB"
            case .us: entity.phone = "+1415" + random.digits(7); entity.postcode = String(10000 + random.below(89000))
            }
        }

        mutating func entity() -> Entity {
            while true {
                let country = random.pick(Country.allCases)
                var entity = Entity(kind: .person, country: country)
                let roll = random.below(100)
                entity.first = random.pick(Self.firstNames)
                entity.last = surname()
                entity.trade = random.pick(Self.trades)
                entity.legalForm = random.pick(Self.legalForms[country]!)
                switch roll {
                case 0..<28:
                    entity.kind = .person
                    entity.name = "\(entity.first) \(entity.last)"
                case 28..<36:
                    entity.kind = .soleTrader
                    entity.base = "\(entity.last) \(entity.trade)"
                    entity.name = "\(entity.first) \(entity.last) T/A \(entity.base)"
                case 36..<80:
                    entity.kind = .company
                    switch random.below(5) {
                    case 0, 1: entity.base = "\(entity.last) \(entity.trade)"
                    case 2: entity.base = "\(random.pick(Self.places)) \(entity.trade)"
                    case 3: entity.base = "\(random.pick(Self.adjectives)) \(random.pick(Self.nouns)) \(entity.trade)"
                    default: entity.base = "\(entity.last) & \(surname()) \(entity.trade)"
                    }
                    if pseudoWords && random.chance(50) { entity.base = "\(pseudoWord()) \(entity.base)" }
                    entity.name = "\(entity.base) \(entity.legalForm)"
                    if random.chance(50) { entity.companyNumber = random.digits(country == .uk ? 8 : 9) }
                case 80..<86:
                    entity.kind = .acronym
                    var letters = ""
                    for _ in 0..<3 { letters.append(Character(Unicode.Scalar(UInt8(65 + random.below(26))))) }
                    entity.base = "\(letters) \(entity.trade)"
                    entity.name = "\(entity.base) \(entity.legalForm)"
                default:
                    entity.kind = .trust
                    entity.trust = random.chance(75) ? "\(entity.last) Family Trust" : "\(entity.last) Superannuation Fund"
                    entity.trustee = "\(entity.last) Holdings Pty Ltd"
                    entity.country = .au
                    switch random.below(3) {
                    case 0: entity.name = "The Trustee for \(entity.trust)"
                    case 1: entity.name = "\(entity.trustee) ATF \(entity.trust)"
                    default: entity.name = entity.trust
                    }
                }
                contact(&entity)
                let key = MatchKey.keys(for: entity.name)
                let identity = key.strong.joined(separator: "|")
                if usedKeys.contains(identity) || key.strong.contains(where: usedKeys.contains) { continue }
                usedKeys.insert(identity)
                for strong in key.strong where entity.kind != .trust || strong != key.trustee { usedKeys.insert(strong) }
                return entity
            }
        }

        static func reference(_ entity: Entity, position: Int, source: ReferenceClient.Source, app: String) -> ReferenceClient {
            ReferenceClient(
                source: source, app: app, id: "\(app)-\(position)", name: entity.name, emails: [entity.email],
                phones: [entity.phone], postcode: entity.postcode, companyNumber: entity.companyNumber)
        }

        // MARK: Variants

        mutating func typo(_ text: String) -> String {
            var words = text.split(separator: " ").map(String.init)
            let candidates = words.indices.filter { words[$0].count >= 6 && words[$0].allSatisfy(\.isLetter) }
            guard !candidates.isEmpty else { return text }
            let index = random.pick(candidates)
            var letters = Array(words[index])
            let edits = random.chance(70) ? 1 : 2
            for _ in 0..<edits {
                let position = 1 + random.below(letters.count - 2)
                switch random.below(4) {
                case 0: letters.remove(at: position)
                case 1: letters.insert(letters[position], at: position)
                case 2: letters.swapAt(position, position + 1 < letters.count ? position + 1 : position - 1)
                default: letters[position] = Character(Unicode.Scalar(UInt8(97 + random.below(26))))
                }
            }
            words[index] = String(letters)
            return words.joined(separator: " ")
        }

        static func stripAccents(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                switch scalar {
                case "é", "è", "ë": "e"
                case "É": "E"
                case "á", "ā": "a"
                case "ó", "ō", "ø": "o"
                case "Ø": "O"
                case "ú", "ü": "u"
                case "í": "i"
                case "ñ": "n"
                case "Ł": "L"
                case "ř": "r"
                case "ç": "c"
                case "â": "a"
                default: scalar
                }
            }))
        }

        /// A true-match variant of `entity`: the name as an import would write it, and its kind.
        mutating func variant(of entity: Entity) -> (name: String, kind: String, corroborate: Bool) {
            let roll = random.below(100)
            let otherForm = random.pick(Self.legalForms[entity.country]!)
            switch (entity.kind, roll) {
            case (_, 0..<16): return (entity.name, "exact", false)
            case (.company, 16..<34), (.acronym, 16..<34):
                return random.chance(40) ? (entity.base, "legal-form-dropped", false)
                    : ("\(entity.base) \(otherForm)", "legal-form", false)
            case (_, 34..<42): return (random.chance(50) ? entity.name.uppercased() : entity.name.lowercased(), "case", false)
            case (_, 42..<50):
                var name = entity.name.replacingAll("'", with: "").replacingAll(" & ", with: " and ")
                if name == entity.name { name = entity.name.replacingAll(" ", with: "  ") + "." }
                return (name, "punctuation", false)
            case (_, 50..<56):
                let name = entity.name.contains("&") ? entity.name.replacingAll("&", with: "and")
                    : entity.name.replacingAll(" and ", with: " & ")
                return (name, "ampersand", false)
            case (_, 56..<60): return (Self.stripAccents(entity.name), "accents", false)
            case (_, 60..<72):
                let name = typo(entity.name)
                return (name, name == entity.name ? "exact" : "typo", true)
            case (.person, 72..<80): return ("\(entity.last), \(entity.first)", "word-order", false)
            case (.person, 80..<86): return ("\(entity.first.prefix(1)). \(entity.last)", "initial", true)
            case (.person, 86..<92): return ("\(entity.last) \(entity.first)", "word-order-no-comma", true)
            case (.person, _):
                return (entity.name.replacingAll(" ", with: " ").uppercased(), "case", false)
            case (.trust, _):
                switch random.below(3) {
                case 0: return ("The Trustee for \(entity.trust)", "trust-form", false)
                case 1: return ("\(entity.trustee) ATF \(entity.trust)", "trust-atf", false)
                default: return (entity.trust, "trust-plain", false)
                }
            case (.soleTrader, _):
                return random.chance(50) ? (entity.base, "trading-name", false)
                    : ("\(entity.first) \(entity.last)", "trading-owner", false)
            case (_, 72..<82):
                let plural = entity.base.hasSuffix("s") ? String(entity.base.dropLast()) : entity.base + "s"
                return (plural, "plural", true)
            case (_, 82..<90): return ("\(entity.base) Services", "extra-word", true)
            default: return ("\(entity.base) \(otherForm)", "legal-form", false)
            }
        }

        /// A hard negative near `entity`: a different client with a similar name. nil when it has none.
        mutating func hardNegative(of entity: Entity) -> (name: String, kind: String, sharePostcode: Bool, sharePhone: Bool, companyNumber: String?)? {
            switch entity.kind {
            case .company where entity.base.hasPrefix(entity.last):
                var trade = random.pick(Self.trades)
                while trade == entity.trade { trade = random.pick(Self.trades) }
                return ("\(entity.last) \(trade) \(entity.legalForm)", "same-surname-other-trade", random.chance(30), false, nil)
            case .company:
                if random.chance(50), let number = entity.companyNumber {
                    var other = number
                    while other == number { other = random.digits(number.count) }
                    return (entity.name, "different-company-number", false, false, other)
                }
                return ("\(entity.base) No 2 \(entity.legalForm)", "different-number", random.chance(30), false, nil)
            case .acronym:
                var letters = Array(entity.base.prefix(3))
                letters[2] = letters[2] == "Z" ? "Y" : Character(Unicode.Scalar(letters[2].asciiValue! + 1))
                return ("\(String(letters))\(entity.base.dropFirst(3)) \(entity.legalForm)", "acronym-one-letter", false, false, nil)
            case .person:
                if random.chance(50) {
                    var first = random.pick(Self.firstNames)
                    while first == entity.first { first = random.pick(Self.firstNames) }
                    return ("\(first) \(entity.last)", "family-member", true, random.chance(50), nil)
                }
                return (entity.name, "same-name-other-person", false, false, nil)
            case .trust:
                if random.chance(50) {
                    return (entity.trustee, "trustee-company", true, false, nil)
                }
                let family = entity.trust.replacingAll(" Family Trust", with: " Family").replacingAll(" Superannuation Fund", with: " Family")
                return (family, "trust-vs-non-trust", true, false, nil)
            case .soleTrader:
                var trade = random.pick(Self.trades)
                while trade == entity.trade { trade = random.pick(Self.trades) }
                return ("\(entity.last) \(trade)", "same-surname-other-trade", random.chance(30), false, nil)
            }
        }

        mutating func make(references count: Int, rows rowCount: Int, source: ReferenceClient.Source, app: String)
            -> DedupeSyntheticData
        {
            var entities: [Entity] = []
            entities.reserveCapacity(count)
            var references: [ReferenceClient] = []
            references.reserveCapacity(count)
            for position in 0..<count {
                var entity = entity()
                // Xero's "-1" suffix on some people; a few people share a name with another (XPM, QBO jobs).
                if entity.kind == .person && random.chance(4) { entity.name += "-1" }
                entities.append(entity)
                references.append(Self.reference(entity, position: position, source: source, app: app))
            }
            // Same-name pairs: two different people called the same.
            let pairs = max(2, count / 150)
            for _ in 0..<pairs {
                let index = random.below(entities.count)
                guard entities[index].kind == .person, !entities[index].name.hasSuffix("-1") else { continue }
                var twin = entities[index]
                contact(&twin)
                entities.append(twin)
                references.append(Self.reference(twin, position: references.count, source: source, app: app))
            }

            var rows: [Row] = []
            rows.reserveCapacity(rowCount)
            var usedTruths = Set<Int>()
            while rows.count < rowCount {
                let roll = random.below(100)
                if roll < 6 && !rows.isEmpty {
                    // An in-file duplicate of an earlier row.
                    let earlier = random.below(rows.count)
                    var row = rows[earlier]
                    row.duplicateOf = row.duplicateOf ?? earlier
                    let name = random.chance(50) ? row.query.name.uppercased() : row.query.name + " "
                    row.query = MatchQuery(
                        name: name, emails: row.query.rawEmails, phones: row.query.rawPhones,
                        postcode: row.query.postcode, companyNumber: row.query.companyNumber)
                    row.kind = "in-file-duplicate"
                    rows.append(row)
                } else if roll < 72 {
                    let truth = random.below(entities.count)
                    guard usedTruths.insert(truth).inserted else { continue }
                    let entity = entities[truth]
                    let variant = variant(of: entity)
                    var name = variant.name
                    if name.hasSuffix("-1") && variant.kind != "exact" { name.removeLast(2) }
                    let emailRoll = random.below(100)
                    let email = emailRoll < (variant.corroborate ? 85 : 70) ? [entity.email]
                        : emailRoll < 88 ? [] : ["new.\(rows.count)@example.org"]
                    let phones = random.chance(variant.corroborate ? 45 : 35) ? [entity.phone] : []
                    let postcode = random.chance(80) ? entity.postcode : nil
                    let number = random.chance(30) ? entity.companyNumber : nil
                    rows.append(
                        Row(
                            query: MatchQuery(name: name, emails: email, phones: phones, postcode: postcode, companyNumber: number),
                            truth: truth, duplicateOf: nil, kind: variant.kind))
                } else if roll < 86 {
                    let near = random.below(count)
                    guard let negative = hardNegative(of: entities[near]) else { continue }
                    let keys = MatchKey.keys(for: negative.name)
                    if negative.kind != "same-name-other-person" && negative.kind != "different-company-number"
                        && keys.strong.contains(where: usedKeys.contains)
                    {
                        continue
                    }
                    if negative.kind == "same-name-other-person" && entities[near].name.hasSuffix("-1") { continue }
                    var person = entities[near]
                    contact(&person)
                    rows.append(
                        Row(
                            query: MatchQuery(
                                name: negative.name, emails: [person.email],
                                phones: negative.sharePhone ? [entities[near].phone] : (random.chance(40) ? [person.phone] : []),
                                postcode: negative.sharePostcode ? entities[near].postcode : person.postcode,
                                companyNumber: negative.companyNumber),
                            truth: nil, duplicateOf: nil, kind: negative.kind))
                } else {
                    let fresh = entity()
                    rows.append(
                        Row(
                            query: MatchQuery(
                                name: fresh.name, emails: random.chance(75) ? [fresh.email] : [],
                                phones: random.chance(40) ? [fresh.phone] : [], postcode: fresh.postcode,
                                companyNumber: fresh.companyNumber),
                            truth: nil, duplicateOf: nil, kind: "new-client"))
                }
            }
            return DedupeSyntheticData(references: references, rows: rows)
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    fileprivate func range(of target: String) -> Range<Index>? {
        let needle = Array(target.unicodeScalars)
        var index = unicodeScalars.startIndex
        while index < unicodeScalars.endIndex {
            var probe = index
            var matched = 0
            while matched < needle.count && probe < unicodeScalars.endIndex && unicodeScalars[probe] == needle[matched] {
                probe = unicodeScalars.index(after: probe)
                matched += 1
            }
            if matched == needle.count { return index..<probe }
            index = unicodeScalars.index(after: index)
        }
        return nil
    }
}
