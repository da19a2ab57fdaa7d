import Testing

@testable import PIImport

extension Normalize {
    @Suite struct CountryNamesTests {
        static let cases: [NormalizeCase] = [
            // Fast path.
            NormalizeCase("Australia", "Australia"),
            NormalizeCase("New Zealand", "New Zealand"),
            NormalizeCase("", ""),
            // Australia.
            NormalizeCase("AU", "Australia"),
            NormalizeCase("AUS", "Australia"),
            NormalizeCase("Aus", "Australia"),
            NormalizeCase("australia", "Australia"),
            NormalizeCase(" AUSTRALIA. ", "Australia"),
            NormalizeCase("Austrailia", "Australia"),
            // New Zealand.
            NormalizeCase("NZ", "New Zealand"),
            NormalizeCase("NZL", "New Zealand"),
            NormalizeCase("N.Z.", "New Zealand"),
            NormalizeCase("new zealand", "New Zealand"),
            NormalizeCase("Aotearoa", "New Zealand"),
            NormalizeCase("New\u{A0}Zealand", "New Zealand"),
            // United Kingdom.
            NormalizeCase("UK", "United Kingdom"),
            NormalizeCase("GB", "United Kingdom"),
            NormalizeCase("GBR", "United Kingdom"),
            NormalizeCase("Great Britain", "United Kingdom"),
            NormalizeCase("England", "United Kingdom"),
            NormalizeCase("Scotland", "United Kingdom"),
            NormalizeCase("Wales", "United Kingdom"),
            NormalizeCase("Northern Ireland", "United Kingdom"),
            NormalizeCase("U.K.", "United Kingdom"),
            NormalizeCase("United Kingdom of Great Britain and Northern Ireland", "United Kingdom"),
            // United States and Canada.
            NormalizeCase("US", "United States"),
            NormalizeCase("USA", "United States"),
            NormalizeCase("U.S.A.", "United States"),
            NormalizeCase("United States of America", "United States"),
            NormalizeCase("America", "United States"),
            NormalizeCase("CA", "Canada"),
            NormalizeCase("CAN", "Canada"),
            NormalizeCase("ca", "Canada"),
            // Others: ISO names, formal names, accents, `The`, `St`, `&`.
            NormalizeCase("DEU", "Germany"),
            NormalizeCase("Korea, Republic of", "South Korea"),
            NormalizeCase("Cote d'Ivoire", "Côte d'Ivoire"),
            NormalizeCase("CÔTE D’IVOIRE", "Côte d'Ivoire"),
            NormalizeCase("Ivory Coast", "Côte d'Ivoire"),
            NormalizeCase("The Netherlands", "Netherlands"),
            NormalizeCase("Holland", "Netherlands"),
            NormalizeCase("St. Lucia", "Saint Lucia"),
            NormalizeCase("Trinidad & Tobago", "Trinidad and Tobago"),
            NormalizeCase("Viet Nam", "Vietnam"),
            NormalizeCase("Turkiye", "Turkey"),
            NormalizeCase("Curacao", "Curaçao"),
            NormalizeCase("ＪＰ", "Japan"),
            // Unknown.
            NormalizeCase("Narnia", "Narnia", [.countryUnknown]),
            NormalizeCase("  Atlantis  ", "Atlantis", [.countryUnknown]),
            NormalizeCase("XX", "XX", [.countryUnknown]),
            NormalizeCase("The", "The", [.countryUnknown]),
            NormalizeCase("...", "...", [.countryUnknown]),
        ]

        @Test(arguments: cases)
        func normalize(_ row: NormalizeCase) {
            check(CountryNames.normalize(row.input), row)
        }

        @Test func codes() {
            #expect(CountryNames.code(for: "Australia") == "AU")
            #expect(CountryNames.code(for: "England") == "GB")
            #expect(CountryNames.code(for: "U.S.A.") == "US")
            #expect(CountryNames.code(for: "Aotearoa") == "NZ")
            #expect(CountryNames.code(for: "canada") == "CA")
            #expect(CountryNames.code(for: "Narnia") == nil)
            #expect(CountryNames.code(for: "") == nil)
            #expect(CountryNames.lookup("NZL") == Country(alpha2: "NZ", alpha3: "NZL", name: "New Zealand"))
        }

        @Test func tableIsCompleteAndConsistent() {
            let all = CountryNames.all
            #expect(all.count == 249)
            #expect(CountryNames.table.conflicts == [])
            #expect(Set(all.map(\.alpha2)).count == 249)
            #expect(Set(all.map(\.alpha3)).count == 249)
            #expect(Set(all.map(\.name)).count == 249)
            #expect(all.map(\.alpha2) == all.map(\.alpha2).sorted())
            for country in all {
                #expect(country.alpha2.utf8.count == 2 && country.alpha3.utf8.count == 3)
                #expect(CountryNames.lookup(country.alpha2) == country)
                #expect(CountryNames.lookup(country.alpha2.lowercased()) == country)
                #expect(CountryNames.lookup(country.alpha3) == country)
                #expect(CountryNames.lookup(country.name) == country)
                #expect(CountryNames.lookup(country.name.uppercased()) == country)
                #expect(CountryNames.normalize(country.name).notes.isEmpty)
            }
        }

        /// The exact table finds every name and code by its bytes, as a dictionary would, and nothing else.
        @Test func exactTableFindsWhatADictionaryFinds() {
            var table = ExactNameTable()
            var dictionary: [String: Int] = [:]
            for (index, country) in CountryNames.all.enumerated() {
                for name in [country.alpha2, country.alpha3, country.name] {
                    table.insert(name, index)
                    dictionary[name] = index
                }
            }
            table.insert("AU", 7)
            dictionary["AU"] = 7
            for (name, index) in dictionary {
                #expect(table.value(for: name) == index, "\(name)")
                #expect(CountryNames.table.byExact.value(for: name) != nil, "\(name)")
            }
            for miss in ["", "A", "au", "Australi", "Australia ", "Australiaa", "Cote d'Ivoire", "Co\u{302}te d’Ivoire"] {
                #expect(table.value(for: miss) == nil, "\(miss)")
            }
            #expect(ExactNameTable().value(for: "Australia") == nil)
        }

        @Test(arguments: [
            ("U.S.A.", "usa"), ("Côte d’Ivoire", "cote divoire"), ("The Netherlands", "netherlands"),
            ("St. Lucia", "saint lucia"), ("Trinidad & Tobago", "trinidad and tobago"),
            ("  New\tZealand ", "new zealand"), ("Guinea-Bissau", "guinea bissau"), ("the", ""),
            ("Congo, The Democratic Republic of the", "congo the democratic republic of the"),
            ("ÅLAND", "aland"), ("", ""),
        ])
        func lookupKey(_ text: String, _ key: String) {
            #expect(CountryNames.lookupKey(text) == key)
        }

        @Test func unknownIsAWarning() {
            #expect(CountryNames.normalize("Narnia").severity == .warning)
        }
    }
}
