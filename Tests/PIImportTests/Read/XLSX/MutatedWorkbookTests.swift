import Foundation
import Testing

@testable import PIImport

/// Seeded random damage to valid workbooks: every read must end in rows or an ``ImportError``, never a
/// crash, a hang or another kind of error.
@Suite struct MutatedWorkbookTests {
    static let sheet = TestWorkbook.sheet(
        #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x_x000D_y</t></is></c><c r="C1" s="1"><v>45322.5</v></c></row>"#
            + #"<row r="2"><c r="A2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="d"><v>2024-01-31</v></c></row>"#)
    static let styles = #"<styleSheet xmlns="\#(TestWorkbook.spreadsheetNamespace)"><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>"#

    @Test(arguments: [0, 8]) func damagedBytesNeverCrash(method: Int) throws {
        var zip = TestZip(TestWorkbook.parts(sheet: Self.sheet, sharedStrings: TestWorkbook.sharedStrings(["a &amp; b"]), styles: Self.styles))
        zip.entries = zip.entries.map { var entry = $0; entry.method = method; return entry }
        let original = zip.bytes
        #expect(try TestWorkbook.rows(original).count == 2)
        var random = SeededRandom(seed: UInt64(method) + 1)
        var outcomes: [String: Int] = [:]
        for round in 0..<400 {
            var bytes = original
            for _ in 0...random.below(4) {
                let offset = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[offset] = UInt8(random.below(256))
                case 1: bytes[offset] ^= 1 << UInt8(random.below(8))
                default: bytes.removeSubrange(offset..<min(bytes.count, offset + 1 + random.below(16)))
                }
            }
            var options = ReadOptions()
            options.xlsx.inflatesInBackground = round.isMultiple(of: 2)
            do {
                _ = try TestWorkbook.rows(bytes, options: options)
                outcomes["rows", default: 0] += 1
            } catch let error as ImportError {
                outcomes[error.code.rawValue, default: 0] += 1
            }
        }
        #expect(outcomes.values.reduce(0, +) == 400)
        #expect(outcomes.count > 3, "\(outcomes)")
    }
}
