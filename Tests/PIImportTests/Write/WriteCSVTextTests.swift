import Foundation
import Testing

@testable import PIImport

@Suite struct WriteCSVInjectionTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("+SUM(1)", "'+SUM(1)"),
        ("\tTab", "'\tTab"),
        ("\rReturn", "\"'\rReturn\""),
        ("+61290001111", "+61290001111"),
        ("+61 2 9000 1111", "+61 2 9000 1111"),
        ("+", "'+"),
        ("+ ", "'+ "),
        ("+1-555-0100", "'+1-555-0100"),
        ("0412 000 111", "0412 000 111"),
        ("a=b", "a=b"),
        ("", ""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("a,b", "\"a,b\""),
    ])
    func field(value: String, written: String) {
        var buffer: [UInt8] = []
        let neutralised = CSVText.appendField(value, to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == written)
        #expect(neutralised == written.hasPrefix("'") || written.hasPrefix("\"'"))
    }

    @Test func plainPhoneNumbers() {
        #expect(CSVText.isPlainPhoneNumber("+61290001111"))
        #expect(CSVText.isPlainPhoneNumber("+64 21 000 000"))
        #expect(!CSVText.isPlainPhoneNumber("+"))
        #expect(!CSVText.isPlainPhoneNumber("61290001111"))
        #expect(!CSVText.isPlainPhoneNumber("+6129000111A"))
        #expect(!CSVText.isPlainPhoneNumber("+1(555)"))
    }
}
