import Testing

@testable import PIImport

@Suite struct CellDamageTests {
    @Test(arguments: ["6.14E+10", "4.15444e+9", "1E+12", "1e12", "1.5E-3", ".5E+2", "5.E2", "61412338902E0"])
    func scientificNotationIsFound(_ text: String) {
        #expect(StringBytes.withBytes(text, CellDamage.isScientific))
    }

    @Test(arguments: [
        "", "E+10", "e5", ".E5", "6.14E", "6.14E+", "6.14E+-1", "6.1.4E+10", "6,14E+10", "6.14E+10 ", " 6.14E+10",
        "6.14E+1x", "6.14EE10", "6.14E+10e2", "02 6856 0917", "0412338902", "+61 412 338 902", "3000", "SW1A 1AA",
        "Eve", "1e", "１E5", "6.14Ｅ+10",
    ])
    func otherTextIsNot(_ text: String) {
        #expect(!StringBytes.withBytes(text, CellDamage.isScientific))
    }

    @Test func aPhoneInScientificNotationIsAWarningWhereACodeBelongs() {
        let place = CellPosition(row: SourcePosition(file: "a.csv", row: 2, line: 2), headers: ["Phone"], column: 1)
        let found = StringBytes.withBytes("6.14E+10") { CellDamage.check(.text, text: $0, field: .phone, at: place) }
        #expect(found?.code == .scientificNotation)
        #expect(found?.severity == .warning)
        #expect(found?.position.columnName == "Phone")
        #expect(StringBytes.withBytes("6.14E+10") { CellDamage.check(.text, text: $0, field: .notes, at: place) } == nil)
    }
}
