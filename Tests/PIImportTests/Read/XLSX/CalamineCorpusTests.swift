import Foundation
import Testing

@testable import PIImport

/// Runs what calamine's own tests assert about its .xlsx files (../shared/testdata/calamine-xlsx,
/// see its README.md): cell values, sheet names, order, kinds and visibility, the date system,
/// smoke tests and the encrypted file.
@Suite struct CalamineCorpusTests {
    static let corpus = TestPaths.sharedTestData("calamine-xlsx")

    /// Where this reader differs from calamine on purpose: it keeps text as stored, while calamine
    /// trims edge whitespace of `<t>` without `xml:space="preserve"`. Keyed `file|sheet|cell`,
    /// with the value this reader gives.
    static let knownDifferences: [String: Cell] = [
        "encoded_entities.xlsx|Sheet1|A2": .text("\n"),
        "whitespace_trim.xlsx|inlineStr|A1": .text("  trimmed value  "),
        "whitespace_trim.xlsx|inlineStr|B1": .text("\t\n value with tabs \n"),
        "whitespace_trim.xlsx|inlineStr|A2": .text("  line1\nline2  "),
        "whitespace_trim.xlsx|SharedStrings|A1": .text("  trimmed value"),
        "whitespace_trim.xlsx|SharedStrings|C1": .text(" \t\n"),
        "whitespace_trim.xlsx|SharedStrings|A2": .text("  line1\nline2  "),
    ]

    static func manifest() throws -> [[String: Any]] {
        let data = try Data(contentsOf: corpus.appendingPathComponent("expected.json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test func everyManifestCheckHolds() throws {
        var passed = 0
        var failed = 0
        var known = 0
        func record(_ ok: Bool, _ what: @autoclosure () -> String) {
            if ok { passed += 1 } else { failed += 1 }
            #expect(ok, "\(what())")
        }
        for entry in try Self.manifest() {
            let file = try #require(entry["file"] as? String)
            let path = Self.corpus.appendingPathComponent("files").appendingPathComponent(file).path
            if entry["expect_error"] as? String == "password" {
                do {
                    _ = try SourceOpener.open(path: path, name: file)
                    record(false, "\(file) opened; expected the encrypted-workbook error")
                } catch let error as ImportError {
                    record(error.code == .encryptedWorkbook && error.kind == .badData, "\(file): \(error)")
                }
                continue
            }
            let first = try XLSXReader(path: path, name: file)
            let sheets = first.info.sheets ?? []
            if let names = entry["sheets"] as? [String] {
                record(sheets.map(\.name) == names, "\(file): sheets \(sheets.map(\.name)) != \(names)")
            }
            if let infos = entry["sheet_info"] as? [[String: String]] {
                let ours = sheets.map { ["name": $0.name, "type": $0.kind.rawValue, "visible": $0.visibility.rawValue] }
                record(ours == infos, "\(file): sheet info \(ours) != \(infos)")
            }
            if let date1904 = entry["date1904"] as? Bool {
                let package = try WorkbookPackage(
                    archive: ZipArchive(input: RandomAccessInput(path: path, name: file), limits: XLSXOptions()))
                record(package.date1904 == date1904, "\(file): date1904 is \(package.date1904)")
            }
            if entry["must_open"] as? Bool == true {
                let ok = sheets.filter { $0.kind == .worksheet }.allSatisfy { (try? Self.rows(path, file, $0.name)) != nil }
                record(ok, "\(file): a worksheet could not be read")
            }
            for range in entry["ranges"] as? [[String: Any]] ?? [] where range["header_row"] == nil {
                let sheet = try #require(range["sheet"] as? String)
                let box = Self.boundingBox(try Self.rows(path, file, sheet))
                let expected = range["empty"] as? Bool == true ? nil : "\(range["first"] ?? ""):\(range["last"] ?? "")"
                record(box == expected, "\(file) \(sheet): used range \(box ?? "empty") != \(expected ?? "empty")")
            }
            for sheet in entry["must_read_sheets"] as? [String] ?? [] {
                let ok = (try? Self.rows(path, file, sheet)) != nil
                record(ok, "\(file): sheet \(sheet) could not be read")
            }
            var sheetRows: [String: [Int: [Cell]]] = [:]
            for check in entry["checks"] as? [[String: Any]] ?? [] {
                let sheet = try #require(check["sheet"] as? String)
                let address = try #require(check["cell"] as? String)
                if sheetRows[sheet] == nil { sheetRows[sheet] = try Self.rows(path, file, sheet) }
                let (column, row) = try #require(Self.parse(address))
                let cells = sheetRows[sheet]?[row] ?? []
                let cell = column <= cells.count ? cells[column - 1] : .empty
                if let difference = Self.knownDifferences["\(file)|\(sheet)|\(address)"] {
                    known += 1
                    #expect(cell == difference, "\(file) \(sheet)!\(address): \(cell) (known difference)")
                    continue
                }
                record(Self.matches(cell, check), "\(file) \(sheet)!\(address): \(cell) does not match \(check)")
            }
        }
        print("calamine corpus: \(passed) checks passed, \(failed) failed, \(known) known differences")
        #expect(known == Self.knownDifferences.count)
    }

    static func rows(_ path: String, _ file: String, _ sheet: String) throws -> [Int: [Cell]] {
        let reader = try XLSXReader(path: path, name: file, options: ReadOptions(sheet: .name(sheet)))
        var rows: [Int: [Cell]] = [:]
        while let row = try reader.nextRow() { rows[row.position.row ?? 0] = row.cells }
        return rows
    }

    /// The bounding box of the cells that hold a value, as `A1:C3`.
    static func boundingBox(_ rows: [Int: [Cell]]) -> String? {
        let filled = rows.filter { !$0.value.isEmpty }
        guard let top = filled.keys.min(), let bottom = filled.keys.max() else { return nil }
        let left = filled.values.compactMap { $0.firstIndex { $0 != .empty } }.min()! + 1
        let right = filled.values.map(\.count).max()!
        return "\(ColumnName.letters(for: left))\(top):\(ColumnName.letters(for: right))\(bottom)"
    }

    static func matches(_ cell: Cell, _ check: [String: Any]) -> Bool {
        let value = check["value"]
        switch (check["type"] as? String, cell) {
        case ("empty", .empty): return true
        case ("text", .text(let text)): return text == value as? String
        case ("number", .number(let number)): return abs(number - ((value as? Double) ?? .nan)) < 1e-9
        case ("bool", .bool(let flag)): return flag == value as? Bool
        case ("error", .error(let error)): return error == value as? String
        case ("date", .date(let date)):
            if let iso = value as? String { return date.iso == iso && date.serial == nil }
            guard let serial = date.serial, abs(serial - ((value as? Double) ?? .nan)) < 1e-9 else { return false }
            return (check["iso"] as? String).map { $0 == date.iso } ?? true
        default: return false
        }
    }

    /// `C12` as (column 3, row 12).
    static func parse(_ address: String) -> (Int, Int)? {
        let letters = address.prefix { $0.isLetter }
        guard let row = Int(address.dropFirst(letters.count)) else { return nil }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return (column, row)
    }
}
