import Testing

@testable import PIImport

/// Rows reach the workers packed: every cell's text, kind and place must come out as the reader gave them.
@Suite struct PackedRowsTests {
    /// What a reading gave: each row's cells as text and its place, then the reader's diagnostics.
    struct Reading: Equatable {
        var rows: [[String]] = []
        var places: [SourcePosition] = []
        var diagnostics: [String] = []
    }

    static func unpacked(_ path: String, options: ReadOptions) throws -> Reading {
        let reader = try CSVReader(path: path, name: "t.csv", options: options)
        var reading = Reading()
        while let row = try reader.nextRow() {
            reading.rows.append(row.cells.map { $0.text ?? "" })
            reading.places.append(row.position)
        }
        reading.diagnostics = reader.takeDiagnostics().map(\.description)
        return reading
    }

    static func packed(_ path: String, options: ReadOptions) throws -> Reading {
        let reader = try CSVReader(path: path, name: "t.csv", options: options)
        let rows = PackedRows(file: "t.csv", sheet: nil, rows: 4)
        while try reader.appendNextRow(to: rows) {}
        var reading = Reading()
        for index in 0..<rows.count {
            reading.rows.append(rows[index].strings)
            reading.places.append(rows.position(of: index))
        }
        reading.diagnostics = reader.takeDiagnostics().map(\.description)
        return reading
    }

    /// Every readable defect sample (BOMs, UTF-16, Windows-1252 after UTF-8, quoted line breaks, odd
    /// delimiters), on one core and on two, with a small chunk so records straddle chunks.
    @Test(arguments: [true, false])
    func csvRowsPackAsTheyRead(usesSecondCore: Bool) throws {
        let samples = [
            "bom-utf8.csv", "utf16le-bom.txt", "utf16be-bom.csv", "utf16le-no-bom.csv", "windows-1252.csv",
            "mixed-encoding.csv", "quoted-newlines.csv", "semicolon.csv", "tab-delimited.tsv", "pipe-delimited.csv",
            "ragged.csv", "blank-lines.csv", "cr-only.csv", "mixed-eol.csv", "long-field.csv",
        ]
        for sample in samples {
            let options = ReadOptions(chunkSize: 7, usesSecondCore: usesSecondCore)
            let expected = try Self.unpacked(TestPaths.defect(sample), options: options)
            #expect(!expected.rows.isEmpty, "\(sample)")
            #expect(try Self.packed(TestPaths.defect(sample), options: options) == expected, "\(sample)")
        }
    }

    /// A workbook's cells keep their kind beside the text a person would type.
    @Test func typedCellsKeepTheirKind() {
        let rows = PackedRows(file: "book.xlsx", sheet: "Clients", rows: 1)
        let cells: [Cell] = [
            .text("Åberg Ltd"), .empty, .number(61_400_000_000), .bool(true), .error("#N/A"),
            .date(CellDate(iso: "2026-11-26", serial: 46_352)),
        ]
        rows.append(RawRow(cells: cells, position: SourcePosition(file: "book.xlsx", sheet: "Clients", row: 4)))
        rows.append(RawRow(cells: [.text("dropped")], position: SourcePosition(file: "book.xlsx", sheet: "Clients", row: 5)))
        rows.removeLast()
        rows.append(RawRow(cells: [.text("  "), .text("x")], position: SourcePosition(file: "book.xlsx", sheet: "Clients", row: 6)))
        #expect(rows.count == 2)
        #expect(rows[0].strings == ["Åberg Ltd", "", "61400000000", "TRUE", "#N/A", "2026-11-26"])
        #expect((0..<rows[0].count).map { rows[0].kind($0) } == [.text, .text, .number, .bool, .error, .date])
        #expect(rows.position(of: 0) == SourcePosition(file: "book.xlsx", sheet: "Clients", row: 4))
        #expect(rows[1].strings == ["  ", "x"])
        #expect(rows[1].isBlank(0) && !rows[1].isBlank(1) && rows[0].isBlank(1))
        #expect(rows.rowNumber(of: 1) == 6)
    }
}
