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
