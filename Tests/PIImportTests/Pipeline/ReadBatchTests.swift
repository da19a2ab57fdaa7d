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
            while !batch.isFull {
                guard try batch.appendNextRow(of: &source) else {
                    ended = true
                    break
                }
            }
            sizes.append(batch.rows.count)
            names += (0..<batch.rows.count).map { batch.rows[$0].string(0) }
        }
        // Four cells of 1 MiB reach the 4 MiB a batch holds.
        #expect(sizes == [4, 4, 2])
        #expect(names == (1...10).map { "Client \($0)" })
    }
}
