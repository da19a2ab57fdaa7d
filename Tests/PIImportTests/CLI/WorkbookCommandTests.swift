import Foundation
import Testing

/// Runs the built `pi-import` (`swift build` first; scripts/test.sh does) on workbooks.
@Suite struct WorkbookCommandTests {
    /// Runs `pi-import arguments` in `directory`.
    func run(_ arguments: [String], in directory: URL = TestPaths.samples) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments, in: directory)
    }

    @Test func rowsPrintsTypedCells() throws {
        let result = try run(["rows", "dates-1904.xlsx"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                {"row":1,"cells":["Client Name","Engagement Date","Review Due","Call Time","Hours Billed"]}
                {"row":2,"cells":["Marlow Constructions Pty Ltd",{"date":"2021-01-01","serial":42735},{"date":"2021-03-07T18:00:00","serial":42800.75},{"date":"10:30:00","serial":0.4375},{"date":"PT36H0M0S","serial":1.5}]}
                {"row":3,"cells":["Aroha Ngata",{"date":"1904-01-01","serial":0},{"date":"1904-01-02","serial":1},{"date":"12:00:00","serial":0.5},{"date":"PT6H0M0S","serial":0.25}]}

                """)
    }

    @Test func rowsOfAChosenSheet() throws {
        let result = try run(["rows", "--sheet", "3", "clients.xlsx"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n") == [#"{"row":1,"cells":["State"]}"#, #"{"row":2,"cells":["NSW"]}"#,
            #"{"row":3,"cells":["VIC"]}"#, #"{"row":4,"cells":["QLD"]}"#, #"{"row":5,"cells":["NT"]}"#])
        let clients = try run(["rows", "clients.xlsx"])
        #expect(clients.stderr == "")
        #expect(clients.stdout.split(separator: "\n").count == 7)
        #expect(clients.stdout.contains(#""Darwin","NT",800,"Australia""#))
    }

    @Test func unknownSheetIsADataError() throws {
        let result = try run(["rows", "--sheet", "Nope", "clients.xlsx"])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "clients.xlsx: error: there is no sheet named 'Nope'; the sheets are: 1. Clients; 2. Archived; 3. Lookups (hidden) [sheet-not-found]\n")
    }

    @Test func inspectListsSheets() throws {
        let result = try run(["inspect", "xero-contacts.xlsx"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("file:      xero-contacts.xlsx\nformat:    xlsx\nsheets:\n  * 1. Contacts\nrecords:   5\nheader:    row 1, read as xero-contacts\n  A: *ContactName -> name\n"))
        let json = try run(["inspect", "--json", "--sheet", "Lookups", "clients.xlsx"])
        #expect(json.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["sheet"] as? String == "Lookups")
        #expect(object["records"] as? Int == 5)
        let sheets = try #require(object["sheets"] as? [[String: String]])
        #expect(sheets.map { $0["visibility"] ?? "" } == ["visible", "visible", "hidden"])
    }

    @Test func brokenAndProtectedWorkbooks() throws {
        let corpus = TestPaths.sharedTestData("calamine-xlsx/files")
        let encrypted = try run(["rows", "pass_protected.xlsx"], in: corpus)
        #expect(encrypted.status == 65)
        #expect(encrypted.stderr.hasPrefix("pass_protected.xlsx: error: this workbook is password-protected (encrypted); open it in Excel, remove the password"))
        #expect(encrypted.stderr.hasSuffix(" [encrypted-workbook]\n"))

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = try Data(contentsOf: TestPaths.sample("clients.xlsx"))
        try whole.prefix(whole.count - 30).write(to: directory.appendingPathComponent("cut.xlsx"))
        let truncated = try run(["inspect", "cut.xlsx"], in: directory)
        #expect(truncated.status == 65)
        #expect(truncated.stderr.hasPrefix("cut.xlsx: error: the workbook's ZIP archive is truncated"))
        #expect(truncated.stderr.hasSuffix("[truncated-zip]\n"))

        try Data(TestCompoundFile.bytes(streams: ["Workbook"])).write(to: directory.appendingPathComponent("old.xls"))
        let legacy = try run(["inspect", "old.xls"], in: directory)
        #expect(legacy.status == 65)
        #expect(
            legacy.stderr
                == "old.xls: error: this is a legacy Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx (or .csv) [legacy-xls]\n")

        let missing = try run(["rows", "missing.xlsx"], in: directory)
        #expect(missing.status == 66)
        #expect(missing.stderr == "missing.xlsx: error: cannot open: No such file or directory [cannot-open]\n")
    }
}
