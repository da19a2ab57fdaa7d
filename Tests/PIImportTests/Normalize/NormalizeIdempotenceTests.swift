import Testing

@testable import PIImport

extension Normalize {
    /// Random cells made of the characters that trip normalizers up: every normalizer must not crash,
    /// and normalizing its own output must give the same value back (idempotence).
    @Suite struct NormalizeIdempotenceTests {
        static let palette: [String] = [
            "0", "1", "2", "4", "6", "9", "0", "4", " ", " ", "  ", "\u{A0}", "\u{200B}", "\u{FEFF}", "\t", "\n",
            "\r\n", "\r", "\u{2028}", "\u{85}", "\u{1}", "\u{7F}", "\u{9C}", "@", "@", ".", ".", "+", "(", ")", "-",
            "/", ":", ";", ",", "<", ">", "\"", "'", "x", "e", "E", "ext", "a", "B", "Ph", "mailto:", "https://",
            "http://", "www.", ".com", ".co.nz", "０", "４", "＠", "é", "e\u{301}", "ß", "Ω", "рф", "😀", "#",
            "?", "=", "_", "sw1a", "1aa", "K1A", "0B1", "6.14E+10", "1300", "00", "61", "44", "(0)",
        ]

        static func randomCells(count: Int, seed: UInt64) -> [String] {
            var generator = SeededRandom(seed: seed)
            return (0..<count).map { _ in
                let length = Int.random(in: 0...12, using: &generator)
                return (0..<length).map { _ in palette.randomElement(using: &generator)! }.joined()
            }
        }

        static let cells = randomCells(count: 3000, seed: 0x5EED)

        @Test func textCleaner() {
            for cell in Self.cells {
                for mode in [TextCleaner.LineMode.singleLine, .multiLine] {
                    let once = TextCleaner.clean(cell, lines: mode)
                    let twice = TextCleaner.clean(once.value, lines: mode)
                    #expect(twice.value == once.value, "\(cell.debugDescription)")
                    #expect(twice.notes.isEmpty, "\(cell.debugDescription)")
                }
            }
        }

        @Test func email() {
            for cell in Self.cells {
                let once = EmailNormalizer.normalize(cell)
                let twice = EmailNormalizer.normalize(once.value)
                #expect(twice.value == once.value, "\(cell.debugDescription)")
                if !once.has(.emailInvalid), !once.value.isEmpty {
                    #expect(twice.notes.isEmpty, "\(cell.debugDescription)")
                    #expect(!once.value.contains(" ") && once.value.contains("@"), "\(cell.debugDescription)")
                }
                _ = EmailNormalizer.normalizeAll(cell)
            }
        }

        @Test(arguments: ["AU", "NZ", "GB", "US", "DE", nil] as [String?])
        func phone(_ country: String?) {
            for cell in Self.cells {
                let once = PhoneNormalizer.normalize(cell, country: country)
                let twice = PhoneNormalizer.normalize(once.value.number, country: country)
                #expect(twice.value.number == once.value.number, "\(cell.debugDescription)")
                if once.value.number.hasPrefix("+"), !once.has(.phoneInvalid), !once.has(.phoneNotNormalized),
                    !once.has(.phoneScientificNotation)
                {
                    let digitsOnly = once.value.number.utf8.dropFirst().allSatisfy { $0 &- 0x30 < 10 }
                    #expect(digitsOnly, "\(cell.debugDescription)")
                    #expect(twice.notes.isEmpty, "\(cell.debugDescription)")
                }
            }
        }

        @Test(arguments: ["AU", "NZ", "GB", "US", "CA", nil] as [String?])
        func postcode(_ country: String?) {
            for cell in Self.cells {
                let once = PostcodeNormalizer.normalize(cell, country: country)
                let twice = PostcodeNormalizer.normalize(once.value, country: country)
                #expect(twice.value == once.value, "\(cell.debugDescription)")
                if !once.has(.postcodeInvalid) {
                    #expect(twice.notes.isEmpty, "\(cell.debugDescription)")
                }
            }
        }

        @Test func website() {
            for cell in Self.cells {
                let once = WebsiteNormalizer.normalize(cell)
                let twice = WebsiteNormalizer.normalize(once.value)
                #expect(twice.value == once.value, "\(cell.debugDescription)")
                if !once.has(.websiteInvalid) && !once.value.isEmpty {
                    #expect(once.value.hasPrefix("https://") || once.value.hasPrefix("http://"))
                    #expect(twice.notes.isEmpty, "\(cell.debugDescription)")
                }
            }
        }

        @Test func countryAndState() {
            for cell in Self.cells {
                let once = CountryNames.normalize(cell)
                #expect(CountryNames.normalize(once.value).value == once.value, "\(cell.debugDescription)")
                let state = StateNames.normalize(cell, country: "AU")
                #expect(StateNames.normalize(state.value, country: "AU").value == state.value)
            }
        }
    }
}
