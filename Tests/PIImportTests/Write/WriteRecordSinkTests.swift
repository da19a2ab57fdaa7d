import Foundation
import Testing

@testable import PIImport

@Suite struct WriteJSONLinesTests {
    @Test func threeClientsExactBytes() throws {
        let output = MemoryOutput()
        let sink = JSONLinesSink(output: output)
        for record in WriteFixtures.threeClients { try sink.write(record) }
        try sink.finish()
        let expected = #"""
            {"name":"Marlow Constructions Pty Ltd","businessStructure":"Company","companyNumber":"123 456 780","phone":"+61290001111","website":"https://marlowcon.example","address":{"lines":["Level 2","12 Builder St","Rear entrance"],"city":"Parramatta","region":"NSW","postcode":"2150","country":"Australia"},"postalAddress":{"lines":["PO Box 77"],"city":"Parramatta","region":"NSW","postcode":"2124","country":"Australia"},"tags":["imported","builders"],"state":"ACTIVE","contacts":[{"name":"Gavin Marlow","email":"gavin@marlowcon.example","phone":"+61 2 9000 1111","mobile":"0401 220 556","salutation":"Gavin","addressee":"Mr G Marlow","isDefault":true},{"name":"Sandra Marlow","email":"accounts@marlowcon.example","mobile":"0412 000 111","isDefault":false}],"appClients":[],"source":{"file":"clients.csv","rows":[2,3]}}
            {"name":"Elena Reyes","businessStructure":"Individual","address":{"lines":["9 Sole Trader Rd"],"city":"Newtown","region":"NSW","postcode":"2042","country":"Australia"},"tags":["imported"],"state":"LEAD","contacts":[{"name":"Elena Reyes","email":"elena.reyes@example.com","mobile":"0422 909 313","isDefault":true}],"appClients":[{"app":"xero","externalId":"0b1e5c1a-7f7e-4f55-9c55-3a4d2b1c0d9e","name":"Elena Reyes"}],"source":{"file":"clients.csv","rows":[4]}}
            {"name":"@SUM(A1:A9) Holdings","tags":[],"notes":"=HYPERLINK(\"http://evil.example\",\"click\")","state":"ACTIVE","contacts":[],"appClients":[],"source":{"file":"book.xlsx","sheet":"Clients","rows":[7]}}

            """#
        #expect(output.text == expected)
        #expect(output.isFinished)
        #expect(sink.count == 3)
    }

    @Test func richRecordsDecodeBackWithJSONDecoder() throws {
        let records = WriteFixtures.threeClients + WriteFixtures.richRecords + [WriteFixtures.fullyPopulated]
        let output = MemoryOutput()
        let sink = JSONLinesSink(output: output)
        for record in records { try sink.write(record) }
        try sink.finish()
        let lines = output.bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect(lines.count == records.count + 1)
        #expect(lines.last?.isEmpty == true)
        let decoder = JSONDecoder()
        let decoded = try lines.dropLast().map { try decoder.decode(ClientRecord.self, from: Data($0)) }
        #expect(decoded == records)
    }

    @Test func escapesControlCharactersAndLineSeparators() throws {
        var buffer: [UInt8] = []
        JSONLinesSink.append(WriteFixtures.richRecords[0], to: &buffer)
        let text = String(decoding: buffer, as: UTF8.self)
        #expect(text.contains(#""notes":"ctrl \u0001\u001f"#))
        #expect(text.contains(#""tags":["a,b","back\\slash","\u2028","\u2029"]"#))
        #expect(text.contains(#""addressee":"Ms \u0000Nul""#))
        #expect(text.contains(#""address":{"lines":[]},"postalAddress":{"lines":["Line\none","Tab\there"]}"#))
        // One physical line per record: no raw line break or separator inside.
        #expect(text.filter { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }.count == 1)
    }

    @Test func keepsRecordOrderOfKeys() throws {
        var buffer: [UInt8] = []
        JSONLinesSink.append(WriteFixtures.fullyPopulated, to: &buffer)
        let text = String(decoding: buffer, as: UTF8.self)
        let keys = [
            "\"id\"", "\"name\"", "\"businessStructure\"", "\"companyNumber\"", "\"gstRegistered\"", "\"phone\"", "\"fax\"",
            "\"website\"", "\"address\"", "\"postalAddress\"", "\"tags\"", "\"notes\"", "\"state\"", "\"contacts\"",
            "\"appClients\"", "\"source\"",
        ]
        let offsets = keys.map { key in text.range(of: key).map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1 }
        #expect(!offsets.contains(-1))
        #expect(offsets == offsets.sorted())
    }
}

@Suite struct WriteIgnitionCSVTests {
    static let headerLine =
        "Client ID,Client Name,Contact ID,Contact Name,Contact Email,Contact Phone,Contact Mobile,Salutation,Addressee,Business Structure,Company Number,Phone,Website,Address Line 1,Address Line 2,City,State,Postcode,Country,Postal Address Line 1,Postal Address Line 2,Postal City,Postal State,Postal Postcode,Postal Country,Tags,Notes,Tracking Category 1,Tracking Category 2"

    @Test func threeClientsExactBytes() throws {
        let output = MemoryOutput()
        let sink = try IgnitionCSVSink(output: output)
        for record in WriteFixtures.threeClients { try sink.write(record) }
        try sink.finish()
        let expected =
            Self.headerLine + "\r\n"
            + ",Marlow Constructions Pty Ltd,,Gavin Marlow,gavin@marlowcon.example,+61 2 9000 1111,0401 220 556,Gavin,Mr G Marlow,Company,123 456 780,+61290001111,https://marlowcon.example,Level 2,\"12 Builder St, Rear entrance\",Parramatta,NSW,2150,Australia,PO Box 77,,Parramatta,NSW,2124,Australia,\"imported, builders\",,,\r\n"
            + ",Marlow Constructions Pty Ltd,,Sandra Marlow,accounts@marlowcon.example,,0412 000 111,,,Company,123 456 780,+61290001111,https://marlowcon.example,Level 2,\"12 Builder St, Rear entrance\",Parramatta,NSW,2150,Australia,PO Box 77,,Parramatta,NSW,2124,Australia,\"imported, builders\",,,\r\n"
            + ",Elena Reyes,,Elena Reyes,elena.reyes@example.com,,0422 909 313,,,Individual,,,,9 Sole Trader Rd,,Newtown,NSW,2042,Australia,,,,,,,imported,,,\r\n"
            + ",'@SUM(A1:A9) Holdings" + String(repeating: ",", count: 25)
            + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",,\r\n"
        #expect(output.text == expected)
        #expect(output.bytes.prefix(3) != [0xEF, 0xBB, 0xBF])
        #expect(sink.clients == 3)
        #expect(sink.rows == 4)
        #expect(sink.neutralisedCells == 2)
    }

    @Test func everyRowHasTheHeaderWidth() throws {
        for record in WriteFixtures.threeClients + WriteFixtures.richRecords {
            for contact in record.contacts.isEmpty ? [nil] : record.contacts.map(Optional.some) {
                #expect(IgnitionCSVSink.row(record, contact).count == IgnitionCSVSink.header.count)
            }
        }
        #expect(IgnitionCSVSink.header.joined(separator: ",") == Self.headerLine)
        #expect(!IgnitionCSVSink.header.contains { $0.lowercased().contains("tax") || $0.lowercased().contains("tfn") })
    }

    @Test func byteOrderMarkOnRequest() throws {
        let output = MemoryOutput()
        let sink = try IgnitionCSVSink(output: output, byteOrderMark: true)
        try sink.finish()
        #expect(output.bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: output.bytes.dropFirst(3), as: UTF8.self) == Self.headerLine + "\r\n")
    }
}

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

@Suite struct WriteRejectsCSVTests {
    @Test func rejectedRowsExactBytes() throws {
        let output = MemoryOutput()
        let writer = try RejectsCSVWriter(
            output: output, header: ["Name", "TFN", "Email", "Notes", "Phone"], droppingColumns: [1])
        let file = "clients.csv"
        try writer.write(
            RawRow(
                cells: [.text("Acme"), .text("123 456 782"), .empty, .text("=1+2"), .text("+61 2 9000 1111")],
                position: SourcePosition(file: file, row: 2, line: 2)),
            diagnostics: [
                Diagnostic("missing-email", .error, at: SourcePosition(file: file, row: 2), "Contact Email is empty"),
                Diagnostic("formula-like", .warning, at: SourcePosition(file: file, row: 2), "Notes look like a formula"),
            ])
        try writer.write(
            RawRow(cells: [.text("Bob, Jr.")], position: SourcePosition(file: file, row: 3, line: 3)),
            diagnostics: [Diagnostic(.raggedRow, .error, at: SourcePosition(file: file, row: 3), "Row has 1 cell where the header has 5")])
        try writer.write(
            RawRow(
                cells: [.text("Cy"), .text("x"), .text("c@d.example"), .text("note \"q\""), .text("-5"), .text("extra"), .empty],
                position: SourcePosition(file: file, row: 4, line: 4)),
            diagnostics: [Diagnostic(.raggedRow, .error, at: SourcePosition(file: file, row: 4), "Row has 7 cells where the header has 5")])
        try writer.write(
            RawRow(
                cells: [.number(42), .number(1), .bool(true), .date(CellDate(iso: "2024-01-31", serial: 45322)), .error("#N/A")],
                position: SourcePosition(file: file, row: 5)),
            diagnostics: [])
        try writer.finish()
        let expected =
            "\u{FEFF}Name,Email,Notes,Phone,pi-import codes,pi-import messages\r\n"
            + "Acme,,'=1+2,+61 2 9000 1111,missing-email; formula-like,Contact Email is empty; Notes look like a formula\r\n"
            + "\"Bob, Jr.\",,,,ragged-row,Row has 1 cell where the header has 5\r\n"
            + "Cy,c@d.example,\"note \"\"q\"\"\",'-5,extra,ragged-row,Row has 7 cells where the header has 5\r\n"
            + "42,TRUE,2024-01-31,#N/A,,\r\n"
        #expect(output.bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        #expect(output.text == expected)
        #expect(!output.text.contains("123 456 782"))
        #expect(writer.count == 4)
        #expect(writer.neutralisedCells == 2)
    }

    @Test func headerCellsAreProtectedToo() throws {
        let output = MemoryOutput()
        _ = try RejectsCSVWriter(output: output, header: ["=cmd", "Name"])
        #expect(output.text == "\u{FEFF}'=cmd,Name,pi-import codes,pi-import messages\r\n")
    }
}

@Suite struct WriteIgnitionCSVRowTests {
    /// The fast path writes exactly what the cells of `row(_:_:)` give.
    @Test func appendedRowMatchesTheRowCells() {
        let records = WriteFixtures.threeClients + WriteFixtures.richRecords + [WriteFixtures.fullyPopulated]
        for record in records {
            for contact in record.contacts.isEmpty ? [nil] : record.contacts.map(Optional.some) {
                var fast: [UInt8] = []
                let fastCount = IgnitionCSVSink.appendRow(
                    record, contact, tags: record.tags.joined(separator: ", "), to: &fast)
                var slow: [UInt8] = []
                let slowCount = CSVText.appendRecord(IgnitionCSVSink.row(record, contact), to: &slow)
                #expect(fast == slow)
                #expect(fastCount == slowCount)
            }
        }
    }
}

@Suite struct WriteCollectingSinkTests {
    @Test func keepsRecordsUntilAborted() throws {
        let sink = CollectingSink()
        for record in WriteFixtures.threeClients { try sink.write(record) }
        try sink.finish()
        #expect(sink.records == WriteFixtures.threeClients)
        #expect(sink.isFinished)
        sink.abort()
        #expect(sink.records.isEmpty)
        #expect(!sink.isFinished)
    }
}
