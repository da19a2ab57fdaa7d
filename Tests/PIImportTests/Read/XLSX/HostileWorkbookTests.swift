import Foundation
import Testing

@testable import PIImport

/// Workbooks built to attack or break the reader: each must fail fast with its exact code and position.
@Suite struct HostileWorkbookTests {
    static let sheetPart = "xl/worksheets/sheet1.xml"

    /// Reads every row of `bytes`; returns the error, checking that it came within two seconds.
    func failure(_ bytes: [UInt8], options: ReadOptions = ReadOptions()) throws -> ImportError {
        let start = ContinuousClock.now
        defer { #expect(ContinuousClock.now - start < .seconds(2)) }
        do {
            let rows = try TestWorkbook.rows(bytes, options: options)
            Issue.record("read \(rows.count) rows; expected an error")
            throw CancellationError()
        } catch let error as ImportError {
            #expect(error.kind == .badData)
            return error
        }
    }

    func valid(sheet: String = TestWorkbook.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#)) -> TestZip {
        TestZip(TestWorkbook.parts(sheet: sheet))
    }

    @Test func zipBombStopsAtTheRatioCheck() throws {
        var zip = valid()
        let padding = [UInt8](repeating: UInt8(ascii: " "), count: 50 << 20)
        let sheet = Array(#"<worksheet xmlns="\#(TestWorkbook.spreadsheetNamespace)">"#.utf8) + padding + Array("</worksheet>".utf8)
        zip.entries[3] = TestZip.Entry(name: Self.sheetPart, data: sheet)
        let error = try failure(zip.bytes)
        #expect(error.code == .zipBomb)
        #expect(error.position == SourcePosition(file: "book.xlsx", part: Self.sheetPart))
    }

    @Test func partCapStopsAPartThatSaysItIsLarge() throws {
        var options = ReadOptions()
        options.xlsx.maxPartBytes = 100
        let error = try failure(valid().bytes, options: options)
        #expect(error.code == .partTooLarge)
        #expect(error.position == SourcePosition(file: "book.xlsx", part: "_rels/.rels"))
    }

    @Test func totalCapCountsEveryPart() throws {
        var options = ReadOptions()
        options.xlsx.maxTotalBytes = 600
        let error = try failure(valid().bytes, options: options)
        #expect(error.code == .workbookTooLarge)
        #expect(error.position == SourcePosition(file: "book.xlsx", part: "xl/_rels/workbook.xml.rels"))
    }

    @Test func billionLaughsIsRefusedAtItsDoctype() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <sst xmlns="\(TestWorkbook.spreadsheetNamespace)"><si><t>&lol3;</t></si></sst>
            """
        let zip = TestZip(TestWorkbook.parts(sheet: TestWorkbook.sheet(""), sharedStrings: laughs))
        let error = try failure(zip.bytes)
        #expect(error.code == .xmlDoctype)
        #expect(error.position == SourcePosition(file: "book.xlsx", part: "xl/sharedStrings.xml", line: 2, column: 16))
    }

    @Test func externalEntityIsRefusedBeforeAnyFileIsRead() throws {
        let xxe = """
            <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <sst xmlns="\(TestWorkbook.spreadsheetNamespace)"><si><t>&xxe;</t></si></sst>
            """
        let zip = TestZip(TestWorkbook.parts(sheet: TestWorkbook.sheet(#"<row><c t="s"><v>0</v></c></row>"#), sharedStrings: xxe))
        let error = try failure(zip.bytes)
        #expect(error.code == .xmlDoctype)
        #expect(error.position == SourcePosition(file: "book.xlsx", part: "xl/sharedStrings.xml", line: 1, column: 36))
        #expect(!error.description.contains("root:"))
    }

    @Test func undeclaredEntityIsMalformed() throws {
        let sheet = TestWorkbook.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>"#)
        let error = try failure(valid(sheet: sheet).bytes)
        #expect(error.code == .malformedXML)
        #expect(error.message == "malformed XML: Entity 'xxe' not defined")
        #expect(error.position == SourcePosition(file: "book.xlsx", sheet: "Sheet1", part: Self.sheetPart, line: 1, column: 174))
    }

    @Test func truncatedZipSaysSo() throws {
        let bytes = valid().bytes
        let error = try failure(Array(bytes.prefix(bytes.count / 2)))
        #expect(error.code == .truncatedZip)
        #expect(error.position == SourcePosition(file: "book.xlsx"))
    }

    @Test func notAZip() throws {
        let error = try failure(Array("Client Name,Email\n".utf8))
        #expect(error.code == .notAZip)
        #expect(error.description == "book.xlsx: error: not an .xlsx workbook: the file is not a ZIP archive [not-a-zip]")
    }

    @Test(arguments: [false, true]) func crcMismatchNamesThePart(inBackground: Bool) throws {
        var zip = valid()
        zip.entries[3].crc = 0x1234_5678
        var options = ReadOptions()
        options.xlsx.inflatesInBackground = inBackground
        let error = try failure(zip.bytes, options: options)
        #expect(error.code == .crcMismatch)
        #expect(error.position == SourcePosition(file: "book.xlsx", part: Self.sheetPart))
    }

    @Test func duplicateEntriesAreRefused() throws {
        var zip = valid()
        zip.entries.append(TestZip.Entry(name: "XL\\Worksheets\\Sheet1.xml", data: Array("<x/>".utf8)))
        let error = try failure(zip.bytes)
        #expect(error.code == .duplicateEntry)
        #expect(error.position == SourcePosition(file: "book.xlsx", part: "XL\\Worksheets\\Sheet1.xml"))
    }

    @Test func sizeThatUnderstatesIsCaughtWhileInflating() throws {
        var zip = valid()
        zip.entries[3].declaredSize = 10
        let error = try failure(zip.bytes)
        #expect(error.code == .entrySizeMismatch)
        #expect(error.message == "the part inflates past the 10 bytes its header declares")
    }

    @Test func sizeThatOverstatesIsCaughtAtTheEnd() throws {
        var zip = valid()
        zip.entries[3].declaredSize = 100_000
        zip.entries[3].method = 0
        let error = try failure(zip.bytes)
        #expect(error.code == .entrySizeMismatch)
        zip.entries[3].method = 8
        let deflated = try failure(zip.bytes)
        #expect(deflated.code == .entrySizeMismatch)
        #expect(deflated.message.hasSuffix("its header declares 100000"))
    }

    @Test func legacyAndEncryptedCompoundFilesAreToldApart() throws {
        let legacy = try SourceOpener.compoundFileError(
            RandomAccessInput(bytes: TestCompoundFile.bytes(streams: ["Workbook", "\u{5}SummaryInformation"]), name: "old.xls"))
        #expect(legacy.code == .legacyXLS)
        #expect(legacy.message.contains("save it as .xlsx"))
        let encrypted = try SourceOpener.compoundFileError(
            RandomAccessInput(bytes: TestCompoundFile.bytes(streams: ["EncryptionInfo", "EncryptedPackage"]), name: "secret.xlsx"))
        #expect(encrypted.code == .encryptedWorkbook)
        #expect(encrypted.message.contains("remove the password"))
        let other = try SourceOpener.compoundFileError(
            RandomAccessInput(bytes: TestCompoundFile.bytes(streams: ["WordDocument"]), name: "letter.doc"))
        #expect(other.code == .unsupportedFormat)
        let garbage = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0xFF, count: 600)
        #expect(try SourceOpener.compoundFileError(RandomAccessInput(bytes: garbage, name: "x.xls")).code == .unsupportedFormat)
    }

    @Test func sharedStringOutOfRangeNamesTheCell() throws {
        let sheet = TestWorkbook.sheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2" t="s"><v>7</v></c></row>"#)
        let zip = TestZip(TestWorkbook.parts(sheet: sheet, sharedStrings: TestWorkbook.sharedStrings(["only"])))
        let reader = try XLSXReader(bytes: zip.bytes, name: "book.xlsx")
        #expect(try reader.nextRow()?.cells == [.text("only")])
        let error = try #require(throws: ImportError.self) { try reader.nextRow() }
        #expect(error.code == .sharedStringOutOfRange)
        #expect(error.description == "book.xlsx[Sheet1]!B2: error: the cell refers to shared string 7; the workbook has 1 [shared-string-out-of-range]")
    }

    @Test func missingReferencedPartIsNamed() throws {
        var parts = TestWorkbook.parts(sheet: TestWorkbook.sheet(""), sharedStrings: TestWorkbook.sharedStrings([]))
        parts.removeAll { $0.0 == "xl/sharedStrings.xml" }
        let error = try failure(TestZip(parts).bytes)
        #expect(error.code == .missingPart)
        #expect(error.description == "book.xlsx: xl/sharedStrings.xml: error: the part xl/sharedStrings.xml that xl/_rels/workbook.xml.rels refers to is not in the archive [missing-part]")
        var noSheet = TestWorkbook.parts(sheet: "")
        noSheet.removeAll { $0.0 == Self.sheetPart }
        #expect(try failure(TestZip(noSheet).bytes).code == .missingPart)
    }

    @Test func cellReferenceBeyondTheGridNamesTheCell() throws {
        let column = try failure(valid(sheet: TestWorkbook.sheet(#"<row r="3"><c r="XFE3"><v>1</v></c></row>"#)).bytes)
        #expect(column.code == .cellReferenceOutOfRange)
        #expect(column.description == "book.xlsx[Sheet1]!3: error: cell reference XFE3 is beyond the last cell, XFD1048576 [cell-reference-out-of-range]")
        let row = try failure(valid(sheet: TestWorkbook.sheet(#"<row r="1048577"><c><v>1</v></c></row>"#)).bytes)
        #expect(row.code == .cellReferenceOutOfRange)
        let huge = try failure(valid(sheet: TestWorkbook.sheet(#"<row><c r="A99999999999999999999999"><v>1</v></c></row>"#)).bytes)
        #expect(huge.code == .cellReferenceOutOfRange)
        let invalid = try failure(valid(sheet: TestWorkbook.sheet(#"<row><c r="1A"><v>1</v></c></row>"#)).bytes)
        #expect(invalid.code == .invalidCellReference)
    }

    @Test func malformedXMLGivesPartLineAndColumn() throws {
        let sheet = "<worksheet>\n<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></c>\n</sheetData></worksheet>"
        let error = try failure(valid(sheet: sheet).bytes)
        #expect(error.code == .malformedXML)
        #expect(error.description.hasPrefix("book.xlsx: xl/worksheets/sheet1.xml:4:13: error: malformed XML: "))
    }

    @Test func cellTextOverTheLimitIsRefused() throws {
        var options = ReadOptions()
        options.maxFieldBytes = 8
        let sheet = TestWorkbook.sheet(#"<row r="2"><c r="C2" t="inlineStr"><is><t>0123456789</t></is></c></row>"#)
        let error = try failure(valid(sheet: sheet).bytes, options: options)
        #expect(error.code == .fieldTooLarge)
        #expect(error.position == SourcePosition(file: "book.xlsx", sheet: "Sheet1", row: 2, column: 3))
    }
}

/// Builds minimal OLE2 compound files (MS-CFB, 512-byte sectors): a FAT sector, then one directory sector.
enum TestCompoundFile {
    static func bytes(streams: [String]) -> [UInt8] {
        var header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        func put(_ value: Int, _ width: Int, at offset: Int, in bytes: inout [UInt8]) {
            for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        }
        put(0x3E, 2, at: 0x18, in: &header)
        put(3, 2, at: 0x1A, in: &header)
        put(0xFFFE, 2, at: 0x1C, in: &header)
        put(9, 2, at: 0x1E, in: &header)
        put(6, 2, at: 0x20, in: &header)
        put(1, 4, at: 0x2C, in: &header)
        put(1, 4, at: 0x30, in: &header)
        put(4096, 4, at: 0x38, in: &header)
        put(0xFFFF_FFFE, 4, at: 0x3C, in: &header)
        put(0xFFFF_FFFE, 4, at: 0x44, in: &header)
        for index in 0..<109 { put(index == 0 ? 0 : 0xFFFF_FFFF, 4, at: 0x4C + index * 4, in: &header) }
        var fat = [UInt8](repeating: 0xFF, count: 512)
        put(0xFFFF_FFFD, 4, at: 0, in: &fat)
        put(0xFFFF_FFFE, 4, at: 4, in: &fat)
        var directory = [UInt8](repeating: 0, count: 512)
        for (index, name) in (["Root Entry"] + streams).prefix(4).enumerated() {
            let units = Array(name.utf16) + [0]
            for (position, unit) in units.enumerated() { put(Int(unit), 2, at: index * 128 + position * 2, in: &directory) }
            put(units.count * 2, 2, at: index * 128 + 0x40, in: &directory)
            directory[index * 128 + 0x42] = index == 0 ? 5 : 2
        }
        return header + fat + directory
    }
}
