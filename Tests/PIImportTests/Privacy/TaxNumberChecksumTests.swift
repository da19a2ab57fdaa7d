import Testing

@testable import PIImport

/// Every vector of domain.md section 5.2, plus separator and edge cases.
extension PrivacyTests {
@Suite struct TaxNumberChecksumTests {
    @Test(arguments: ["123 456 782", "876 543 210", "865414088", "456 789 127", "314 159 262", "865-414-088", "865.414.088", "865\u{A0}414\u{A0}088"])
    func validTFN(_ value: String) {
        #expect(TaxNumberChecksum.isValidTFN(value))
    }

    @Test(arguments: ["999 999 999", "123456789", "12345678", "1234567890", "", "865 414 08A"])
    func invalidTFN(_ value: String) {
        #expect(!TaxNumberChecksum.isValidTFN(value))
    }

    @Test func eightDigitTFNAcceptsEitherRule() {
        // Passes the 1,4,3,7,5,8,6,10 rule, fails python-stdnum's 1,4,3,7,5,8,6,9.
        #expect(TaxNumberChecksum.isValidTFN("37118629"))
        #expect(TaxNumberChecksum.isTFN(DigitSequence("37118629")!))
        #expect(DigitSequence("37118629")!.weightedSum(TaxNumberChecksum.tfnWeights8Stdnum) % 11 != 0)
        // And a number that passes only python-stdnum's rule.
        let stdnumOnly = (10_000_000..<10_100_000).lazy.map(String.init).first { value in
            let digits = DigitSequence(value)!
            return digits.weightedSum(TaxNumberChecksum.tfnWeights8Stdnum) % 11 == 0
                && digits.weightedSum(TaxNumberChecksum.tfnWeights8) % 11 != 0
        }!
        #expect(TaxNumberChecksum.isValidTFN(stdnumOnly))
        #expect(!TaxNumberChecksum.isValidTFN("37118628"))
    }

    @Test(arguments: ["51 824 753 556", "83 914 571 673", "53 004 085 616", "11 123 456 780"])
    func validABN(_ value: String) {
        #expect(TaxNumberChecksum.isValidABN(value))
    }

    @Test(arguments: ["12345678901", "51 824 753 557", "5182475355", "01 824 753 556"])
    func invalidABN(_ value: String) {
        #expect(!TaxNumberChecksum.isValidABN(value))
    }

    @Test(arguments: ["004 085 616", "010 499 966", "002 724 334", "123 456 780"])
    func validACN(_ value: String) {
        #expect(TaxNumberChecksum.isValidACN(value))
    }

    @Test func invalidACN() {
        #expect(!TaxNumberChecksum.isValidACN("004085617"))
        #expect(!TaxNumberChecksum.isValidACN("00408561"))
    }

    @Test func companyABNIsCheckDigitsPlusACN() {
        #expect(TaxNumberChecksum.isValidABN("53" + "004085616"))
    }

    @Test(arguments: ["49091850", "49-098-576", "123-456-785", "NZ 49-091-850", "nz49091850", "049-091-850"])
    func validIRD(_ value: String) {
        #expect(TaxNumberChecksum.isValidIRD(value))
    }

    @Test(arguments: ["136410133", "9125568", "49091851", "150000000", "10000000"])
    func invalidIRD(_ value: String) {
        #expect(!TaxNumberChecksum.isValidIRD(value))
    }

    @Test func irdSecondaryWeights() {
        // Find a number whose primary check is 10, so the secondary weights decide.
        let digits = (10_000_000..<10_010_000).lazy.compactMap { base -> String? in
            let prefix = DigitSequence(String(base / 10))!
            var sum = 0
            for index in 0..<7 { sum += TaxNumberChecksum.irdPrimaryWeights[index + 1] * prefix[index] }
            guard (11 - sum % 11) % 11 == 10 else { return nil }
            var secondary = 0
            for index in 0..<7 { secondary += TaxNumberChecksum.irdSecondaryWeights[index + 1] * prefix[index] }
            let check = (11 - secondary % 11) % 11
            return check == 10 ? nil : String(base / 10) + String(check)
        }.first!
        #expect(TaxNumberChecksum.isValidIRD(digits))
    }

    @Test(arguments: ["1955839661", "1123456789", "9987654321", "K1955839661", "1955839661K", "19558 39661", "1955839661k"])
    func validUTR(_ value: String) {
        #expect(TaxNumberChecksum.isValidUTR(value))
    }

    @Test(arguments: ["2955839661", "195583966", "K2955839661", "KK1955839661"])
    func invalidUTR(_ value: String) {
        #expect(!TaxNumberChecksum.isValidUTR(value))
    }

    @Test(arguments: ["AB 12 34 56 C", "AB123456C", "ab123456c", "CE 12 34 56 A", "JZ-123456-D"])
    func validNINO(_ value: String) {
        #expect(TaxNumberChecksum.isValidNINO(value))
    }

    @Test(arguments: [
        "QQ 12 34 56 A",  // HMRC's specimen: Q never used
        "AB 12 34 56",  // no suffix
        "AB 12 34 56 E",  // suffix past D
        "DA123456A", "FA123456A", "IA123456A", "UA123456A", "VA123456A",  // never-used first letters
        "AO123456A", "AD123456A",  // O and D never second
        "BG123456A", "GB123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A",
        "AB12345C", "A1123456C",
    ])
    func invalidNINO(_ value: String) {
        #expect(!TaxNumberChecksum.isValidNINO(value))
    }

    @Test(arguments: ["QQ 12 34 56 A", "QQ123456", "TN 12 34 56 ", "AB123456C", "zz123456d"])
    func looseNINO(_ value: String) {
        #expect(TaxNumberChecksum.isLooseNINO(value))
    }

    @Test(arguments: ["Q1 12 34 56 A", "QQ12345", "QQ123456E", "QQQ123456"])
    func notLooseNINO(_ value: String) {
        #expect(!TaxNumberChecksum.isLooseNINO(value))
    }

    @Test func ssn() {
        #expect(TaxNumberChecksum.isValidSSN("536-90-4399"))
        #expect(TaxNumberChecksum.isValidSSN("536904399"))
        for invalid in ["000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000", "078-05-1120",
            "457-55-5462", "219-09-9999", "12-345-678"]
        {
            #expect(!TaxNumberChecksum.isValidSSN(invalid), "\(invalid)")
        }
        // Shape only, for stripping: specimens and invalid areas still have the shape.
        #expect(TaxNumberChecksum.isSSNShaped("219-09-9999"))
        #expect(TaxNumberChecksum.isSSNShaped("000 00 0000"))
        #expect(!TaxNumberChecksum.isSSNShaped("219-09-999"))
    }

    @Test func itin() {
        #expect(TaxNumberChecksum.isValidITIN("912-90-3456"))
        #expect(TaxNumberChecksum.isValidITIN("912-70-3456"))
        #expect(!TaxNumberChecksum.isValidITIN("912-93-4567"))
        #expect(!TaxNumberChecksum.isValidITIN("912-89-4567"))
        #expect(!TaxNumberChecksum.isValidITIN("912-69-4567"))
        #expect(!TaxNumberChecksum.isValidITIN("812-90-3456"))
    }

    @Test func atin() {
        #expect(TaxNumberChecksum.isValidATIN("912-93-4567"))
        #expect(!TaxNumberChecksum.isValidATIN("912-93-456"))
    }

    @Test func ein() {
        #expect(TaxNumberChecksum.isValidEIN("91-1144442"))
        #expect(!TaxNumberChecksum.isValidEIN("07-1144442"))
        let valid = [1, 6, 10, 16, 20, 27, 30, 39, 40, 48, 50, 68, 71, 77, 80, 88, 90, 95, 98, 99]
        let invalid = [0, 7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97]
        for prefix in valid { #expect(TaxNumberChecksum.isEINPrefix(prefix), "\(prefix)") }
        for prefix in invalid { #expect(!TaxNumberChecksum.isEINPrefix(prefix), "\(prefix)") }
    }

    @Test(arguments: ["123-456-782", "271-828-188", "271 828 188"])
    func validSIN(_ value: String) {
        #expect(TaxNumberChecksum.isValidSIN(value))
    }

    @Test(arguments: ["999-999-999", "046 454 286", "123-456-783", "12345678"])
    func invalidSIN(_ value: String) {
        #expect(!TaxNumberChecksum.isValidSIN(value))
    }

    @Test func sinLeadingZeroPassesLuhnOnly() {
        #expect(TaxNumberChecksum.luhn("046 454 286"))
    }

    @Test(arguments: ["12302 6635", "123026635RT0001", "123026635 rc 0002".uppercased()])
    func validBN(_ value: String) {
        #expect(TaxNumberChecksum.isValidBN(value))
    }

    @Test(arguments: ["123456783", "123026635RX0001", "123026635RT001", "123456783RT0001"])
    func invalidBN(_ value: String) {
        #expect(!TaxNumberChecksum.isValidBN(value))
    }

    @Test func nzbn() {
        #expect(TaxNumberChecksum.isValidNZBN("9429041926024"))
        #expect(!TaxNumberChecksum.isValidNZBN("9429041926025"))
        #expect(!TaxNumberChecksum.isValidNZBN("8429041926024"))
        #expect(!TaxNumberChecksum.isValidNZBN("942904192602"))
    }

    @Test func ukVAT() {
        #expect(TaxNumberChecksum.isValidUKVAT("GB 980 7806 84"))
        #expect(!TaxNumberChecksum.isValidUKVAT("GB 980 7806 85"))
    }

    @Test func luhn() {
        #expect(TaxNumberChecksum.luhn("79927398713"))
        #expect(!TaxNumberChecksum.luhn("79927398710"))
        #expect(!TaxNumberChecksum.luhn(""))
    }

    @Test func collisionsAreReportedAsEveryKind() {
        let kinds = TaxNumberChecksum.kinds(of: "123 456 782")
        #expect(kinds.contains(.auTFN))
        #expect(kinds.contains(.caSIN))
        #expect(TaxNumberChecksum.isSecret("123 456 782"))
        #expect(!TaxNumberChecksum.isSecret("51 824 753 556"))
        #expect(TaxNumberChecksum.kinds(of: "51 824 753 556") == [.auABN])
    }

    @Test func compaction() {
        #expect(TaxNumberChecksum.compact("865 414-088.\u{A0}\u{202F}\u{2013}x") == "865414088x")
    }

    @Test func canariesAreValid() {
        #expect(TaxNumberChecksum.isValidTFN("865 414 088"))
        #expect(TaxNumberChecksum.isValidTFN("876 543 210"))
        #expect(TaxNumberChecksum.isValidTFN("456 789 127"))
        #expect(TaxNumberChecksum.isValidTFN("314 159 262"))
        #expect(TaxNumberChecksum.isValidIRD("49-091-850"))
        #expect(TaxNumberChecksum.isValidIRD("123-456-785"))
        #expect(TaxNumberChecksum.isValidUTR("1955839661"))
        #expect(TaxNumberChecksum.isValidNINO("AB 12 34 56 C"))
        #expect(TaxNumberChecksum.isSSNShaped("219-09-9999"))
        #expect(TaxNumberChecksum.isValidITIN("912-90-3456"))
        #expect(TaxNumberChecksum.isValidSIN("271-828-188"))
    }

    @Test func secretness() {
        #expect(TaxIdentifierKind.allCases.filter(\.isSecret) == [.auTFN, .nzIRD, .ukUTR, .ukNINO, .usSSN, .usITIN, .usATIN, .usEIN, .caSIN])
    }
}
}
