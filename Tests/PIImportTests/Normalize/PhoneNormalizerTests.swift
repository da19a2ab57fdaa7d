import Testing

@testable import PIImport

extension Normalize {
    @Suite struct PhoneNormalizerTests {
        struct Case: Sendable, CustomTestStringConvertible {
            let input: String
            let country: String?
            let expected: String
            let extensionNumber: String?
            let codes: [DiagnosticCode]
            let sourceLocation: SourceLocation

            init(
                _ input: String, _ country: String?, _ expected: String, ext: String? = nil,
                _ codes: [DiagnosticCode] = [], sourceLocation: SourceLocation = #_sourceLocation
            ) {
                self.input = input
                self.country = country
                self.expected = expected
                self.extensionNumber = ext
                self.codes = codes
                self.sourceLocation = sourceLocation
            }

            var testDescription: String { "\(input.debugDescription) in \(country ?? "nil")" }
        }

        static let cases: [Case] = [
            // Fast path: already E.164.
            Case("+61290001111", "AU", "+61290001111"),
            Case("+61290001111", nil, "+61290001111"),
            Case("+442079460018", "US", "+442079460018"),
            Case("", "AU", ""),
            // Australia.
            Case("02 9000 1111", "AU", "+61290001111"),
            Case("(02) 9000 1111", "AU", "+61290001111"),
            Case("0412 338 902", "AU", "+61412338902"),
            Case("0412-338-902", "au", "+61412338902"),
            Case("+61 412 338 902", "AU", "+61412338902"),
            Case("+61 (0)2 9000 1111", "AU", "+61290001111"),
            Case("+61 02 9000 1111", "AU", "+61290001111"),
            Case("61 412 338 902", "AU", "+61412338902"),
            Case("0011 44 20 7946 0018", "AU", "+442079460018"),
            Case("412338902", "AU", "+61412338902", [.phoneLeadingZeroRestored]),
            Case("1300 123 456", "AU", "1300 123 456", [.phoneNationalOnly]),
            Case("1800123456", "AU", "1800 123 456", [.phoneNationalOnly]),
            Case("13 14 50", "AU", "13 14 50", [.phoneNationalOnly]),
            Case("131450", "AU", "13 14 50", [.phoneNationalOnly]),
            Case("02 9000 111", "AU", "02 9000 111", [.phoneInvalid]),
            Case("06 9000 1111", "AU", "06 9000 1111", [.phoneInvalid]),
            Case("1300 FLOWERS", "AU", "1300 FLOWERS", [.phoneInvalid]),
            // Real-world junk.
            Case("０４１２ ３３８ ９０２", "AU", "+61412338902"),
            Case("0412\u{A0}338\u{A0}902", "AU", "+61412338902"),
            Case("\u{200B}0412 338 902", "AU", "+61412338902", [.textInvisibleCharactersRemoved]),
            Case("Ph: 02 9000 1111", "AU", "+61290001111"),
            Case("Mobile: 0412 338 902", "AU", "+61412338902"),
            Case("M: 0412 338 902", "AU", "+61412338902"),
            Case("Tel. +61 2 9000 1111", nil, "+61290001111"),
            Case("02 9000 1111 x123", "AU", "+61290001111", ext: "123", [.phoneExtensionSeparated]),
            Case("02 9000 1111 ext. 45", "AU", "+61290001111", ext: "45", [.phoneExtensionSeparated]),
            Case("(415) 444-6538 #7", "US", "+14154446538", ext: "7", [.phoneExtensionSeparated]),
            Case("61412338902.0", "AU", "+61412338902"),
            Case("0412 338 902.0", "AU", "0412 338 902.0", [.phoneInvalid]),
            Case("412338902.0", "AU", "+61412338902", [.phoneLeadingZeroRestored]),
            Case("6.14E+10", "AU", "6.14E+10", [.phoneScientificNotation]),
            Case("4.15444E+9", "US", "4.15444E+9", [.phoneScientificNotation]),
            Case("  6,14e10 ", nil, "6,14e10", [.phoneScientificNotation]),
            Case("0412 338 902 / 02 9000 1111", "AU", "0412 338 902 / 02 9000 1111", [.phoneInvalid]),
            Case("n/a", "AU", "n/a", [.phoneInvalid]),
            Case("-", "AU", "-", [.phoneInvalid]),
            Case("0412 338 902 x", "AU", "0412 338 902 x", [.phoneInvalid]),
            // New Zealand.
            Case("021 555 0101", "NZ", "+64215550101"),
            Case("09 123 4567", "NZ", "+6491234567"),
            Case("(03) 477 1234", "NZ", "+6434771234"),
            Case("+64 21 555 0101", "NZ", "+64215550101"),
            Case("0800 123 456", "NZ", "0800 123 456", [.phoneNationalOnly]),
            Case("21 555 0101", "NZ", "+64215550101", [.phoneLeadingZeroRestored]),
            Case("09 123 456", "NZ", "09 123 456", [.phoneInvalid]),
            // United Kingdom.
            Case("020 7946 0018", "GB", "+442079460018"),
            Case("07700 900123", "GB", "+447700900123"),
            Case("07700 900123", "UK", "+447700900123"),
            Case("+44 (0)20 7946 0018", nil, "+442079460018"),
            Case("0044 20 7946 0018", "GB", "+442079460018"),
            Case("7700900123", "GB", "+447700900123", [.phoneLeadingZeroRestored]),
            Case("0800 123 4567", "GB", "+448001234567"),
            Case("020 7946 001", "GB", "020 7946 001", [.phoneInvalid]),
            // United States and Canada.
            Case("(415) 444-6538", "US", "+14154446538"),
            Case("415.444.6538", "US", "+14154446538"),
            Case("1-415-444-6538", "US", "+14154446538"),
            Case("+1 415 444 6538", nil, "+14154446538"),
            Case("Phone:(415) 444-6538", "US", "+14154446538"),
            Case("Phone:(415) 444-6538", nil, "(415) 444-6538", [.phoneNotNormalized]),
            Case("(604) 555-0199", "CA", "+16045550199"),
            Case("011 44 20 7946 0018", "US", "+442079460018"),
            Case("555-0101", "US", "555-0101", [.phoneInvalid]),
            Case("(015) 444-6538", "US", "(015) 444-6538", [.phoneInvalid]),
            // Other countries: international form only.
            Case("+49 30 1234567", "DE", "+49301234567"),
            Case("+49 (0)30 1234567", "DE", "+49301234567"),
            Case("0049 30 1234567", nil, "+49301234567"),
            Case("030 1234567", "DE", "030 1234567", [.phoneNotNormalized]),
            Case("02 9000 1111", nil, "02 9000 1111", [.phoneNotNormalized]),
            Case("+49 123", "DE", "+49 123", [.phoneInvalid]),
            Case("+1234567890123456", nil, "+1234567890123456", [.phoneInvalid]),
            Case("+0 123 456 789", nil, "+0 123 456 789", [.phoneInvalid]),
        ]

        @Test(arguments: cases)
        func normalize(_ row: Case) {
            let result = PhoneNormalizer.normalize(row.input, country: row.country)
            #expect(result.value.number == row.expected, sourceLocation: row.sourceLocation)
            #expect(result.value.extensionNumber == row.extensionNumber, sourceLocation: row.sourceLocation)
            #expect(result.notes.map(\.code) == row.codes, sourceLocation: row.sourceLocation)
            expectNoValueInMessages(result.notes, row.input, sourceLocation: row.sourceLocation)
        }

        @Test func defaultCountry() {
            #expect(PhoneNormalizer.normalize("0412 338 902", defaultCountry: "AU").value.number == "+61412338902")
            #expect(PhoneNormalizer.normalize("021 555 0101", country: "NZ", defaultCountry: "AU").value.number
                == "+64215550101")
            #expect(PhoneNormalizer.normalize("0412 338 902").has(.phoneNotNormalized))
        }

        @Test func notesHaveSeverities() {
            #expect(PhoneNormalizer.normalize("02 9000 1111").severity == .warning)
            #expect(PhoneNormalizer.normalize("1300 123 456", country: "AU").severity == .info)
            #expect(PhoneNormalizer.normalize("6.14E+10", country: "AU").severity == .warning)
        }

        /// The one-pass look for a plain number and the full path give the same number, extension and notes,
        /// byte for byte: seeded random cells of digits in every
        /// grouping, `+`, `00` and `0011` prefixes, every separator (single, doubled, at either end), `(0)`,
        /// `.0`, labels, extensions, letters, full-width digits and Unicode spaces, for every country the
        /// normalizer formats, others and none.
        @Test func plainNumberAgreesWithParsing() {
            let pieces = [
                "0", "2", "4", "1", "6", "9", "02", "04", "412", "9000", "1111", "61", "64", "44", "1300", "0800",
                "13", "011", "0011", "00", " ", " ", " ", "  ", "-", ".", "/", "(", ")", "(0)", "+", ".0", "x",
                "ext. ", "#", "Ph: ", "M ", "e", "E+10", "０４", "\u{A0}", "–", "\u{200B}", "é", ",", ":", "*",
            ]
            let countries: [String?] = ["AU", "au", "NZ", "GB", "UK", "US", "CA", "DE", "FR", "Australia", nil]
            var generator = SeededRandom(seed: 61_412)
            var plain = 0
            for _ in 0..<30_000 {
                var text = generator.chance(30) ? "+" : ""
                for _ in 0..<Int.random(in: 1...9, using: &generator) { text += generator.pick(pieces) }
                let country = generator.pick(countries)
                let region = PhoneNormalizer.Region(code: country)
                let full = PhoneNormalizer.normalizeByParsing(text, region: region)
                let fast = PhoneNormalizer.normalize(text, country: country)
                #expect(fast == full, "\(text.debugDescription) in \(country ?? "nil")")
                var storage = text
                guard let quick = storage.withUTF8({ PhoneNormalizer.plainNumber($0, text: text, region: region) }) else {
                    continue
                }
                plain += 1
                #expect(quick == full, "\(text.debugDescription) in \(country ?? "nil")")
                #expect(quick.value.number.utf8.elementsEqual(full.value.number.utf8), "\(text.debugDescription)")
            }
            #expect(plain > 3_000)
        }

        @Test func description() {
            #expect(PhoneNumber("+61290001111", extensionNumber: "12").description == "+61290001111 x12")
        }
    }
}
