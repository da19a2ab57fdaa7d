import Foundation
import Testing

@testable import PIImport

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
