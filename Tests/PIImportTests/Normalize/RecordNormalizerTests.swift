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

        /// What one look says finds nothing finds nothing when cleaned: for seeded random countries,
        /// postcodes, phone numbers and websites (codes, names and variants in any case, digits and
        /// letters with separators, `+`, stray quotes and white space, schemes, hosts and paths with
        /// digits), in rows of each country whose postcodes and phones are checked and of others, `clean`
        /// then notes nothing and removes no tax number.
        @Test func findsNothingMeansCleaningFindsNothing() {
            var generator = SeededRandom(seed: 2_612)
            let normalizer = RecordNormalizer()
            let place = CellPosition(row: SourcePosition(file: "clients.csv", row: 2), headers: ["X"], column: 1)
            let countries = CountryNames.table.countries.flatMap { [$0.alpha2, $0.alpha3, $0.name] } + [
                "australia", "UK", "U.S.A.", "New  Zealand", " Canada", "'=AU", "Deutschland", "",
            ]
            let pieces = ["0", "1", "2", "8", "9", "A", "B", "S", "W", "a", " ", "  ", "-", "'", "'=", "\u{A0}", "é"]
            let phonePieces = ["0", "2", "4", "6", "1", "9", "64", "44", "61", " ", "-", ".", "/", "(", ")", "+", "x", "  "]
            let websitePieces = [
                "https://", "http://", "www.", "kauri", "motors", "-", ".", "example", "com", "au", "/", "123",
                "456789012", "?q=1", "#", "HTTPS://", " ", "'", "é",
            ]
            func random(_ pieces: [String], upTo count: Int) -> String {
                (0..<Int.random(in: 1...count, using: &generator)).map { _ in
                    pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                }.joined()
            }
            var taken: [RecordNormalizer.Rule: Int] = [:]
            for step in 0..<40_000 {
                let rowCountry = [nil, "AU", "NZ", "GB", "US", "CA", "DE"][step % 7]
                let (text, rule, field): (String, RecordNormalizer.Rule, ClientField)
                switch step % 4 {
                case 0: (text, rule, field) = (countries[Int.random(in: 0..<countries.count, using: &generator)], .country, .address(.country))
                case 1: (text, rule, field) = (random(pieces, upTo: 9), .postcode, .address(.postcode))
                case 2:
                    // Mostly well-formed numbers, so that many are taken.
                    let digits = (0..<Int.random(in: 8...12, using: &generator)).map { _ in String(Int.random(in: 0...9, using: &generator)) }
                    let phone = step % 8 == 2 ? random(phonePieces, upTo: 16) : (step % 3 == 0 ? "+" : "0") + digits.joined()
                    (text, rule, field) = (phone, .phone, .phone)
                default:
                    // Mostly well-formed addresses, so that many are taken.
                    let host = ["www.", ""].randomElement(using: &generator)! + random(["kauri", "motors", "9", "-"], upTo: 3)
                    let tail = [".example", ".com.au", ".co.nz/", ".com/about", ".com/123456789", ".COM"]
                    let website =
                        step % 8 == 3 ? "https://" + random(websitePieces, upTo: 6)
                        : ["https://", "http://"].randomElement(using: &generator)! + host
                            + tail.randomElement(using: &generator)!
                    (text, rule, field) = (website, .website, .website)
                }
                guard StringBytes.withBytes(text, { normalizer.findsNothing($0, rule: rule, country: rowCountry) })
                else { continue }
                taken[rule, default: 0] += 1
                let cleaned = normalizer.clean(text, field: field, country: rowCountry, at: place)
                #expect(cleaned.diagnostics.isEmpty && cleaned.redactions == 0, "\(text.debugDescription) \(rowCountry ?? "-")")
            }
            #expect(taken[.country, default: 0] > 3_000 && taken[.postcode, default: 0] > 1_000)
            #expect(taken[.phone, default: 0] > 500 && taken[.website, default: 0] > 500)
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
