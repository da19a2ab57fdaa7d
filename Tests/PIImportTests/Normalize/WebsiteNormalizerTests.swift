import Testing

@testable import PIImport

extension Normalize {
    @Suite struct WebsiteNormalizerTests {
        static let cases: [NormalizeCase] = [
            // Canonical: returned as given.
            NormalizeCase("https://marlowcon.example", "https://marlowcon.example"),
            NormalizeCase("https://www.example.com/About-Us?x=1#Team", "https://www.example.com/About-Us?x=1#Team"),
            NormalizeCase("http://example.com", "http://example.com"),
            NormalizeCase("", ""),
            NormalizeCase("  ", ""),
            // Scheme added.
            NormalizeCase("www.example.com", "https://www.example.com"),
            NormalizeCase("example.com", "https://example.com"),
            NormalizeCase("example.com.au/contact", "https://example.com.au/contact"),
            NormalizeCase("//example.com", "https://example.com"),
            NormalizeCase("www.example.com:8080/x", "https://www.example.com:8080/x"),
            // Case.
            NormalizeCase("HTTPS://WWW.Example.COM/Path/To", "https://www.example.com/Path/To"),
            NormalizeCase("Http://Example.com", "http://example.com"),
            NormalizeCase("WWW.EXAMPLE.COM", "https://www.example.com"),
            NormalizeCase("https://user@Example.com:443/", "https://user@example.com:443/"),
            // Junk.
            NormalizeCase("  www.example.com  ", "https://www.example.com"),
            NormalizeCase("www.example.com\u{200B}", "https://www.example.com", [.textInvisibleCharactersRemoved]),
            NormalizeCase("\u{A0}https://example.com/", "https://example.com/"),
            NormalizeCase("www.example.com.", "https://www.example.com"),
            // IDN.
            NormalizeCase("Bücher.DE", "https://bücher.de"),
            NormalizeCase("HTTPS://Bücher.de/Über-Uns", "https://bücher.de/Über-Uns"),
            NormalizeCase("https://bücher.de", "https://bücher.de"),
            NormalizeCase("WWW.EXAMPLE.COM./a", "https://www.example.com/a"),
            NormalizeCase("example.com?ref=x", "https://example.com?ref=x"),
            // Invalid: kept as given.
            NormalizeCase("www example com", "www example com", [.websiteInvalid]),
            NormalizeCase("https://exa mple.com", "https://exa mple.com", [.websiteInvalid]),
            NormalizeCase("localhost", "localhost", [.websiteInvalid]),
            NormalizeCase("https://intranet/", "https://intranet/", [.websiteInvalid]),
            NormalizeCase("n/a", "n/a", [.websiteInvalid]),
            NormalizeCase("none", "none", [.websiteInvalid]),
            NormalizeCase("jane@example.com", "jane@example.com", [.websiteInvalid]),
            NormalizeCase("ftp://files.example.com", "ftp://files.example.com", [.websiteInvalid]),
            NormalizeCase("mailto:jane@example.com", "mailto:jane@example.com", [.websiteInvalid]),
            NormalizeCase("https://", "https://", [.websiteInvalid]),
            NormalizeCase("https://exam_ple.com", "https://exam_ple.com", [.websiteInvalid]),
            NormalizeCase("https://example.com:80a", "https://example.com:80a", [.websiteInvalid]),
            NormalizeCase("https://-example.com", "https://-example.com", [.websiteInvalid]),
        ]

        @Test(arguments: cases)
        func normalize(_ row: NormalizeCase) {
            check(WebsiteNormalizer.normalize(row.input), row)
        }

        /// The one-pass ASCII check and the label-by-label rules must agree.
        @Test(arguments: [
            "example.com", "a.bc", "a.b", "ab", "abc", "a..bc", ".ab.cd", "ab.cd.", "-a.bc", "a-.bc", "a.-bc",
            "a.bc-", "a-b.c-d.ef", "1.23", "1.2a", "xn--p1ai.xn--p1ai", "EXAMPLE.COM", "ex_ample.com",
            "ex ample.com", "a@b.co", "\(String(repeating: "y", count: 63)).co",
            "\(String(repeating: "y", count: 64)).co", "a.\(String(repeating: "z", count: 64))",
        ])
        func domainChecksAgree(_ name: String) {
            var storage = name
            storage.withUTF8 { bytes in
                #expect(DomainName.isValidASCII(bytes) == DomainName.isValidByLabels(bytes))
            }
        }

        /// The one-pass ASCII check and the label-by-label rules agree on seeded random names of every
        /// label length (eight letters and more are read a word at a time), case, digit and hyphen.
        @Test func domainChecksAgreeOnRandomNames() {
            let pieces = ["a", "z", "A", "Z", "m", "0", "9", "-", ".", "abcdefgh", "ABCDEFGH", "abcDefgh", "12345678", "_", "@", "`", "{"]
            var generator = SeededRandom(seed: 253)
            for _ in 0..<20_000 {
                var name = ""
                for _ in 0..<Int.random(in: 1...12, using: &generator) { name += generator.pick(pieces) }
                var storage = name
                storage.withUTF8 { bytes in
                    #expect(DomainName.isValidASCII(bytes) == DomainName.isValidByLabels(bytes), "\(name)")
                }
            }
        }

        @Test func fastPathReturnsTheInputItself() {
            let url = "https://www.marlowconstructions.example/about"
            #expect(storageAddress(WebsiteNormalizer.normalize(url).value) == storageAddress(url))
        }

        /// An address the one-pass look takes as canonical is one that cleaning and parsing return
        /// unchanged and without notes: seeded random addresses of schemes, host labels, ports, user
        /// info and paths, good and bad.
        @Test func canonicalLookAgreesWithParsing() {
            let schemes = ["https://", "http://", "HTTPS://", "Http://", "ftp://", "//", "", " https://"]
            let labels = [
                "www", "example", "Example", "com", "au", "co", "a", "1", "-x", "x-", "ü", "ex_ample", "", "X",
                "kaurimotors", "marlowelectrical", "KauriMotors", "summit-dental", "12345678", "abcdefgh1",
            ]
            let tails = ["", "", "/", "/About", "?x=1", "#Team", ":8080", ":80a", "@", "/a b", "/ü", ".", " ", "\u{200B}"]
            var generator = SeededRandom(seed: 2_026)
            var canonical = 0
            for _ in 0..<20_000 {
                var text = schemes[Int.random(in: 0..<schemes.count, using: &generator)]
                for label in 0..<Int.random(in: 1...4, using: &generator) {
                    if label > 0 { text += "." }
                    text += labels[Int.random(in: 0..<labels.count, using: &generator)]
                }
                text += tails[Int.random(in: 0..<tails.count, using: &generator)]
                var storage = text
                let parsed = WebsiteNormalizer.normalizeByParsing(text)
                guard storage.withUTF8({ WebsiteNormalizer.isCanonical($0) }) else {
                    // The converse, for what the look is meant to take: a lower-case ASCII address with
                    // no user info or port that parsing returns as it is.
                    let plain = text.hasPrefix("http") && text.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
                        && !text.contains("@") && !text.dropFirst(8).contains(":")
                        && !text.contains(where: \.isUppercase)
                    #expect(!plain || parsed != Normalized(text), "\(text.debugDescription)")
                    continue
                }
                canonical += 1
                #expect(parsed == Normalized(text), "\(text.debugDescription)")
            }
            #expect(canonical > 100)
        }

        @Test func invalidIsAWarning() {
            #expect(WebsiteNormalizer.normalize("localhost").severity == .warning)
        }
    }
}
