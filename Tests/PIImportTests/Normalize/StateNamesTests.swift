import Testing

@testable import PIImport

extension Normalize {
    @Suite struct StateNamesTests {
        @Test(arguments: [
            ("New South Wales", "AU", "NSW"), ("NSW", "AU", "NSW"), ("nsw", "AU", "NSW"), ("N.S.W.", "AU", "NSW"),
            ("Victoria", "AU", "VIC"), ("Vic", "AU", "VIC"), ("Qld", "AU", "QLD"), ("Tas.", "AU", "TAS"),
            ("Australian Capital Territory", "AU", "ACT"), ("WA", "AU", "WA"), ("Western Australia", nil, "WA"),
            ("WA", "US", "WA"), ("Washington", "US", "WA"), ("california", "US", "CA"), ("CA", "US", "CA"),
            ("Washington D.C.", "US", "DC"), ("Puerto Rico", "US", "PR"), ("Québec", "CA", "QC"),
            ("PQ", "CA", "QC"), ("British Columbia", "Canada", "BC"), ("NT", "CA", "NT"), ("NT", "AU", "NT"),
            ("New South Wales", nil, "NSW"), ("Ontario", nil, "ON"),
        ] as [(String, String?, String)])
        func abbreviation(_ text: String, _ country: String?, _ expected: String) {
            #expect(StateNames.abbreviation(for: text, country: country) == expected)
        }

        @Test func lookups() {
            #expect(StateNames.lookup("NT", country: "AU")?.name == "Northern Territory")
            #expect(StateNames.lookup("NT", country: "CA")?.name == "Northwest Territories")
            #expect(StateNames.lookup("NT", country: nil) == nil)  // ambiguous
            #expect(StateNames.lookup("WA", country: nil) == nil)  // ambiguous
            #expect(StateNames.lookup("NSW", country: "US") == nil)
            #expect(StateNames.lookup("Narnia", country: "AU") == nil)
            #expect(StateNames.all.count == 8 + 51 + 5 + 13)
        }

        static let normalizeCases: [(NormalizeCase, String?)] = [
            (NormalizeCase("New South Wales", "New South Wales"), "AU"),
            (NormalizeCase(" NSW ", "NSW"), "AU"),
            (NormalizeCase("nsw", "nsw"), "AU"),
            (NormalizeCase("Auckland", "Auckland"), "NZ"),
            (NormalizeCase("Auckland", "Auckland", [.stateUnknown]), "AU"),
            (NormalizeCase("Sydney", "Sydney", [.stateUnknown]), "AU"),
            (NormalizeCase("Anywhere", "Anywhere"), nil),
            (NormalizeCase("", ""), "AU"),
        ]

        @Test func normalize() {
            for (row, country) in Self.normalizeCases {
                check(StateNames.normalize(row.input, country: country), row)
            }
        }
    }
}
