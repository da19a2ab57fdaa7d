import Testing

@testable import PIImport

/// The XLSX samples (written by scripts/make-xlsx-samples.py), read end to end through ``SourceOpener``.
@Suite struct SampleWorkbookTests {
    func read(_ name: String, sheet: SheetSelector? = nil) throws -> (SourceInfo, [RawRow]) {
        let source = try SourceOpener.open(
            path: TestPaths.sample(name).path, name: name, options: ReadOptions(sheet: sheet))
        var rows: [RawRow] = []
        while let row = try source.nextRow() { rows.append(row) }
        #expect(source.takeDiagnostics().isEmpty)
        return (source.info, rows)
    }

    /// Text cells from strings, `nil` as empty.
    func texts(_ values: [String?]) -> [Cell] {
        values.map { $0.map(Cell.text) ?? .empty }
    }

    @Test func clientsFirstSheet() throws {
        let (info, rows) = try read("clients.xlsx")
        #expect(info.format == "xlsx")
        #expect(info.sheet == "Clients")
        #expect(info.trimsTrailingEmptyCells)
        #expect(
            info.sheets == [
                SheetInfo(name: "Clients", kind: .worksheet, visibility: .visible),
                SheetInfo(name: "Archived", kind: .worksheet, visibility: .visible),
                SheetInfo(name: "Lookups", kind: .worksheet, visibility: .hidden),
            ])
        #expect(rows.map(\.position.row) == [1, 2, 3, 4, 5, 6, 7])
        #expect(rows[0].position == SourcePosition(file: "clients.xlsx", sheet: "Clients", row: 1))
        #expect(
            rows[0].cells
                == texts([
                    "Client Name", "Contact Name", "Email", "Phone", "Mobile", "Address", "Suburb", "State", "Postcode",
                    "Country", "Business Structure", "Tax Number", "Notes", "Client Since",
                ]))
        #expect(
            rows[1].cells
                == texts([
                    "Marlow Constructions Pty Ltd", "Gavin Marlow", "gavin@marlowcon.example", "02 9000 1111",
                    "0401 220 556", "12 Builder St", "Parramatta", "NSW", "2150", "Australia", "Company", "865 414 088", nil,
                ]) + [.date(CellDate(iso: "2021-01-01", serial: 44197))])
        #expect(
            rows[2].cells
                == texts([
                    "Ashfield Family Trust", "Margaret Ashfield", "margaret@ashfield.example", nil, "0412 338 902",
                    "4 Trust Ave", "Ashfield", "NSW", "2131", "Australia", "Trust", "876 543 210",
                    "Trustee is Margaret; TFN 456 789 127 on file",
                ]) + [.date(CellDate(iso: "2020-01-01", serial: 43831))])
        #expect(
            rows[3].cells
                == texts([
                    "Top End Traders", "Kirra Walker", "kirra@topend.example", "08 8900 1234", "0438 100 200",
                    "7 Mitchell St", "Darwin", "NT",
                ]) + [.number(800)] + texts(["Australia", "Partnership", nil, "Postcode typed as a number"])
                + [.date(CellDate(iso: "2023-03-15T12:00:00", serial: 45000.5))])
        #expect(
            rows[4].cells
                == texts([
                    "Aroha Ngata", "Aroha Ngata", "aroha.ngata@example.co.nz", nil, "021 555 0199", "18 Ponsonby Rd",
                    "Ponsonby", nil, "1011", "New Zealand", "Individual", "49-091-850", "Prefers phone calls\nafter 3pm",
                ]) + [.date(CellDate(iso: "2023-01-01", serial: 44927))])
        #expect(
            rows[5].cells
                == texts([
                    "Kauri Café Limited", "Tāne Wiremu", "tane@kauricafe.example.nz", "09 300 4000", nil, "1 Queen St",
                    "Auckland", nil, "1010", "New Zealand", "Company", "123-456-785", nil,
                ]) + [.date(CellDate(iso: "2022-02-01", serial: 44593))])
        #expect(
            rows[6].cells
                == texts([
                    "Zoë & José Bakery", "José García", "hola@zjbakery.example", "03 9000 2222", "0400 000 111",
                    "3/55 Smith St", "Fitzroy", "VIC", "3065", "Australia", "Sole Trader", "314 159 262",
                ]))
    }

    @Test func clientsOtherSheetsByNameAndIndex() throws {
        let (archived, rows) = try read("clients.xlsx", sheet: .name("Archived"))
        #expect(archived.sheet == "Archived")
        #expect(rows.count == 2)
        #expect(
            rows[1].cells
                == texts([
                    "Bluewater Logistics Pty Ltd", "Sam Chen", "sam@bluewater.example", "07 3000 5000", nil, "9 Wharf St",
                    "Brisbane", "QLD", "4000", "Australia", "Company", nil, "Closed 2023",
                ]) + [.date(CellDate(iso: "2015-01-01", serial: 42005))])
        let (hidden, lookups) = try read("clients.xlsx", sheet: .index(3))
        #expect(hidden.sheet == "Lookups")
        #expect(lookups.map(\.cells) == [["State"], ["NSW"], ["VIC"], ["QLD"], ["NT"]].map(texts))
    }

    @Test func xeroContactsExport() throws {
        let (info, rows) = try read("xero-contacts.xlsx")
        #expect(info.sheet == "Contacts")
        #expect(rows.count == 5)
        let header = rows[0].cells.compactMap(\.text)
        #expect(header.count == 38)
        #expect(Array(header.prefix(5)) == ["*ContactName", "AccountNumber", "EmailAddress", "FirstName", "LastName"])
        #expect(header[31] == "TaxNumber")
        #expect(rows[1].cells.count == 38)
        #expect(rows[1].cells[0] == .text("Marlow Constructions Pty Ltd"))
        #expect(rows[1].cells[31] == .text("11 123 456 780"))
        #expect(rows[1].cells[37] == .text("123456780"))
        #expect(
            rows[3].cells
                == texts([
                    "Elena Reyes", "REY001", "elena.reyes@example.com", "Elena", "Reyes", nil, "9 Sole Trader Rd", nil, nil,
                    nil, "Newtown", "NSW", "2042", "Australia",
                ]) + Array(repeating: .empty, count: 11) + [.text("0422 909 313")])
        #expect(rows[4].cells.count == 32)
        #expect(rows[4].cells[31] == .text("49-091-850"))
    }

    @Test func datesIn1904System() throws {
        let (_, rows) = try read("dates-1904.xlsx")
        #expect(
            rows.dropFirst().map(\.cells) == [
                [
                    .text("Marlow Constructions Pty Ltd"), .date(CellDate(iso: "2021-01-01", serial: 42735)),
                    .date(CellDate(iso: "2021-03-07T18:00:00", serial: 42800.75)),
                    .date(CellDate(iso: "10:30:00", serial: 0.4375)), .date(CellDate(iso: "PT36H0M0S", serial: 1.5)),
                ],
                [
                    .text("Aroha Ngata"), .date(CellDate(iso: "1904-01-01", serial: 0)),
                    .date(CellDate(iso: "1904-01-02", serial: 1)), .date(CellDate(iso: "12:00:00", serial: 0.5)),
                    .date(CellDate(iso: "PT6H0M0S", serial: 0.25)),
                ],
            ])
    }
}
