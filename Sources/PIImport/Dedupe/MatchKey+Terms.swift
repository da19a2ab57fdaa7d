/// Word lists of the match-key pipeline (domain.md 6.1 and 6.2), as folded, punctuation-free tokens.
extension MatchKey {
    enum Terms {
        static func tokens(_ text: String) -> Token { Array(text.utf8) }

        static let ampersand = tokens("&")
        static let and = tokens("and")
        static let atf = tokens("atf")
        static let ta = tokens("t/a")
        static let new = tokens("new")
        static let zealand = tokens("zealand")
        static let nz = tokens("nz")

        /// Tokens that keep their slash.
        static let slashTokens: Set<Token> = Set(["t/a", "t/as", "a/c", "a/s", "c/o"].map(tokens))

        static let leadingPrefixes: [[Token]] = [
            "the trustees for", "the trustee for", "trustees for", "trustee for", "the",
        ].map { $0.split(separator: " ").map { tokens(String($0)) } }

        /// Split markers, longest first at each position.
        static let splitMarkers: [([Token], Marker)] = [
            ("as trustees for", .trust), ("as trustee for", .trust), ("as trustee of", .trust),
            ("trustees for", .trust), ("trustee for", .trust), ("atf", .trust),
            ("trading as", .trading), ("t/as", .trading), ("t/a", .trading),
        ].map { (text, kind) in (text.split(separator: " ").map { tokens(String($0)) }, kind) }

        /// Whether a split marker starts with this byte, by byte value.
        static let startsSplitMarker: [Bool] = {
            var table = [Bool](repeating: false, count: 256)
            for (marker, _) in splitMarkers { table[Int(marker[0][0])] = true }
            return table
        }()

        static let registrationWords: [Token] = ["acn", "abn", "arbn", "nzbn"].map(tokens)

        /// Trailing legal forms by country (after folding and punctuation removal: `Pty. Ltd.` is
        /// `pty ltd`, `L.L.C.` is `llc`, `S.A.R.F.` is `sarf`, `(Pty) Ltd` is `pty ltd`, `Ltée` is `ltee`).
        static let legalForms: [String] = [
            // Australia (Corporations Act s148, s149)
            "pty ltd", "pty limited", "proprietary ltd", "proprietary limited", "pty", "proprietary",
            "ltd", "limited", "nl", "no liability",
            "co", "coy", "company", "and co", "and coy", "and company",
            // New Zealand (Companies Act 1993 s21)
            "unlimited", "tapui", "tapui limited", "tapui ltd",
            // United Kingdom (Companies Act 2006; Companies House endings)
            "plc", "public limited company", "llp", "limited liability partnership", "lp", "limited partnership",
            "cic", "community interest company", "community interest plc", "cio",
            "charitable incorporated organisation", "cyf", "cyfyngedig", "ccc", "cwmni cyfyngedig cyhoeddus",
            "cwmni buddiant cymunedol", "partneriaeth atebolrwydd cyfyngedig",
            // United States
            "llc", "limited liability company", "inc", "incorporated", "corp", "corporation", "lllp",
            "limited liability limited partnership", "pllc", "professional limited liability company",
            "pc", "professional corporation", "pa", "professional association",
            // Canada (CBCA s10; provinces)
            "ulc", "unlimited liability corporation", "unlimited liability company", "ltee", "limitee",
            "incorporee", "sarf", "societe par actions de regime federal",
            // Europe, seen in client lists
            "gmbh", "sa", "a/s",
        ]

        /// Legal forms grouped by their last token, longest first within a group.
        static let legalFormsByLastToken: [UInt32: [[Token]]] = {
            var table: [UInt32: [[Token]]] = [:]
            for form in legalForms {
                let term = form.split(separator: " ").map { tokens(String($0)) }
                table[bucket(term.last!), default: []].append(term)
            }
            for (key, terms) in table {
                table[key] = terms.sorted { $0.count > $1.count }
            }
            return table
        }()

        static func bucket(_ token: Token) -> UInt32 {
            guard let first = token.first else { return 0 }
            return UInt32(truncatingIfNeeded: token.count) << 16 | UInt32(first) << 8 | UInt32(token[token.count - 1])
        }

        /// Weak-key synonyms (domain.md 6.4 step 7).
        static let synonyms: [Token: Token] = {
            let pairs = [
                ("company", "co"), ("coy", "co"), ("number", "no"), ("australian", "aust"),
                ("australia", "aust"), ("brothers", "bros"), ("bros", "bros"), ("centre", "center"), ("saint", "st"),
            ]
            var table: [Token: Token] = [:]
            for (from, to) in pairs { table[tokens(from)] = tokens(to) }
            return table
        }()

        /// Words that make a name a business's rather than a person's.
        static let businessWords: Set<Token> = Set(
            [
                "trust", "fund", "super", "superannuation", "smsf", "estate", "family", "holdings", "holding",
                "group", "services", "service", "solutions", "consulting", "consultants", "accounting",
                "accountants", "advisory", "partners", "partnership", "associates", "enterprises", "investments",
                "investment", "property", "properties", "plumbing", "electrical", "building", "builders",
                "construction", "constructions", "cafe", "restaurant", "bakery", "studio", "design", "media",
                "motors", "automotive", "transport", "logistics", "farm", "farms", "farming", "pastoral",
                "dental", "medical", "health", "clinic", "pharmacy", "legal", "lawyers", "law", "realty",
                "real", "marketing", "digital", "tech", "technology", "technologies", "systems", "software",
                "capital", "ventures", "trading", "traders", "supplies", "store", "shop", "hardware",
                "industries", "international", "global", "australia", "aust", "nz", "uk", "usa",
                "landscaping", "gardens", "painting", "roofing", "carpentry", "cleaning", "engineering",
                "management", "finance", "financial", "insurance", "imports", "exports", "club", "society",
                "association", "church", "school", "foundation", "council", "kitchen", "bar", "hotel", "pub",
                "salon", "fitness", "gym", "physio", "vet", "veterinary", "childcare", "care", "homes",
                "developments", "projects", "labs", "agency", "bros", "brothers", "sons", "co", "company", "and", "of", "the",
            ].map(tokens))
    }
}
