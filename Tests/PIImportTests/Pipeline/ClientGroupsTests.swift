import Testing

@testable import PIImport

/// Contacts are grouped by their name and email case aside: the fingerprints ``ClientGroups/Keys``
/// works out (ASCII folded eight bytes at a time) must agree exactly with `lowercased()`.
@Suite struct ClientGroupsTests {
    /// Letters, the ASCII neighbours of `A`-`Z` and `a`-`z` (which must not fold), and scalars that
    /// fold outside ASCII.
    static let alphabet: [String] = [
        "A", "M", "Z", "a", "m", "z", "@", "[", "`", "{", "0", "9", " ", ".", "-", "_", "\u{7F}",
        "É", "é", "×", "ß", "Ø", "Σ", "İ", "Ж", "中",
    ]

    static func fingerprints(name: String, email: String?) -> [Int] {
        var contacts = ContactIdentities()
        contacts.append(ContactIdentity(name: name, email: email))
        return Array(ClientGroups.Keys(key: ClientGroups.Key("Client"), contacts: contacts).contacts)
    }

    @Test func fingerprintsAreThoseOfTheLowerCasedText() {
        var random = SeededRandom(seed: 4)
        func text(upTo length: Int) -> String {
            (0..<random.below(length + 1)).map { _ in random.pick(Self.alphabet) }.joined()
        }
        for _ in 0..<3_000 {
            let name = text(upTo: 40)
            let email = text(upTo: 24)
            #expect(
                Self.fingerprints(name: name, email: email)
                    == Self.fingerprints(name: name.lowercased(), email: email.lowercased()), "\(name) \(email)")
        }
    }

    /// The fold writes exactly the UTF-8 of `lowercased()`, at every length and wherever the non-ASCII
    /// scalars fall (words of eight, the last word read from the end, byte by byte), after any start.
    @Test func foldWritesTheLowerCasedText() {
        var random = SeededRandom(seed: 8)
        for length in 0...40 {
            for _ in 0..<40 {
                let text = (0..<length).map { _ in random.chance(85) ? random.pick(Array(Self.alphabet[..<17])) : random.pick(Self.alphabet) }
                    .joined()
                let start = random.below(3)
                let expected = Array(text.lowercased().utf8)
                var storage = text
                let folded = storage.withUTF8 { bytes in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: start + bytes.count * 2 + 8) { buffer in
                        let end = ContactFingerprint.fold(bytes, into: buffer, at: start)
                        return Array(buffer[start..<end])
                    }
                }
                #expect(folded == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", true),
        ("JACK.SMITH@EXAMPLE.COM.AU", "jack.smith@example.com.au", true),
        ("@@@@@@@@[[[[[[[[", "````````{{{{{{{{", false),
        ("Zoë NG-LEUNG 12345678", "zoë ng-leung 12345678", true),
        ("ABCDEFGH", "ABCDEFGI", false),
    ])
    func fingerprintsFoldOnlyLetters(_ text: String, _ other: String, _ same: Bool) {
        #expect((Self.fingerprints(name: text, email: text) == Self.fingerprints(name: other, email: other)) == same)
    }
}
