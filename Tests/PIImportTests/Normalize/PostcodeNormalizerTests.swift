import Testing

@testable import PIImport

extension Normalize {
    @Suite struct PostcodeNormalizerTests {
        struct Case: Sendable, CustomTestStringConvertible {
            let row: NormalizeCase
            let country: String?

            init(
                _ input: String, _ country: String?, _ expected: String, _ codes: [DiagnosticCode] = [],
                sourceLocation: SourceLocation = #_sourceLocation
            ) {
                row = NormalizeCase(input, expected, codes, sourceLocation: sourceLocation)
                self.country = country
            }

            var testDescription: String { "\(row.input.debugDescription) in \(country ?? "nil")" }
        }

        static let cases: [Case] = [
            // Fast path.
            Case("2150", "AU", "2150"),
            Case("SW1A 1AA", "GB", "SW1A 1AA"),
            Case("94213", "US", "94213"),
            Case("", "AU", ""),
            // Australia.
            Case(" 2150 ", "AU", "2150"),
            Case("0800", "AU", "0800"),
            Case("800", "AU", "0800", [.postcodeLeadingZeroRestored]),
            Case("200", "AU", "0200", [.postcodeLeadingZeroRestored]),
            Case("0800.0", "AU", "0800"),
            Case("800.0", "AU", "0800", [.postcodeLeadingZeroRestored]),
            Case("2150.0", "au", "2150"),
            Case("２１５０", "AU", "2150"),
            Case("2150", "Australia", "2150"),
            Case("300", "AU", "300", [.postcodeInvalid]),
            Case("21500", "AU", "21500", [.postcodeInvalid]),
            Case("NSW 2150", "AU", "NSW 2150", [.postcodeInvalid]),
            Case("2150.5", "AU", "2150.5", [.postcodeInvalid]),
            // New Zealand.
            Case("1010", "NZ", "1010"),
            Case("110", "NZ", "0110", [.postcodeLeadingZeroRestored]),
            Case("10100", "NZ", "10100", [.postcodeInvalid]),
            // United Kingdom.
            Case("sw1a1aa", "GB", "SW1A 1AA"),
            Case("SW1A1AA", "UK", "SW1A 1AA"),
            Case("  ec1a  1bb ", "GB", "EC1A 1BB"),
            Case("M1 1AE", "GB", "M1 1AE"),
            Case("m11ae", "GB", "M1 1AE"),
            Case("B33 8TH", "GB", "B33 8TH"),
            Case("cr26xh", "GB", "CR2 6XH"),
            Case("DN55 1PT", "GB", "DN55 1PT"),
            Case("W1A 0AX", "GB", "W1A 0AX"),
            Case("gir0aa", "GB", "GIR 0AA"),
            Case("SW1A", "GB", "SW1A", [.postcodeInvalid]),
            Case("12345", "GB", "12345", [.postcodeInvalid]),
            Case("SW1A 1A1", "GB", "SW1A 1A1", [.postcodeInvalid]),
            Case("1W1A 1AA", "GB", "1W1A 1AA", [.postcodeInvalid]),
            // United States.
            Case("94213-1234", "US", "94213-1234"),
            Case("942131234", "US", "94213-1234"),
            Case("94213 1234", "US", "94213-1234"),
            Case("2134", "US", "02134", [.postcodeLeadingZeroRestored]),
            Case("21341234", "US", "02134-1234", [.postcodeLeadingZeroRestored]),
            Case("94213.0", "US", "94213"),
            Case("9421", "US", "09421", [.postcodeLeadingZeroRestored]),
            Case("942", "US", "942", [.postcodeInvalid]),
            Case("CA 94213", "US", "CA 94213", [.postcodeInvalid]),
            // Canada.
            Case("K1A 0B1", "CA", "K1A 0B1"),
            Case("k1a0b1", "CA", "K1A 0B1"),
            Case("K1A-0B1", "CA", "K1A 0B1"),
            Case("D1A 0B1", "CA", "D1A 0B1", [.postcodeInvalid]),
            Case("W1A 0B1", "CA", "W1A 0B1", [.postcodeInvalid]),
            Case("K1A 0B", "CA", "K1A 0B", [.postcodeInvalid]),
            // Unknown or other country: cleaned, unchanged.
            Case(" 75008 ", nil, "75008"),
            Case("sw1a1aa", nil, "sw1a1aa"),
            Case("800", "FR", "800"),
            Case("10115\u{A0}Berlin", "DE", "10115 Berlin"),
        ]

        @Test(arguments: cases)
        func normalize(_ test: Case) {
            check(PostcodeNormalizer.normalize(test.row.input, country: test.country), test.row)
        }

        @Test func severities() {
            #expect(PostcodeNormalizer.normalize("800", country: "AU").severity == .warning)
            #expect(PostcodeNormalizer.normalize("nope", country: "AU").severity == .warning)
        }

        @Test func canonicalCodesComeBackAsGiven() {
            for (code, country) in [("SW1A 1AA", "GB"), ("2150", "AU"), ("K1A 0B1", "CA"), ("94213-1234", "US")] {
                #expect(PostcodeNormalizer.normalize(code, country: country) == Normalized(code))
            }
        }

        /// The one-pass canonical look agrees with the parser: for seeded random codes of digits, letters,
        /// spaces and hyphens, whenever it says yes the parser gives the same bytes back with no zero
        /// restored, and every code the parser writes is one it says yes to.
        @Test func canonicalLookAgreesWithTheParser() {
            var generator = SeededRandom(seed: 7_331)
            let shapes = [
                "9999", "999", "99999", "99999-9999", "999999999", "9999.0", "A9 9AA", "A99 9AA", "A9A 9AA", "AA9 9AA",
                "AA99 9AA", "AA9A 9AA", "A9A9AA", "AA9A  9AA", "A9A 9A9", "A9A9A9", "A9A-9A9", "A9A 9A9 9",
            ]
            let letters = Array("ADFIKOQUWZGRSXadz"), digits = Array("01789"), others = Array(" -.")
            func random(_ characters: [Character]) -> Character {
                characters[Int.random(in: 0..<characters.count, using: &generator)]
            }
            let formats: [PostcodeNormalizer.Format] = [.australia, .newZealand, .unitedKingdom, .unitedStates, .canada]
            var taken = 0
            var parsed = 0
            for _ in 0..<20_000 {
                var characters = shapes[Int.random(in: 0..<shapes.count, using: &generator)].map { shape in
                    shape == "A" ? random(letters) : shape == "9" ? random(digits) : shape
                }
                if Int.random(in: 0..<3, using: &generator) == 0 {
                    let index = Int.random(in: 0..<characters.count, using: &generator)
                    characters[index] = random(Bool.random(using: &generator) ? others : letters + digits)
                }
                let code = String(characters)
                for format in formats {
                    let bytes = Array(code.utf8)
                    let canonical = bytes.withUnsafeBufferPointer { PostcodeNormalizer.isCanonical($0, format: format) }
                    var buffer = bytes
                    let result = buffer.withUnsafeMutableBufferPointer {
                        PostcodeNormalizer.parse($0, count: bytes.count, format: format)
                    }
                    if canonical {
                        taken += 1
                        #expect(result?.0 == code && result?.1 == false, "\(code) \(format)")
                    }
                    if let (written, _) = result {
                        parsed += 1
                        let again = Array(written.utf8).withUnsafeBufferPointer {
                            PostcodeNormalizer.isCanonical($0, format: format)
                        }
                        #expect(again, "\(written) \(format)")
                    }
                }
            }
            #expect(taken > 200 && parsed > 1_000)
        }
    }
}
