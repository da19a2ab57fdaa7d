import Testing

@testable import PIImport

extension Normalize {
@Suite struct TextCleanerTests {
    static let singleLineCases: [NormalizeCase] = [
        // Fast path: nothing to do.
        NormalizeCase("Marlow Constructions Pty Ltd", "Marlow Constructions Pty Ltd"),
        NormalizeCase("", ""),
        NormalizeCase("a", "a"),
        NormalizeCase("O'Brien & Sons (NSW) - \"Est. 1901\"", "O'Brien & Sons (NSW) - \"Est. 1901\""),
        NormalizeCase("Café Müller GmbH", "Café Müller GmbH"),
        NormalizeCase("ＡＢＣ Ｐｔｙ Ｌｔｄ", "ＡＢＣ Ｐｔｙ Ｌｔｄ"),
        NormalizeCase("Łódź Ørsted", "Łódź Ørsted"),
        // Trimming and collapsing.
        NormalizeCase("  Elena Reyes  ", "Elena Reyes"),
        NormalizeCase("Elena   Reyes", "Elena Reyes"),
        NormalizeCase("Elena\tReyes", "Elena Reyes"),
        NormalizeCase("Elena\u{A0}Reyes", "Elena Reyes"),
        NormalizeCase("Elena\u{202F}Reyes", "Elena Reyes"),
        NormalizeCase("Elena\u{2009}Reyes", "Elena Reyes"),
        NormalizeCase("Elena\u{3000}Reyes", "Elena Reyes"),
        NormalizeCase("\u{A0} \u{2003}Elena \u{A0}\t Reyes\u{A0}", "Elena Reyes"),
        NormalizeCase("   ", ""),
        NormalizeCase("\u{A0}", ""),
        // Line breaks join lines.
        NormalizeCase("12 Ocean Dr.\nHalf Moon Bay", "12 Ocean Dr. Half Moon Bay", [.textLineBreaksJoined]),
        NormalizeCase("a\r\nb", "a b", [.textLineBreaksJoined]),
        NormalizeCase("a\rb", "a b", [.textLineBreaksJoined]),
        NormalizeCase("a \u{2028} b", "a b", [.textLineBreaksJoined]),
        NormalizeCase("Elena Reyes\r\n", "Elena Reyes"),
        NormalizeCase("\nElena Reyes", "Elena Reyes"),
        // Controls and zero-width characters.
        NormalizeCase("Elena\u{0}Reyes", "ElenaReyes", [.textControlCharactersRemoved]),
        NormalizeCase("Elena\u{1B}[0m Reyes", "Elena[0m Reyes", [.textControlCharactersRemoved]),
        NormalizeCase("Elena\u{7F} Reyes\u{9C}", "Elena Reyes", [.textControlCharactersRemoved]),
        NormalizeCase("jane@example.com\u{200B}", "jane@example.com", [.textInvisibleCharactersRemoved]),
        NormalizeCase("\u{FEFF}Client Name", "Client Name", [.textInvisibleCharactersRemoved]),
        NormalizeCase("Ja\u{200C}ne\u{200D} \u{2060}Doe", "Jane Doe", [.textInvisibleCharactersRemoved]),
        NormalizeCase("\u{FEFF}a\u{1}\nb", "a b",
            [.textControlCharactersRemoved, .textInvisibleCharactersRemoved, .textLineBreaksJoined]),
        // NFC.
        NormalizeCase("Cafe\u{301} Mu\u{308}ller", "Café Müller"),
        NormalizeCase("  Cafe\u{301}  ", "Café"),
        NormalizeCase("Ångström", "Ångström"),
        // Spelling kept.
        NormalizeCase("SMITH, john", "SMITH, john"),
        NormalizeCase("Smith\u{2019}s \u{2013} Co", "Smith\u{2019}s \u{2013} Co"),
        NormalizeCase("soft\u{AD}hyphen", "soft\u{AD}hyphen"),
    ]

    @Test(arguments: singleLineCases)
    func singleLine(_ row: NormalizeCase) {
        check(TextCleaner.clean(row.input), row)
    }

    static let multiLineCases: [NormalizeCase] = [
        NormalizeCase("12 Ocean Dr.\nHalf Moon Bay CA 94213", "12 Ocean Dr.\nHalf Moon Bay CA 94213"),
        NormalizeCase("12 Ocean Dr.\r\nHalf Moon Bay", "12 Ocean Dr.\nHalf Moon Bay"),
        NormalizeCase("12 Ocean Dr.\rHalf Moon Bay", "12 Ocean Dr.\nHalf Moon Bay"),
        NormalizeCase("12 Ocean Dr.\r\n\r\n  Half Moon Bay ", "12 Ocean Dr.\nHalf Moon Bay"),
        NormalizeCase("\n\nline one \n\n\n  line   two\t\n\n", "line one\nline two"),
        NormalizeCase("a\u{2028}b\u{2029}c\u{85}d\u{B}e\u{C}f", "a\nb\nc\nd\ne\nf"),
        NormalizeCase("a\r\r\nb", "a\nb"),
        NormalizeCase("a \n \n b", "a\nb"),
        NormalizeCase("PO Box 77\u{A0}\nParramatta\u{200B}", "PO Box 77\nParramatta", [.textInvisibleCharactersRemoved]),
        NormalizeCase("one line", "one line"),
        NormalizeCase("", ""),
        NormalizeCase(" \n ", ""),
        NormalizeCase("C\u{327}a\n\u{1}x", "Ça\nx", [.textControlCharactersRemoved]),
    ]

    @Test(arguments: multiLineCases)
    func multiLine(_ row: NormalizeCase) {
        check(TextCleaner.clean(row.input, lines: .multiLine), row)
    }

    @Test func fastPathReturnsTheInputItself() {
        let single = String(repeating: "Marlow Constructions Pty Ltd ", count: 3) + "x"
        #expect(storageAddress(TextCleaner.clean(single).value) == storageAddress(single))
        let multi = "12 Builder St\nParramatta NSW 2150\nAustralia"
        #expect(storageAddress(TextCleaner.clean(multi, lines: .multiLine).value) == storageAddress(multi))
        let accented = "Société Générale S.A. de Paris"
        #expect(storageAddress(TextCleaner.clean(accented).value) == storageAddress(accented))
    }

    @Test func fastPathTakesLatinLetters() {
        for text in ["Renée Harris", "Mia Åberg", "Łódź Ørsted", "Tāmaki Makaurau", "ǅemal ɐ ʼ˿"] {
            let clean = Array(text.utf8).withUnsafeBufferPointer { TextCleaner.isClean($0, multiLine: false) }
            #expect(clean, "\(text.debugDescription)")
        }
    }

    @Test func fastPathRejectsWhatNeedsWork() {
        for text in [
            " a", "a ", "a  b", "a\nb", "\n", "a\tb", "a\u{A0}b", "a\u{85}", "¡a", "e\u{301}", "\u{300}", "a\u{200B}",
            "Ｐｔｙ", "a\u{FEFF}", "ℌ",
        ] {
            let clean = Array(text.utf8).withUnsafeBufferPointer { TextCleaner.isClean($0, multiLine: false) }
            #expect(!clean, "\(text.debugDescription)")
        }
        for text in ["a\n\nb", "a \nb", "a\n b", "\na", "a\n"] {
            let clean = Array(text.utf8).withUnsafeBufferPointer { TextCleaner.isClean($0, multiLine: true) }
            #expect(!clean, "\(text.debugDescription)")
        }
    }

    /// The fast path never takes a text the slow path would change or note: for seeded random texts of
    /// ASCII, Latin letters, white space of every kind, controls, combining marks and other scripts,
    /// whenever ``TextCleaner/digitsIfClean(_:multiLine:)`` says clean, the slow path gives the text back
    /// as it was, and the digits it counted are the text's ASCII digits.
    @Test func fastPathAgreesWithTheSlowPath() {
        var generator = SeededRandom(seed: 4_127)
        let pieces = [
            "a", "Z", "0", " ", "  ", "\n", " \n", "\t", "\r", "\u{1}", "\u{7F}", "é", "Å", "ā", "Ł", "ǅ", "ɐ", "˿", "\u{A0}",
            "\u{85}", "\u{9F}", "¡", "\u{300}", "\u{301}", "ͅ", "Ω", "\u{200B}", "\u{2028}", "\u{3000}", "Ｐ", "日", "😀", "-", "5",
            "12",
        ]
        var taken = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            for multiLine in [false, true] {
                var storage = text
                let agrees = storage.withUTF8 { bytes in
                    guard let digits = TextCleaner.digitsIfClean(bytes, multiLine: multiLine) else { return true }
                    taken += 1
                    return TextCleaner.cleanSlowly(bytes, original: text, multiLine: multiLine) == Normalized(text)
                        && digits == bytes.filter { $0 >= 0x30 && $0 <= 0x39 }.count
                }
                #expect(agrees, "\(text.debugDescription)")
            }
        }
        #expect(taken > 1_000)
    }

    @Test func notesAreInfo() {
        let result = TextCleaner.clean("\u{FEFF}a\u{1}\nb")
        #expect(result.notes.allSatisfy { $0.severity == .info })
        #expect(result.severity == .info)
    }
}
}
