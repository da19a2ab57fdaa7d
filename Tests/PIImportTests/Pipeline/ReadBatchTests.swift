import Foundation
import Testing

@testable import PIImport

/// A batch ends at a number of rows or at a number of bytes, whichever comes first, so that a file of
/// huge cells does not hold hundreds of them at once.
@Suite struct ReadBatchTests {
    @Test func hugeCellsMakeShortBatches() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-huge-\(getpid()).csv").path
        let notes = String(repeating: "n", count: 1 << 20)
        let rows = (1...10).map { "Client \($0),\(notes)\n" }.joined()
        try ("Client Name,Notes\n" + rows).write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var source = try MappedSource(path: path, options: ImportOptions(), mapper: ColumnMapper())
        var sizes: [Int] = []
        var names: [String] = []
        var ended = false
        while !ended {
            var batch = ReadBatch(file: path, sheet: nil)
            ended = try batch.fill(from: &source)
            sizes.append(batch.rows.count)
            names += (0..<batch.rows.count).map { batch.rows[$0].string(0) }
        }
        // Four cells of 1 MiB reach the 4 MiB a batch holds.
        #expect(sizes == [4, 4, 2])
        #expect(names == (1...10).map { "Client \($0)" })
    }

    /// Millions of footers would leave a finding each: they are handed over a thousand or so at a time,
    /// batches end at as many findings as rows, and the report still counts every one.
    @Test func footersAreHandedOverAsTheyPileUp() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-footers-\(getpid()).csv").path
        let footers = String(repeating: "Total,,\n", count: 5_000)
        try ("Client Name,Contact,Email\nA One,Ann One,a@one.example\n" + footers + "B Two,Bo Two,b@two.example\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var source = try MappedSource(path: path, options: ImportOptions(), mapper: ColumnMapper())
        var batches: [(rows: Int, findings: Int)] = []
        var ended = false
        while !ended {
            var batch = ReadBatch(file: path, sheet: nil)
            ended = try batch.fill(from: &source)
            batches.append((batch.rows.count, batch.findings.reduce(0) { $0 + $1.found.count }))
        }
        #expect(batches.map(\.rows).reduce(0, +) == 2)
        #expect(batches.map(\.findings).reduce(0, +) == 5_000)
        #expect(batches.allSatisfy { $0.findings <= RowBatchBuilder.batchSize + MappedSource.findingsHeld })
        let report = try ImportPipeline(options: ImportOptions()).run(inputs: [path], keepRecords: false).report
        #expect(report.summary.rows == 2 && report.summary.clients == 2)
        let listed = report.diagnostics.filter { $0.code == .nonDataRowSkipped }.count
        #expect(listed + (report.suppressed[DiagnosticCode.nonDataRowSkipped.rawValue] ?? 0) == 5_000)
    }
}
