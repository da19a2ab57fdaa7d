import Testing

@testable import PIImport

@Suite struct XLSXReaderTests {
    static let styles = """
        <styleSheet xmlns="\(TestWorkbook.spreadsheetNamespace)"><numFmts count="3">\
        <numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[h]:mm"/>\
        <numFmt numFmtId="166" formatCode="&quot;day&quot; 0.00"/></numFmts>\
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>\
        <xf numFmtId="20"/><xf numFmtId="22"/></cellXfs></styleSheet>
        """

    func rows(_ sheetData: String, sharedStrings: [String]? = nil, styles: String? = nil, options: ReadOptions = ReadOptions())
        throws -> [RawRow]
    {
        let parts = TestWorkbook.parts(
            sheet: TestWorkbook.sheet(sheetData), sharedStrings: sharedStrings.map(TestWorkbook.sharedStrings), styles: styles)
        return try TestWorkbook.rows(TestZip(parts).bytes, options: options)
    }

    @Test func cellTypesAndSparseRows() throws {
        let rows = try rows(
            """
            <row r="2" spans="1:9"><c r="B2" t="s"><v>1</v></c><c r="D2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>\
            <c r="E2" t="str"><f>A1</f><v>formula_x000D_text</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="e"><v>#N/A</v></c>\
            <c r="H2"><v>-1.5E3</v></c><c r="I2" s="7"/></row>
            <row r="3"/><row r="5"><c r="C5" t="s"><v>0</v></c></row>
            """, sharedStrings: ["zero", "one"])
        #expect(rows.map(\.position.row) == [2, 5])
        #expect(rows[0].position == SourcePosition(file: "book.xlsx", sheet: "Sheet1", row: 2))
        #expect(rows[0].cells == [.empty, .text("one"), .empty, .text("inline"), .text("formula\rtext"), .bool(true), .error("#N/A"), .number(-1500)])
        #expect(rows[1].cells == [.empty, .empty, .text("zero")])
    }

    @Test func rowsAndCellsWithoutReferencesFollowThePreviousOne() throws {
        let rows = try rows(#"<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>"#)
        #expect(rows.map(\.position.row) == [1, 2, 3])
        #expect(rows.map(\.cells) == [[.number(1), .number(2)], [.empty, .empty, .number(3), .number(4)], [.number(5)]])
    }

    @Test func datesFollowTheCellFormat() throws {
        let rows = try rows(
            #"<row r="1"><c s="1"><v>45322</v></c><c s="2"><v>1.5</v></c><c s="3"><v>45322</v></c><c s="4"><v>0.75</v></c><c s="5"><v>45322.5</v></c><c s="1"><v>-1</v></c><c s="99"><v>3</v></c></row>"#,
            styles: Self.styles)
        #expect(
            rows[0].cells == [
                .date(CellDate(iso: "2024-01-31", serial: 45322)), .date(CellDate(iso: "PT36H0M0S", serial: 1.5)),
                .number(45322), .date(CellDate(iso: "18:00:00", serial: 0.75)),
                .date(CellDate(iso: "2024-01-31T12:00:00", serial: 45322.5)), .number(-1), .number(3),
            ])
    }

    @Test func serialsIn1900And1904Systems() {
        func iso(_ serial: Double, _ date1904: Bool = false, _ kind: NumberFormatKind = .date) -> String? {
            ExcelDate.cellDate(serial: serial, kind: kind, date1904: date1904)?.iso
        }
        #expect(iso(1) == "1900-01-01")
        #expect(iso(59) == "1900-02-28")
        #expect(iso(60) == "1900-02-29")
        #expect(iso(61) == "1900-03-01")
        #expect(iso(0) == "1899-12-31")
        #expect(iso(44197) == "2021-01-01")
        #expect(iso(2_958_465) == "9999-12-31")
        #expect(iso(2_958_466) == nil)
        #expect(iso(0, true) == "1904-01-01")
        #expect(iso(42735, true) == "2021-01-01")
        #expect(iso(44197.999999) == "2021-01-02")
        #expect(iso(44197.0000058) == "2021-01-01T00:00:01")
        #expect(iso(1.25, false, .time) == "1900-01-01T06:00:00")
        #expect(iso(-0.5, false, .duration) == "-PT12H0M0S")
    }

    @Test func isoDateCells() {
        #expect(ExcelDate.cellDate(iso: "2021-01-01")?.iso == "2021-01-01")
        #expect(ExcelDate.cellDate(iso: "2021-01-01T00:00:00Z")?.iso == "2021-01-01")
        #expect(ExcelDate.cellDate(iso: "2021-01-01T10:10:10.123+10:00")?.iso == "2021-01-01T10:10:10")
        #expect(ExcelDate.cellDate(iso: "10:10") == CellDate(iso: "10:10:00", serial: nil))
        #expect(ExcelDate.cellDate(iso: "2021-02-29") == nil)
        #expect(ExcelDate.cellDate(iso: "yesterday") == nil)
    }

    @Test func numberFormatClassification() {
        let cases: [(String, NumberFormatKind)] = [
            ("General", .number), ("0.00", .number), ("#,##0 \"days\"", .number), ("0.00E+00", .number),
            ("[Red][<0]0.00", .number), ("yyyy\\-mm\\-dd", .date), ("d-mmm-yy", .date), ("[$-409]mmmm d, yyyy", .date),
            ("\"Date: \"dd/mm/yyyy", .date), ("h:mm AM/PM", .time), ("mm:ss", .time), ("hh:mm:ss", .time),
            ("[hh]:mm:ss", .duration), ("[mm]:ss", .duration), ("[s]", .duration), ("mmm", .date), ("@", .number),
        ]
        for (code, kind) in cases {
            #expect(NumberFormatKind(code: code) == kind, "\(code)")
        }
        #expect((0...50).filter { NumberFormatKind(builtin: $0) != .number } == Array(14...22) + [45, 46, 47])
    }

    @Test func escapesDecode() {
        func decoded(_ text: String) -> String {
            var bytes = Array(text.utf8)
            OOXMLEscape.decode(&bytes, from: 0)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(decoded("a_x000D_b") == "a\rb")
        #expect(decoded("_x005F_x0041_") == "_x0041_")
        #expect(decoded("_xD83D__xDE00_") == "😀")
        #expect(decoded("_xD83D_") == "\u{FFFD}")
        #expect(decoded("_x12G4_ and _x") == "_x12G4_ and _x")
    }

    @Test func sameRowsWhateverTheChunkSize() throws {
        let sheet = """
            <row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> split &amp; joined &#233; </t><rPh><t>no</t></rPh></is></c>\
            <c r="B1"><v>123456.789</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row>
            """
        var expected: [RawRow]?
        for chunkSize in [1, 2, 7, 4096] {
            var options = ReadOptions()
            options.chunkSize = chunkSize
            options.xlsx.inflatesInBackground = chunkSize.isMultiple(of: 2)
            let rows = try rows(sheet, sharedStrings: ["s_x000D_"], options: options)
            #expect(rows.map(\.cells) == [[.text(" split & joined é "), .number(123456.789)], [.text("s\r")]])
            if let expected { #expect(rows == expected) }
            expected = rows
        }
    }

    @Test(arguments: [false, true]) func rowsBeforeAnErrorComeOutFirst(inBackground: Bool) throws {
        let sheet = TestWorkbook.sheet(#"<row r="1"><c><v>1</v></c></row><row r="2"><c t="b"><v>maybe</v></c></row>"#)
        var options = ReadOptions()
        options.xlsx.inflatesInBackground = inBackground
        let reader = try XLSXReader(bytes: TestZip(TestWorkbook.parts(sheet: sheet)).bytes, name: "book.xlsx", options: options)
        #expect(try reader.nextRow()?.cells == [.number(1)])
        let error = try #require(throws: ImportError.self) { try reader.nextRow() }
        #expect(error.description == "book.xlsx[Sheet1]!A2: error: the cell's value is not a boolean [invalid-cell-value]")
        #expect(throws: ImportError.self) { try reader.nextRow() }
    }

    @Test func zipVariantsReadAlike() throws {
        let parts = TestWorkbook.parts(sheet: TestWorkbook.sheet(#"<row r="1"><c r="A1"><v>42</v></c></row>"#))
        var stored = TestZip(parts)
        stored.entries = stored.entries.map { var entry = $0; entry.method = 0; return entry }
        var described = TestZip(parts)
        described.entries = described.entries.map { var entry = $0; entry.dataDescriptor = true; return entry }
        var commented = TestZip(parts)
        commented.comment = Array("PK\u{5}\u{6} a comment that looks like an end record".utf8)
        var zip64 = TestZip(parts)
        zip64.zip64 = true
        for zip in [stored, described, commented, zip64] {
            #expect(try TestWorkbook.rows(zip.bytes).map(\.cells) == [[.number(42)]])
        }
    }

    @Test func rootLevelPackageWithBackslashesAndPrefixes() throws {
        let types = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        let zip = TestZip([
            ("_rels\\.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="\#(types)officeDocument" Target="/book.xml"/></Relationships>"#),
            ("book.xml", "\u{FEFF}<?xml version=\"1.0\"?>" + #"<x:workbook xmlns:x="\#(TestWorkbook.spreadsheetNamespace)" xmlns:rel="\#(TestWorkbook.relationshipsNamespace)"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Hidden" state="hidden" rel:id="s2"/><x:sheet name="Data" rel:id="s1"/></x:sheets></x:workbook>"#),
            ("_rels/Book.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="\#(types)worksheet" Target="sheets/one.xml"/><Relationship Id="s2" Type="\#(types)worksheet" Target="sheets/../sheets/two.xml"/><Relationship Id="st" Type="\#(types)styles" Target="Styles.XML"/><Relationship Id="x" Type="\#(types)hyperlink" Target="https://example.com" TargetMode="External"/></Relationships>"#),
            ("styles.xml", #"<styleSheet xmlns="\#(TestWorkbook.spreadsheetNamespace)"><cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>"#),
            ("sheets/one.xml", #"<x:worksheet xmlns:x="\#(TestWorkbook.spreadsheetNamespace)"><x:sheetData><x:row><x:c><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>"#),
            ("sheets/two.xml", TestWorkbook.sheet(#"<row><c t="inlineStr"><is><t>hidden</t></is></c></row>"#)),
        ])
        let reader = try XLSXReader(bytes: zip.bytes, name: "root.xlsx")
        #expect(reader.info.sheet == "Data")
        #expect(reader.info.sheets == [SheetInfo(name: "Hidden", kind: .worksheet, visibility: .hidden), SheetInfo(name: "Data", kind: .worksheet, visibility: .visible)])
        #expect(try reader.nextRow()?.cells == [.date(CellDate(iso: "1904-01-01", serial: 0))])
        var options = ReadOptions()
        options.sheet = .index(1)
        #expect(try TestWorkbook.rows(zip.bytes, options: options).map(\.cells) == [[.text("hidden")]])
        options.sheet = .name("data")
        #expect(try TestWorkbook.rows(zip.bytes, options: options).count == 1)
        options.sheet = .index(3)
        let error = try #require(throws: ImportError.self) { try TestWorkbook.rows(zip.bytes, options: options) }
        #expect(error.description == "book.xlsx: error: there is no sheet 3; the sheets are: 1. Hidden (hidden); 2. Data [sheet-not-found]")
    }

    @Test(arguments: [false, true]) func streamsTwentyThousandRowsInOrder(inBackground: Bool) throws {
        let sheet = TestWorkbook.sheet(
            (1...20_000).map { #"<row r="\#($0)"><c r="A\#($0)" t="inlineStr"><is><t>client \#($0 * 7919 % 10007)</t></is></c><c r="B\#($0)"><v>\#($0 * 31)</v></c></row>"# }.joined())
        var options = ReadOptions()
        options.chunkSize = 4096
        options.xlsx.inflatesInBackground = inBackground
        let reader = try XLSXReader(bytes: TestZip(TestWorkbook.parts(sheet: sheet)).bytes, name: "big.xlsx", options: options)
        var count = 0
        while let next = try reader.nextRow() {
            count += 1
            #expect(next.position.row == count)
            #expect(next.cells == [.text("client \(count * 7919 % 10007)"), .number(Double(count * 31))])
        }
        #expect(count == 20_000)
    }

    @Test func cellReferences() {
        func parse(_ text: String) -> Result<CellReference, CellReference.Failure> {
            Array(text.utf8).withUnsafeBufferPointer(CellReference.parse)
        }
        #expect(parse("A1") == .success(CellReference(column: 1, row: 1)))
        #expect(parse("xfd1048576") == .success(CellReference(column: 16_384, row: 1_048_576)))
        #expect(parse("XFE1") == .failure(.outOfRange))
        #expect(parse("AAAAAAAAAAAAAAAAAAAAAAAA1") == .failure(.outOfRange))
        #expect(parse("A0") == .failure(.invalid))
        #expect(parse("A") == .failure(.invalid))
        #expect(parse("$A$1") == .failure(.invalid))
    }
}
