import Testing

@testable import PIImport

/// One sample per defect in `Samples/defects/`, each read to an exact expectation.
@Suite struct CSVDefectSampleTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var options = ReadOptions()
        /// (row, line, fields) of every record.
        var records: [(Int, Int, [String])] = []
        /// (code, line) of every diagnostic.
        var diagnostics: [(DiagnosticCode, Int)] = []
        var error: (DiagnosticCode, Int32, Int)?
        var encoding = "utf-8"
        var delimiter = ","

        var testDescription: String { file }
    }

    static let header = ["Client Name", "Email"]

    static let expectations: [Expectation] = [
        Expectation(
            file: "bom-utf8.csv", records: [(1, 1, header), (2, 2, ["José García", "jose@garcia.example"])]),
        Expectation(
            file: "utf16le-bom.txt", records: [(1, 1, header), (2, 2, ["Zoë Ngāta", "zoe@ngata.example"])],
            encoding: "utf-16le", delimiter: "\\t"),
        Expectation(
            file: "utf16be-bom.csv", records: [(1, 1, header), (2, 2, ["Åberg 😀 Ltd", "info@aberg.example"])],
            encoding: "utf-16be"),
        Expectation(
            file: "utf16le-no-bom.csv", records: [(1, 1, header), (2, 2, ["Marlow Pty Ltd", "gavin@marlow.example"])],
            diagnostics: [(.utf16WithoutBOM, 1)], encoding: "utf-16le"),
        Expectation(
            file: "windows-1252.csv",
            records: [(1, 1, ["Client Name", "Notes"]), (2, 2, ["Café Müller", "“VIP” – pays in €"])],
            diagnostics: [(.windows1252Fallback, 2)], encoding: "windows-1252"),
        Expectation(
            file: "mixed-encoding.csv",
            records: [
                (1, 1, ["Client Name", "Notes"]), (2, 2, ["José García", "utf-8"]), (3, 3, ["Café Müller", "cp1252"]),
            ],
            diagnostics: [(.mixedEncoding, 3)], encoding: "utf-8+windows-1252"),
        Expectation(
            file: "cr-only.csv",
            records: [
                (1, 1, header), (2, 2, ["Marlow Pty Ltd", "gavin@marlow.example"]),
                (3, 3, ["Elena Reyes", "elena@reyes.example"]),
            ]),
        Expectation(
            file: "mixed-eol.csv",
            records: [
                (1, 1, header), (2, 2, ["A One", "a@one.example"]), (3, 3, ["B Two", "b@two.example"]),
                (4, 4, ["C Three", "c@three.example"]),
            ]),
        Expectation(
            file: "quoted-newlines.csv",
            records: [
                (1, 1, ["Client Name", "Address"]), (2, 2, ["Marlow Pty Ltd", "12 Builder St\r\nParramatta NSW 2150"]),
                (3, 4, ["Reyes, Elena", "9 Sole Trader Rd\nNewtown"]), (4, 6, ["Last Co", "x"]),
            ]),
        Expectation(
            file: "unterminated-quote.csv",
            records: [(1, 1, ["Client Name", "Notes"]), (2, 2, ["A One", "fine"])],
            error: (.unterminatedQuote, 65, 3)),
        Expectation(
            file: "nul-byte.csv", records: [(1, 1, header), (2, 2, ["A One", "a@one.example"])],
            error: (.nulByte, 65, 3)),
        Expectation(
            file: "ragged.csv",
            records: [
                (1, 1, ["Client Name", "Email", "Phone"]), (2, 2, ["A One", "a@one.example", "02 9000 1111"]),
                (3, 3, ["B Two", "b@two.example"]), (4, 4, ["C Three", "c@three.example", "02 9000 3333", "extra"]),
            ]),
        Expectation(
            file: "semicolon.csv",
            records: [
                (1, 1, ["Client Name", "Balance", "Notes"]), (2, 2, ["Müller GmbH", "1.234,56", "Zahlung; bald"]),
                (3, 3, ["Dupont SARL", "99,5", ""]),
            ],
            delimiter: ";"),
        Expectation(
            file: "tab-delimited.tsv",
            records: [
                (1, 1, ["Client Name", "Email", "Notes"]), (2, 2, ["A One", "a@one.example", "says \"hi\", often"]),
                (3, 3, ["B Two", "b@two.example", ""]),
            ],
            delimiter: "\\t"),
        Expectation(
            file: "pipe-delimited.csv",
            records: [(1, 1, header), (2, 2, ["A One", "a@one.example"]), (3, 3, ["B, Two", "b@two.example"])],
            delimiter: "|"),
        Expectation(file: "no-final-newline.csv", records: [(1, 1, header), (2, 2, ["A One", "a@one.example"])]),
        Expectation(
            file: "blank-lines.csv",
            records: [(1, 2, header), (2, 4, ["A One", "a@one.example"]), (3, 7, ["B Two", "b@two.example"])]),
        Expectation(
            file: "duplicate-headers.csv",
            records: [
                (1, 1, ["Client Name", "Email", "email", "", "Phone"]),
                (2, 2, ["A One", "a@one.example", "a2@one.example", "", "02 9000 1111"]),
            ]),
        Expectation(
            file: "quotes-in-unquoted.csv",
            records: [
                (1, 1, ["Client Name", "Notes"]), (2, 2, ["O\"Brien Ltd", "say \"hi\""]),
                (3, 3, ["QuotedTail", "plain \"inner\" quotes"]),
            ]),
        Expectation(
            file: "spaces-kept.csv",
            records: [(1, 1, header), (2, 2, ["  A One  ", " a@one.example "]), (3, 3, [" \"B Two\"", "b@two.example"])]),
        Expectation(
            file: "long-field.csv", options: ReadOptions(maxFieldBytes: 256),
            records: [(1, 1, ["Client Name", "Notes"])], error: (.fieldTooLarge, 65, 2)),
        Expectation(
            file: "long-field.csv",
            records: [(1, 1, ["Client Name", "Notes"]), (2, 2, ["A One", String(repeating: "x", count: 300)])]),
        Expectation(file: "empty.csv"),
        Expectation(
            file: "windows-1252.csv", options: ReadOptions(encoding: .utf8), records: [(1, 1, ["Client Name", "Notes"])],
            error: (.invalidEncoding, 65, 2)),
        Expectation(
            file: "semicolon.csv", options: ReadOptions(encoding: .latin1, delimiter: UInt8(ascii: ",")),
            records: [
                (1, 1, ["Client Name;Balance;Notes"]), (2, 2, ["MÃ¼ller GmbH;1.234", "56;\"Zahlung; bald\""]),
                (3, 3, ["Dupont SARL;99", "5;"]),
            ],
            encoding: "iso-8859-1"),
    ]

    @Test(arguments: expectations)
    func readsExactly(_ expected: Expectation) {
        let reading = CSVReading.read(path: TestPaths.defect(expected.file), name: expected.file, options: expected.options)
        #expect(reading.records.map { $0.row } == expected.records.map { $0.0 })
        #expect(reading.records.map { $0.line } == expected.records.map { $0.1 })
        #expect(reading.records.map { $0.fields } == expected.records.map { $0.2 })
        #expect(reading.diagnostics.map { $0.code } == expected.diagnostics.map { $0.0 })
        #expect(reading.diagnostics.map { $0.position.line } == expected.diagnostics.map { $0.1 })
        #expect(reading.diagnostics.allSatisfy { $0.position.file == expected.file })
        #expect(reading.error == expected.error.map { ImportError.Summary(code: $0.0, exitStatus: $0.1, line: $0.2) })
        if expected.error == nil {
            #expect(reading.encoding == expected.encoding)
            #expect(reading.delimiter == expected.delimiter)
        }
    }

    /// The reader keeps ragged rows and odd headers as read; the shape check reports them with lines.
    @Test func shapeFindingsNameRowLineAndColumn() throws {
        func findings(_ file: String) throws -> [String] {
            let source = try CSVReader(path: TestPaths.defect(file), name: file)
            var check = RowShapeCheck(trimsTrailingEmptyCells: false)
            var found: [String] = []
            while let row = try source.nextRow() { found += check.check(row).map(\.description) }
            return found
        }
        #expect(
            try findings("ragged.csv") == [
                "ragged.csv:3 (row 3): warning: row has 2 cells; the header has 3 [ragged-row]",
                "ragged.csv:4 (row 4): warning: row has 4 cells; the header has 3 [ragged-row]",
            ])
        #expect(
            try findings("duplicate-headers.csv") == [
                "duplicate-headers.csv:1 (row 1, column email): warning: header repeats column 2 (B) [duplicate-header]",
                "duplicate-headers.csv:1 (row 1, column 4): warning: header cell is blank [blank-header]",
            ])
    }

    /// Every sample reads the same, records, positions, diagnostics and errors, whatever the chunk size.
    @Test(arguments: [1, 2, 7, 4096])
    func chunkSizeChangesNothing(chunk: Int) {
        for expected in Self.expectations {
            var options = expected.options
            let whole = CSVReading.read(path: TestPaths.defect(expected.file), options: options)
            options.chunkSize = chunk
            let chunked = CSVReading.read(path: TestPaths.defect(expected.file), options: options)
            #expect(chunked == whole, "\(expected.file) in chunks of \(chunk)")
            #expect(chunked.records.map(\.byteOffset) == whole.records.map(\.byteOffset))
            options.usesSecondCore = false
            let oneThread = CSVReading.read(path: TestPaths.defect(expected.file), options: options)
            #expect(oneThread == whole, "\(expected.file) on one thread in chunks of \(chunk)")
        }
    }
}
