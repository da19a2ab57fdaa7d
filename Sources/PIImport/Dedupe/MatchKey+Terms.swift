/// Word lists of the match-key pipeline (domain.md 6.1 and 6.2), as folded, punctuation-free words of
/// string literals (static memory), so that looking a token up allocates nothing.
extension MatchKey {
    enum Terms {
        static let ampersand = Term("&")
        static let and = Term("and")
        static let atf = Term("atf")
        static let ta = Term("t/a")
        static let new = Term("new")
        static let zealand = Term("zealand")
        static let nz = Term("nz")

        /// Tokens that keep their slash.
        static let slashTokens = WordTable(["t/a", "t/as", "a/c", "a/s", "c/o"].map(Term.init))

        static let leadingPrefixes: [[Term]] = [
            "the trustees for", "the trustee for", "trustees for", "trustee for", "the",
        ].map(Term.words)

        /// Split markers, longest first at each position.
        static let splitMarkers: [(words: [Term], marker: Marker)] = [
            ("as trustees for", .trust), ("as trustee for", .trust), ("as trustee of", .trust),
            ("trustees for", .trust), ("trustee for", .trust), ("atf", .trust),
            ("trading as", .trading), ("t/as", .trading), ("t/a", .trading),
        ].map { (text, kind) in (Term.words(text), kind) }

        /// Whether a split marker starts with this byte, by byte value.
        static let startsSplitMarker: [Bool] = {
            var table = [Bool](repeating: false, count: 256)
            for (words, _) in splitMarkers { table[Int(words[0].bytes[0])] = true }
            return table
        }()

        static let registrationWords: [Term] = ["acn", "abn", "arbn", "nzbn"].map(Term.init)

        /// Trailing legal forms by country (after folding and punctuation removal: `Pty. Ltd.` is
        /// `pty ltd`, `L.L.C.` is `llc`, `S.A.R.F.` is `sarf`, `(Pty) Ltd` is `pty ltd`, `Ltée` is `ltee`).
        static let legalForms: [StaticString] = [
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

        /// The last words of the legal forms; ``legalFormsByLastWord`` holds, under each one's index, the
        /// legal forms that end with it, longest first.
        static let legalFormLastWords = WordTable(legalFormGroups.map(\.last))
        static let legalFormsByLastWord: [[[Term]]] = legalFormGroups.map(\.forms)

        private static let legalFormGroups: [(last: Term, forms: [[Term]])] = {
            var groups: [(last: Term, forms: [[Term]])] = []
            for form in legalForms {
                let words = Term.words(form)
                if let group = groups.firstIndex(where: { $0.last.bytes.elementsEqual(words.last!.bytes) }) {
                    groups[group].forms.append(words)
                } else {
                    groups.append((words.last!, [words]))
                }
            }
            return groups.map { ($0.last, $0.forms.sorted { $0.count > $1.count }) }
        }()

        /// Weak-key synonyms (domain.md 6.4 step 7): ``synonymTargets`` holds, under each word's index in
        /// ``synonymWords``, what it becomes.
        static let synonymWords = WordTable(synonyms.map { Term($0.from) })
        static let synonymTargets: [Term] = synonyms.map { Term($0.to) }

        private static let synonyms: [(from: StaticString, to: StaticString)] = [
            ("company", "co"), ("coy", "co"), ("number", "no"), ("australian", "aust"),
            ("australia", "aust"), ("brothers", "bros"), ("bros", "bros"), ("centre", "center"), ("saint", "st"),
        ]

        /// Words that make a name a business's rather than a person's.
        static let businessWords = WordTable(
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
            ].map(Term.init))
    }
}
