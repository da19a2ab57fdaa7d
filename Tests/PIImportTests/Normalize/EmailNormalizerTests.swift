import Testing

@testable import PIImport

extension Normalize {
    @Suite struct EmailNormalizerTests {
        static let cases: [NormalizeCase] = [
            // Fast path: returned as given.
            NormalizeCase("gavin@marlowcon.example", "gavin@marlowcon.example"),
            NormalizeCase("Gavin.Marlow+invoices@marlowcon.example", "Gavin.Marlow+invoices@marlowcon.example"),
            NormalizeCase("o'brien@example.co.nz", "o'brien@example.co.nz"),
            NormalizeCase("a@b.co", "a@b.co"),
            NormalizeCase("", ""),
            NormalizeCase("   ", ""),
            // White space and case.
            NormalizeCase("  surf@example.com ", "surf@example.com"),
            NormalizeCase("surf@EXAMPLE.com", "surf@example.com"),
            NormalizeCase("Surf.Shop@Example.COM", "Surf.Shop@example.com"),
            NormalizeCase("\u{A0}jane@example.com\u{200B}", "jane@example.com", [.textInvisibleCharactersRemoved]),
            // Wrappers.
            NormalizeCase("mailto:jane@example.com", "jane@example.com", [.emailExtracted]),
            NormalizeCase("MAILTO:jane@example.com?subject=Hi", "jane@example.com", [.emailExtracted]),
            NormalizeCase("<jane@example.com>", "jane@example.com", [.emailExtracted]),
            NormalizeCase("\"Jane Doe\" <jane@x.com>", "jane@x.com", [.emailExtracted]),
            NormalizeCase("Jane Doe <Jane@X.com>", "Jane@x.com", [.emailExtracted]),
            NormalizeCase("\"Doe, Jane\" <jane@x.com>", "jane@x.com", [.emailExtracted]),
            NormalizeCase("jane@x.com (Jane Doe)", "jane@x.com", [.emailExtracted]),
            NormalizeCase("Email: jane@x.com", "jane@x.com", [.emailExtracted]),
            NormalizeCase("jane@example.com.", "jane@example.com", [.emailExtracted]),
            NormalizeCase("'jane@example.com'", "jane@example.com", [.emailExtracted]),
            NormalizeCase("jane＠example．com", "jane@example.com"),
            // Several addresses.
            NormalizeCase("a@x.com; b@y.com", "a@x.com", [.emailMultipleAddresses]),
            NormalizeCase("a@x.com,b@y.com", "a@x.com", [.emailMultipleAddresses]),
            NormalizeCase("a@x.com\nb@y.com", "a@x.com", [.emailMultipleAddresses]),
            NormalizeCase("a@x.com b@y.com", "a@x.com", [.emailMultipleAddresses]),
            NormalizeCase("\"Doe, Jane\" <jane@x.com>, bob@y.com", "jane@x.com", [.emailMultipleAddresses, .emailExtracted]),
            NormalizeCase("not an email; bob@y.com", "bob@y.com", [.emailMultipleAddresses]),
            NormalizeCase("jane@x.com;", "jane@x.com"),
            NormalizeCase("Jane <jane@x.com>\r\nBob <bob@y.com>", "jane@x.com", [.emailMultipleAddresses, .emailExtracted]),
            NormalizeCase("jane@x.com\n", "jane@x.com"),
            NormalizeCase("not\nan address", "not an address", [.emailInvalid]),
            // IDN.
            NormalizeCase("jürgen@Müller.DE", "jürgen@müller.de"),
            NormalizeCase("info@пример.рф", "info@пример.рф"),
            // Invalid: kept as given, error.
            NormalizeCase("jane.example.com", "jane.example.com", [.emailInvalid]),
            NormalizeCase("jane@@example.com", "jane@@example.com", [.emailInvalid]),
            NormalizeCase("jane@example", "jane@example", [.emailInvalid]),
            NormalizeCase("@example.com", "@example.com", [.emailInvalid]),
            NormalizeCase("jane doe@example.com", "jane doe@example.com", [.emailInvalid]),
            NormalizeCase("jane@exa mple.com", "jane@exa mple.com", [.emailInvalid]),
            NormalizeCase("jane..doe@example.com", "jane..doe@example.com", [.emailInvalid]),
            NormalizeCase(".jane@example.com", ".jane@example.com", [.emailInvalid]),
            NormalizeCase("jane@-example.com", "jane@-example.com", [.emailInvalid]),
            NormalizeCase("jane@example..com", "jane@example..com", [.emailInvalid]),
            NormalizeCase("jane@example.c", "jane@example.c", [.emailInvalid]),
            NormalizeCase("jane@192.168.0.1", "jane@192.168.0.1", [.emailInvalid]),
            NormalizeCase("jane@exam_ple.com", "jane@exam_ple.com", [.emailInvalid]),
            NormalizeCase("jane@x,com", "jane@x,com", [.emailInvalid]),
            NormalizeCase("N/A", "N/A", [.emailInvalid]),
            NormalizeCase("  none  ", "none", [.emailInvalid]),
            NormalizeCase(String(repeating: "a", count: 65) + "@example.com",
                String(repeating: "a", count: 65) + "@example.com", [.emailInvalid]),
        ]

        @Test(arguments: cases)
        func normalize(_ row: NormalizeCase) {
            check(EmailNormalizer.normalize(row.input), row)
        }

        @Test func invalidIsAnError() {
            #expect(EmailNormalizer.normalize("nope").severity == .error)
            #expect(EmailNormalizer.normalize("a@x.com; b@y.com").severity == .warning)
        }

        @Test func allAddresses() {
            let all = EmailNormalizer.normalizeAll("\"Doe, Jane\" <Jane@X.com>; bob@Y.com, oops")
            #expect(all.map(\.value) == ["Jane@x.com", "bob@y.com", "oops"])
            #expect(all.map { $0.notes.map(\.code) } == [[.emailExtracted], [], [.emailInvalid]])
            #expect(EmailNormalizer.normalizeAll("").isEmpty)
            #expect(EmailNormalizer.normalizeAll("jane@example.com").map(\.value) == ["jane@example.com"])
        }

        @Test func lengthLimits() {
            let local = String(repeating: "a", count: 64)
            let domain = String(repeating: "b", count: 40) + ".example.com"  // 52
            let long = local + "@" + domain  // 117 characters
            #expect(EmailNormalizer.normalize(long).notes.isEmpty)
            let qbo = EmailNormalizer.normalize(long, lengthLimit: EmailNormalizer.quickBooksLengthLimit)
            #expect(qbo.value == long)
            #expect(qbo.notes.map(\.code) == [.emailOverLengthLimit])
            #expect(qbo.severity == .warning)
            let upper = EmailNormalizer.normalize(local + "@" + domain.uppercased(), lengthLimit: 100)
            #expect(upper.value == long)
            #expect(upper.notes.map(\.code) == [.emailOverLengthLimit])
            let label = String(repeating: "c", count: 60)
            let tooLong = "x@" + [label, label, label, label, "com"].joined(separator: ".")  // 249
            #expect(EmailNormalizer.normalize(tooLong).notes.isEmpty)
            let atMax = "xyzxyz@" + [label, label, label, label, "com"].joined(separator: ".")  // 254
            #expect(EmailNormalizer.normalize(atMax).notes.isEmpty)
            let overMax = "xyzxyzw@" + [label, label, label, label, "com"].joined(separator: ".")  // 255
            #expect(EmailNormalizer.normalize(overMax).notes.map(\.code) == [.emailInvalid])
            #expect(EmailNormalizer.normalize("a@" + String(repeating: "d", count: 64) + ".com").has(.emailInvalid))
        }

        /// The one-pass check and the full rules must agree on every plain ASCII address.
        @Test(arguments: [
            "a@b.co", "a@b.c", "a@b", "a.@b.co", ".a@b.co", "a..b@c.co", "a@-b.co", "a@b-.co", "a@b..co",
            "a@b.c0", "a@1.23", "a@1.2a", "a@B.CO", "A@b.co", "a+b@c-d.e-f.gh", "a@b.co.", "a@.b.co",
            "a@b_c.co", "a b@c.co", "a@@b.co", "\(String(repeating: "x", count: 64))@b.co",
            "\(String(repeating: "x", count: 65))@b.co", "a@\(String(repeating: "y", count: 63)).co",
            "a@\(String(repeating: "y", count: 64)).co", "{a}|~`!#$%&'*/=?^_@b.co", "a\"b@c.co", "a(b)@c.co",
        ])
        func fastPathAgreesWithTheFullRules(_ address: String) {
            let full = EmailNormalizer.canonicalAddress(Substring(address))
            switch EmailNormalizer.plainAddress(address) {
            case .valid: #expect(full == address)
            case .validWithUpperCaseDomain(let at):
                #expect(full == EmailNormalizer.lowercasingDomain(address, after: at))
                #expect(full != address)
            case .other: #expect(full == nil)
            }
        }

        /// The one-pass check and the full rules agree on seeded random addresses: long and short local
        /// parts and labels (eight letters and more are read a word at a time), dots, hyphens, digits,
        /// upper case, atext symbols, and bytes no address has.
        @Test func fastPathAgreesWithTheFullRulesOnRandomAddresses() {
            let localPieces = [
                "jane", "JANE", "j", "abcdefgh", "AbCdEfGh", "walker", "1", "+", "_", "'", "{", String(repeating: "q", count: 31),
            ]
            let labels = [
                "example", "EXAMPLE", "kaurimotors", "co", "au", "a", "1", "123", "x-y", "abcdefghij", "Summit",
                String(repeating: "y", count: 64),
            ]
            let flaws = [".", "..", "-", "_", "\"", " ", "é", "ü", "@", ""]
            var generator = SeededRandom(seed: 5_321)
            var plain = 0
            for _ in 0..<20_000 {
                var local: [String] = []
                for _ in 0..<Int.random(in: 1...3, using: &generator) { local.append(generator.pick(localPieces)) }
                var domain: [String] = []
                for _ in 0..<Int.random(in: 1...4, using: &generator) { domain.append(generator.pick(labels)) }
                var address = local.joined(separator: generator.chance(50) ? "." : "") + "@" + domain.joined(separator: ".")
                if generator.chance(30) {
                    let utf8 = Array(address.utf8)
                    let at = generator.below(utf8.count + 1)
                    address = String(decoding: utf8[..<at], as: UTF8.self) + generator.pick(flaws)
                        + String(decoding: utf8[at...], as: UTF8.self)
                }
                let full = EmailNormalizer.canonicalAddress(Substring(address))
                switch EmailNormalizer.plainAddress(address) {
                case .valid:
                    plain += 1
                    #expect(full == address, "\(address)")
                case .validWithUpperCaseDomain(let at):
                    plain += 1
                    #expect(full == EmailNormalizer.lowercasingDomain(address, after: at), "\(address)")
                case .other:
                    // Every valid ASCII address is the look's to take.
                    #expect(full == nil || !StringBytes.isASCII(address), "\(address)")
                }
            }
            #expect(plain > 1_000)
        }

        @Test func fastPathReturnsTheInputItself() {
            let address = "gavin.marlow@marlowconstructions.example"
            #expect(storageAddress(EmailNormalizer.normalize(address).value) == storageAddress(address))
            #expect(EmailNormalizer.plainAddress(address) == .valid)
            #expect(EmailNormalizer.plainAddress("Gavin@Marlow.example") == .validWithUpperCaseDomain(at: 5))
            #expect(EmailNormalizer.plainAddress(" gavin@marlow.example") == .other)
            #expect(EmailNormalizer.plainAddress("gavin@marlow") == .other)
            #expect(EmailNormalizer.plainAddress("Gavin@Marlow.example, x@y.com") == .other)
            let upper = EmailNormalizer.normalize("Gavin.Marlow@MARLOWCON.EXAMPLE", lengthLimit: 20)
            #expect(upper.value == "Gavin.Marlow@marlowcon.example")
            #expect(upper.notes.map(\.code) == [.emailOverLengthLimit])
        }
    }
}
