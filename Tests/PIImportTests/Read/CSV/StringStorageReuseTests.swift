import Testing

@testable import PIImport

/// The reader writes long fields into the storage of strings the caller has let go of: what the caller still
/// holds never changes, and what it reads is what the runtime would have made.
@Suite struct StringStorageReuseTests {
    /// One column's values over the rows: long and short, shrinking and growing, ASCII and not, a field that
    /// becomes small and long again, quoted fields with delimiters and line breaks.
    static let column = [
        "james.walker@kaurimotors.example", "amelia@summit.example", "Referred by Mia Åberg", "NT",
        "https://redgumbakery.example/a/very/long/path", "", "Tāne Smith & Renée Harris", "0123456789abcdef",
        "x", "\"quoted, with \"\"quotes\"\"\nand a line break\"", "😀 é ñ 😀 é ñ 😀 é ñ 😀", "exactly fifteen",
        "sixteen bytes ok", String(repeating: "long ", count: 30), "still a long field here",
    ]

    /// A file of `rows` records of three columns, each cycling through ``column`` at its own pace.
    static func file(rows: Int) -> [UInt8] {
        var text = ""
        for row in 0..<rows {
            text += [0, 1, 2].map { column[(row * ($0 + 1) + $0) % column.count] }.joined(separator: ",") + "\n"
        }
        return Array(text.utf8)
    }

    /// The fields `file(rows:)` holds in row `row`, unquoted.
    static func expected(row: Int) -> [String] {
        [0, 1, 2].map {
            let value = column[(row * ($0 + 1) + $0) % column.count]
            guard value.hasPrefix("\"") else { return value }
            return String(value.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
    }

    @Test func isAvailableHere() {
        #expect(StringStorageReuse.isAvailable)
    }

    /// A kept record, a kept field and a kept substring of a field stay as read while the reader reads on.
    @Test(arguments: [false, true])
    func keptValuesNeverChange(secondCore: Bool) throws {
        let rows = 600
        let reader = try CSVReader(
            bytes: Self.file(rows: rows), name: "kept.csv", options: ReadOptions(usesSecondCore: secondCore))
        var keptRecords: [(Int, [String])] = []
        var keptFields: [(Int, String)] = []
        var keptSubstrings: [(Int, Substring)] = []
        var row = 0
        while let record = try reader.nextRecord() {
            #expect(record.fields == Self.expected(row: row))
            switch row % 7 {
            case 0: keptRecords.append((row, record.fields))
            case 3: keptFields.append((row, record.fields[row % 3]))
            case 5: keptSubstrings.append((row, record.fields[row % 3].dropFirst(2)))
            default: break
            }
            row += 1
        }
        #expect(row == rows)
        for (row, fields) in keptRecords { #expect(fields == Self.expected(row: row)) }
        for (row, field) in keptFields { #expect(field == Self.expected(row: row)[row % 3]) }
        for (row, substring) in keptSubstrings { #expect(substring == Self.expected(row: row)[row % 3].dropFirst(2)) }
    }

    /// Cells (`nextRow`) are reused like strings, and a kept row is never changed.
    @Test(arguments: [false, true])
    func keptRowsNeverChange(secondCore: Bool) throws {
        let reader = try CSVReader(
            bytes: Self.file(rows: 300), name: "rows.csv", options: ReadOptions(usesSecondCore: secondCore))
        var kept: [(Int, [Cell])] = []
        var row = 0
        while let raw = try reader.nextRow() {
            #expect(raw.cells == Self.expected(row: row).map { .text($0) })
            if row % 5 == 0 { kept.append((row, raw.cells)) }
            row += 1
        }
        for (row, cells) in kept { #expect(cells == Self.expected(row: row).map { .text($0) }) }
    }

    /// Every field read into reused storage behaves as the runtime's own string of the same bytes: equal, same
    /// hash, same counts in every view, the same contiguous UTF-8.
    @Test(arguments: [false, true])
    func reusedFieldsBehaveAsNewStrings(secondCore: Bool) throws {
        let reader = try CSVReader(
            bytes: Self.file(rows: 400), name: "same.csv", options: ReadOptions(usesSecondCore: secondCore))
        var row = 0
        while let record = try reader.nextRecord() {
            for (field, expected) in zip(record.fields, Self.expected(row: row)) {
                let made = String(decoding: Array(expected.utf8), as: UTF8.self)
                #expect(field == made)
                #expect(field.hashValue == made.hashValue)
                #expect(field.count == made.count)
                #expect(field.utf16.count == made.utf16.count)
                #expect(Array(field.unicodeScalars) == Array(made.unicodeScalars))
                #expect(field.utf8.withContiguousStorageIfAvailable(Array.init) == Array(made.utf8))
                #expect(field + "!" == made + "!")
            }
            row += 1
        }
    }

    /// A long field's storage is written again for the next record's field once the caller lets go of the
    /// record, and a field that no longer fits gets new storage with room to spare.
    @Test(arguments: [false, true])
    func reusesTheStorageOfDroppedRecords(secondCore: Bool) throws {
        let text = ["james.walker@kaurimotors.example", "amelia@summit.example", String(repeating: "w", count: 50), String(repeating: "v", count: 60)]
            .joined(separator: "\n")
        let reader = try CSVReader(bytes: Array(text.utf8), name: "reuse.csv", options: ReadOptions(usesSecondCore: secondCore))
        func storage() throws -> UInt64? {
            try reader.nextRecord().map { unsafeBitCast($0.fields[0], to: (UInt64, UInt64).self).1 }
        }
        let first = try #require(try storage())
        let second = try #require(try storage())
        let third = try #require(try storage())
        let fourth = try #require(try storage())
        #expect(second == first)
        #expect(third != first)
        #expect(fourth == third)
    }
}
