import Foundation
import Testing

@testable import PIImport

private let removed = TaxNumberRedactor.replacement

extension PrivacyTests {
    @Suite struct TaxNumberRedactorTests {
        let redactor = TaxNumberRedactor()

        /// Free text in, exact text out.
        static let redactions: [(String, String)] = [
            // AU TFN canaries, every spelling
            ("TFN 865 414 088", "TFN \(removed)"),
            ("TFN: 865 414 088", "TFN: \(removed)"),
            ("T.F.N. 865414088", "T.F.N. \(removed)"),
            ("Tax file number: 876 543 210.", "Tax file number: \(removed)."),
            ("tax file no 456-789-127", "tax file no \(removed)"),
            ("Tax file number (TFN): 865 414 088", "Tax file number (TFN): \(removed)"),
            ("865414088", removed),
            ("865-414-088", removed),
            ("865.414.088", removed),
            ("865\u{A0}414\u{A0}088", removed),
            ("865\u{202F}414\u{202F}088", removed),
            ("876\u{2013}543\u{2013}210", removed),
            ("Client 865 414\n088 rang", "Client \(removed) rang"),
            ("865 414\r\n088", removed),
            ("TFN\n865 414 088", "TFN\n\(removed)"),
            ("Smith TFN 123 456 782", "Smith TFN \(removed)"),
            ("Notes: 314 159 262 on file", "Notes: \(removed) on file"),
            ("TFNs 865 414 088, 876 543 210", "TFNs \(removed), \(removed)"),
            ("tfn=865414088;", "tfn=\(removed);"),
            ("TFN865414088", "TFN\(removed)"),
            ("TFN 123 456 789", "TFN \(removed)"),  // labelled: removed whatever the checksum
            ("Ages 2-3 865 414 088", "Ages 2-3 \(removed)"),  // inside a longer run
            ("Call 0412 338 902 re TFN 876 543 210", "Call 0412 338 902 re TFN \(removed)"),
            ("TFN 865 414 088 and ABN 51 824 753 556", "TFN \(removed) and ABN 51 824 753 556"),
            ("ACN 865 414 088", "ACN \(removed)"),  // not a valid ACN, so the label does not protect it
            ("004 085 796", removed),  // valid ACN and TFN, unlabelled: removed (rule 3)
            // NZ IRD
            ("IRD# 49-091-850", "IRD# \(removed)"),
            ("IRD no. 123-456-785", "IRD no. \(removed)"),
            ("IRD 49091850", "IRD \(removed)"),
            ("49-091-850", removed),
            ("049-091-850", removed),
            ("NZ49091850", removed),
            ("GST number 49 091 850", "GST number \(removed)"),
            ("IRD/GST 123 456 785", "IRD/GST \(removed)"),
            // UK UTR
            ("UTR 1955839661", "UTR \(removed)"),
            ("1955839661", removed),
            ("19558 39661", removed),
            ("UTR: 1955839661K", "UTR: \(removed)"),
            ("ref K1955839661", "ref \(removed)"),
            ("UTR 19558\n39661", "UTR \(removed)"),
            ("Unique Taxpayer Reference 1955839661", "Unique Taxpayer Reference \(removed)"),
            // UK NINO
            ("NINO AB 12 34 56 C", "NINO \(removed)"),
            ("AB123456C", removed),
            ("ab 12 34 56 c", removed),
            ("Her NI number is AB 123456 C.", "Her NI number is \(removed)."),
            ("NI number: QQ 12 34 56 A", "NI number: \(removed)"),
            ("national insurance QQ123456", "national insurance \(removed)"),
            ("NI 12 34 56 C", "NI \(removed)"),
            // US SSN, ITIN, EIN
            ("SSN 219-09-9999", "SSN \(removed)"),
            ("219-09-9999", removed),
            ("ssn 219 09 9999", "ssn \(removed)"),
            ("219099999", removed),  // a known specimen
            ("Social Security Number: 536-90-4399", "Social Security Number: \(removed)"),
            ("Tax ID: 123-45-6789", "Tax ID: \(removed)"),
            ("ITIN 912-90-3456", "ITIN \(removed)"),
            ("912-90-3456", removed),
            ("912903456", removed),
            ("EIN 91-1144442", "EIN \(removed)"),
            ("91-1144442", removed),
            // CA SIN
            ("SIN 271-828-188", "SIN \(removed)"),
            ("271 828 188", removed),
            ("sin: 271828188", "sin: \(removed)"),
            // Masked forms
            ("*****6789", removed),
            ("XXXXXX56789", removed),
            ("TaxNumber: XXX-XX-6789", "TaxNumber: \(removed)"),
            ("TFN ***  *** 088", "TFN \(removed)"),
            ("•••••6789", removed),
            ("xxxxx4088 on file", "\(removed) on file"),
            ("+61 2 9000 1111 (865 414 088)", "+61 2 9000 1111 (\(removed))"),  // too many digits for one phone
            ("865414088.5", "\(removed).5"),
            ("TFN — 123 456 789", "TFN — \(removed)"),
            ("IRD № 123 456 789", "IRD № \(removed)"),
            ("“TFN”: 123456789", "“TFN”: \(removed)"),
            // Several in one text
            ("865 414 088 / 49-091-850 / 271-828-188", "\(removed) / \(removed) / \(removed)"),
        ]

        /// Public numbers and everyday numbers that must come out unchanged.
        static let survivors = [
            // Public register numbers
            "ABN 51 824 753 556", "51 824 753 556", "ABN 53 004 085 616", "53004085616",
            "51 824 753 588",  // its last nine digits pass the TFN check
            "ACN 004 085 616", "ACN 004 085 796",  // labelled public and a valid ACN, though also a valid TFN
            "ARBN 004 085 616", "NZBN 9429041926024", "9429041926024", "123026635RT0001", "GST/HST 123026635 RT0001",
            "BN 123026635", "Company number 01234567", "SC123456", "VAT GB 980 7806 84",
            // Phones: AU, NZ, UK, US, CA (several pass a checksum if read in isolation)
            "02 9000 1111", "(02) 9000 1111", "+61 2 9000 1111", "0412 338 902", "+61 412 000 002", "1300 000 007",
            "9000 0004", "(+61) 2 9000 0005", "021 555 0101", "+64 21 555 0101", "09 555 0001", "(09) 555 0001",
            "020 7946 0958", "+44 20 7946 0958", "07700 900123", "(415) 444-6538", "415-444-0006",
            "+1 415 444 0006", "1-800-555-0199", "(416) 555-0199",
            // Dates and times (2019-07-01, 2024-02-29, 25.12.2023, 14.03.2025 pass a checksum as digits)
            "2024-01-31", "2019-07-01", "2024-02-29", "31/01/2024", "25.12.2023", "14.03.2025", "2024-01-31 10:30",
            // Money, postcodes, street numbers, invoices
            "$1,234,567.89", "Fee $865.41 paid", "AUD 12,500.00", "Sydney NSW 2000", "Wellington 6011",
            "London SW1A 1AA", "Beverly Hills, CA 90210", "San Francisco CA 94105-0007", "Toronto ON M5V 2T6",
            "Unit 5, 123 Main St", "Level 12, 1 Farrer Place", "INV-0042", "Invoice #100045", "INV-2024-0003",
            "+61 (0)412 338 903", "+61 (0) 412 338 903", "+44 (0)20 7946 0958", "+1 (415) 444-6538",
            // Labelled, but a year, a date or an amount
            "IRD 2024 return filed", "TFN: 2024-01-31", "GST 123456.78", "Paid 1234575.89 on 2024-01-31",
            "TFN ends 088",
            // A label reaches only across filler, a few bytes and a few filler words
            "TFN (see file) 123 456 789", "TFN:                    123 456 789",
            "TFN was provided by the client last week, ref 123 456 789", "AB 12 34 56",
            // Look-alikes
            "QQ 12 34 56 A",  // HMRC's invalid specimen, unlabelled
            "Xmas 2024", "XXL 123", "** 12", "Call me on 3 or 4", "Business in Singapore since 2019", "Basin St 12",
            "Tax 2024 return", "SSN unknown", "TFN not provided", "",
        ]

        @Test(arguments: redactions)
        func redacts(_ input: String, _ expected: String) {
            let result = redactor.redact(input)
            #expect(result.text == expected)
            #expect(result.removed == expected.components(separatedBy: removed).count - 1)
        }

        @Test(arguments: survivors)
        func keeps(_ input: String) {
            let result = redactor.redact(input)
            #expect(result.text == input)
            #expect(result.removed == 0)
        }

        @Test func phoneFollowedByTFNInOneRun() {
            let result = redactor.redact("Phone 0412 338 902 865 414 088")
            #expect(result.text == "Phone 0412 338 902 \(removed)")
        }

        @Test func einCanBeKept() {
            let keepEIN = TaxNumberRedactor(stripsUnlabelledEIN: false)
            #expect(redactor.redact("91-1144444").text == removed)
            #expect(keepEIN.redact("91-1144444").text == "91-1144444")
            #expect(keepEIN.redact("91-1144442").text == removed)  // also a valid SIN
            #expect(keepEIN.redact("EIN 91-1144444").text == "EIN \(removed)")
            #expect(redactor.redact("07-1144442").text == "07-1144442")  // unallocated prefix
        }

        @Test func everyNineDigitNumberMode() {
            let strict = TaxNumberRedactor(stripsEveryNineDigitNumber: true)
            #expect(redactor.redact("Ref 536 904 401").removed == 0)
            #expect(strict.redact("Ref 536 904 401").text == "Ref \(removed)")
            #expect(strict.redact("ACN 004 085 616").removed == 0)
            #expect(strict.redact("San Francisco CA 94105-0007").removed == 0)
            #expect(strict.redact("09 555 0001").removed == 0)
        }

        @Test func nothingFoundReturnsTheInput() {
            let text = "No numbers here, just words about Singapore."
            let result = redactor.redact(text)
            #expect(result == TaxNumberRedactor.Result(text: text, removed: 0))
            #expect(!redactor.containsTaxNumber(text))
            #expect(redactor.containsTaxNumber("TFN 865 414 088"))
        }

        @Test func multiByteTextAroundNumbers() {
            let result = redactor.redact("Zoë’s TFN — 865 414 088 — née Müller ☕️")
            #expect(result.text == "Zoë’s TFN — \(removed) — née Müller ☕️")
        }

        @Test func noCanarySurvivesAParagraphOfAllSpellings() throws {
            let canaries = try Self.canaries()
            #expect(canaries.count >= 11)
            var pieces: [String] = []
            for canary in canaries {
                for spelling in Self.spellings(of: canary) {
                    pieces.append(spelling)
                    pieces.append("\(canary.label) \(spelling)")
                    pieces.append("Client Jane Smith (\(spelling)) rang on 02 9000 1111 about invoice INV-0042.")
                }
            }
            let paragraph = pieces.joined(separator: "\n\n")
            let result = redactor.redact(paragraph)
            let compacted = TaxNumberChecksum.compact(result.text).uppercased()
            for canary in canaries {
                let survived = compacted.contains(canary.compact)
                #expect(!survived, "\(canary.kind) survived")
            }
            #expect(result.text.contains("rang on 02 9000 1111 about invoice INV-0042."))
            #expect(result.removed == pieces.count)
        }

        @Test func linearInLength() {
            // Not timed: these only have to finish. The scanner reads each byte a bounded number of times.
            let words = String(repeating: "Singapore business since forever; basin street. ", count: 21_000)
            #expect(words.utf8.count > 1_000_000)
            #expect(redactor.redact(words).removed == 0)
            let phones = String(repeating: "Call 02 9000 1111 or +61 412 338 902, fax (02) 9000 1112. ", count: 18_000)
            #expect(phones.utf8.count > 1_000_000)
            #expect(redactor.redact(phones).removed == 0)
            let digits = String(repeating: "1 ", count: 100_000)
            #expect(redactor.redact(digits).removed == 0)
            let masks = String(repeating: "X*", count: 100_000)
            #expect(redactor.redact(masks).removed == 0)
        }

        // MARK: - Canary helpers

        struct Canary {
            var kind: String
            var value: String
            /// Upper-cased, separators removed.
            var compact: String { TaxNumberChecksum.compact(value).uppercased() }

            var label: String {
                switch kind {
                case "AU-TFN": "TFN:"
                case "NZ-IRD": "IRD#"
                case "UK-UTR": "UTR"
                case "UK-NINO": "NINO"
                case "US-SSN": "SSN"
                case "US-ITIN": "ITIN"
                case "CA-SIN": "SIN"
                default: "Tax ID"
                }
            }
        }

        static func canaries() throws -> [Canary] {
            let root = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            let text = try String(contentsOf: root.appendingPathComponent("Samples/canaries.txt"), encoding: .utf8)
            return text.split(whereSeparator: \.isNewline).compactMap { line in
                guard !line.hasPrefix("#"), let space = line.firstIndex(of: " ") else { return nil }
                return Canary(kind: String(line[..<space]), value: String(line[line.index(after: space)...]))
            }
        }

        /// The canary grouped as people write it, joined by every separator, compact, and wrapped.
        static func spellings(of canary: Canary) -> [String] {
            let compact = canary.compact
            var letters = ""
            var digits = compact
            var suffix = ""
            if canary.kind == "UK-NINO" {
                letters = String(compact.prefix(2))
                suffix = String(compact.suffix(1))
                digits = String(compact.dropFirst(2).dropLast())
            }
            let sizes: [Int] =
                switch (canary.kind, digits.count) {
                case ("UK-NINO", _): [2, 2, 2]
                case ("UK-UTR", _): [5, 5]
                case ("US-SSN", _), ("US-ITIN", _): [3, 2, 4]
                case (_, 8): [2, 3, 3]
                default: [3, 3, 3]
                }
            var groups: [String] = []
            var rest = Substring(digits)
            for size in sizes {
                groups.append(String(rest.prefix(size)))
                rest = rest.dropFirst(size)
            }
            func join(_ separator: String) -> String {
                let body = groups.joined(separator: separator)
                return letters.isEmpty ? body : letters + separator + body + separator + suffix
            }
            var result = [canary.value, letters + digits + suffix]
            for separator in [" ", "-", ".", "\u{A0}", "\u{202F}", " - "] { result.append(join(separator)) }
            // Wrapped over a line.
            var wrapped = groups
            wrapped[wrapped.count - 1] = "\n" + wrapped[wrapped.count - 1]
            let body = wrapped.joined(separator: " ").replacingOccurrences(of: " \n", with: "\n")
            result.append(letters.isEmpty ? body : letters + " " + body + " " + suffix)
            return result
        }
    }
}
