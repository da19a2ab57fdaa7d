import Testing

@testable import PIImport

extension Normalize {
    @Suite struct RecordNormalizerTests {
        /// The shortcut that takes a text cell as it is never skips work the full path would do: for
        /// seeded random texts of letters, digits, white space, quotes, masks and tax labels, whenever
        /// it is taken the cleaner returns the text unchanged and without notes, no neutralising quote
        /// is dropped, and the tax-number scanner (removing every 9-digit number) finds nothing.
        @Test func shortcutChangesNothingTheFullPathWould() {
            var generator = SeededRandom(seed: 2_611)
            let pieces = [
                "Kauri", "Motors", " ", "  ", "\t", "\n", " \n", "'", "'=", "'+", "'@", "=", "-", "*", "**", "X", "x",
                "•", "TFN ", "ssn:", "NI ", "ABN ", "é", "Å", "Ł", "ā", "\u{301}", "\u{85}", "\u{A0}", "\u{200B}", ",", ";",
                ".", "(", ")", "+", "#",
            ]
            var taken = 0
            for _ in 0..<20_000 {
                var text = ""
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    if Int.random(in: 0..<3, using: &generator) == 0 {
                        for _ in 0..<Int.random(in: 1...4, using: &generator) {
                            text += String(Int.random(in: 0...9, using: &generator))
                        }
                    } else {
                        text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                    }
                }
                for lines in [TextCleaner.LineMode.singleLine, .multiLine] {
                    guard RecordNormalizer.needsNothing(text, lines: lines) else { continue }
                    taken += 1
                    #expect(TextCleaner.clean(text, lines: lines) == Normalized(text), "\(text.debugDescription)")
                    #expect(RecordNormalizer.withoutNeutralisingQuote(text) == text, "\(text.debugDescription)")
                    var storage = text
                    let ranges = storage.withUTF8 { bytes in
                        var scanner = RedactionScanner(
                            bytes: bytes, stripsUnlabelledEIN: true, stripsEveryNineDigitNumber: true)
                        scanner.scan()
                        return scanner.ranges
                    }
                    #expect(ranges.isEmpty, "\(text.debugDescription)")
                }
            }
            #expect(taken > 2_000)
        }

        /// What one look says finds nothing finds nothing when cleaned: for seeded random countries and
        /// postcodes (codes, names and variants in any case, digits and letters with spaces, stray
        /// quotes and white space), in rows of each country whose postcodes are checked and of others,
        /// `clean` then notes nothing and removes no tax number.
        @Test func findsNothingMeansCleaningFindsNothing() {
            var generator = SeededRandom(seed: 2_612)
            let normalizer = RecordNormalizer()
            let place = CellPosition(row: SourcePosition(file: "clients.csv", row: 2), headers: ["X"], column: 1)
            let countries = CountryNames.table.countries.flatMap { [$0.alpha2, $0.alpha3, $0.name] } + [
                "australia", "UK", "U.S.A.", "New  Zealand", " Canada", "'=AU", "Deutschland", "",
            ]
            let pieces = ["0", "1", "2", "8", "9", "A", "B", "S", "W", "a", " ", "  ", "-", "'", "'=", "\u{A0}", "é"]
            var taken = 0
            for step in 0..<20_000 {
                let rowCountry = [nil, "AU", "NZ", "GB", "US", "CA", "DE"][step % 7]
                let (text, rule): (String, RecordNormalizer.Rule)
                if step % 2 == 0 {
                    text = countries[Int.random(in: 0..<countries.count, using: &generator)]
                    rule = .country
                } else {
                    text = (0..<Int.random(in: 1...9, using: &generator)).map { _ in
                        pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                    }.joined()
                    rule = .postcode
                }
                guard StringBytes.withBytes(text, { RecordNormalizer.findsNothing($0, rule: rule, country: rowCountry) })
                else { continue }
                taken += 1
                let field: ClientField = rule == .country ? .address(.country) : .address(.postcode)
                let cleaned = normalizer.clean(text, field: field, country: rowCountry, at: place)
                #expect(cleaned.diagnostics.isEmpty && cleaned.redactions == 0, "\(text.debugDescription) \(rowCountry ?? "-")")
            }
            #expect(taken > 5_000)
        }

        /// Cells the shortcut takes and cells it leaves come out of `clean` as the normalizers make them.
        @Test func cleanGivesTheNormalizersValues() {
            let normalizer = RecordNormalizer()
            let place = CellPosition(row: SourcePosition(file: "clients.csv", row: 2), headers: ["Notes"], column: 1)
            func clean(_ text: String, _ field: ClientField) -> RecordNormalizer.Cleaned {
                normalizer.clean(text, field: field, country: "AU", at: place)
            }
            #expect(clean("Kauri Motors", .name).value == "Kauri Motors")
            #expect(clean("12 Ocean Dr.\nHalf Moon Bay", .address(.lines)).value == "12 Ocean Dr.\nHalf Moon Bay")
            #expect(clean("12 Ocean Dr.\nHalf Moon Bay", .name).value == "12 Ocean Dr. Half Moon Bay")
            #expect(clean("  Kauri  Motors ", .name).value == "Kauri Motors")
            #expect(clean("'=SUM(A1)", .notes).value == "=SUM(A1)")
            let redacted = clean("TFN 865 414 088", .notes)
            #expect(redacted.value == "TFN [tax number removed]")
            #expect(redacted.redactions == 1)
            #expect(redacted.diagnostics.map(\.code) == [.taxNumberRedacted])
            #expect(redacted.diagnostics.first?.position.columnName == "Notes")
            #expect(clean("02 9000 1111", .phone).value == "+61290001111")
        }
    }
}
