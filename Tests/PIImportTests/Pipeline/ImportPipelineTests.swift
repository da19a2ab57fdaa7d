import Foundation
import Testing

@testable import PIImport

/// The pipeline builds rows in batches on several threads; what it reports must be what taking the rows
/// one by one gives: counts, contacts merged case aside, rejections and decisions in row order.
@Suite struct ImportPipelineTests {
    static let clients = [
        "Marlow Constructions", "Harbour Dental", "Redgum Bakery", "Kauri Motors", "Summit Plumbing",
        "Tasman Logistics", "Granite Holdings",
    ]
    static let people = [("Zoë Ng", "zoe"), ("Søren Åberg", "soren"), ("Jack Smith", "jack")]

    /// 1,300 rows: more than one batch, several chunks each. Row `i` (0-based) is client `i % 7` with
    /// person `i % 3`, upper-cased on odd rows; every 250th row has no email and is rejected.
    static func rows() -> String {
        var text = "Client Name,Contact Name,Email\n"
        for index in 0..<1_300 {
            let (name, local) = people[index % 3]
            let upper = index % 2 == 1
            let email = index % 250 == 0 ? "" : "\(upper ? local.uppercased() : local)@\(local).example"
            text += "\(clients[index % 7]),\(upper ? name.uppercased() : name),\(email)\n"
        }
        return text
    }

    @Test func batchesGiveWhatRowByRowWould() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-batches-\(getpid()).csv").path
        try Self.rows().write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var rejected: [Int] = []
        let outcome = try ImportPipeline(options: ImportOptions()).run(
            inputs: [path], keepRecords: true, onReject: { rejected.append($0.position.row ?? 0) })
        let summary = outcome.report.summary
        #expect(summary.rows == 1_300)
        #expect(summary.rejected == 6)
        #expect(summary.clients == 7)
        #expect(summary.contacts == 21)
        // Data rows are records 2...1301; rows 0, 250, ... 1250 have no email.
        #expect(rejected == Array(stride(from: 2, through: 1_252, by: 250)))
        let decisions = outcome.report.decisions
        #expect(decisions.prefix(8).map(\.action) == [.reject] + Array(repeating: .create, count: 7))
        #expect(decisions.prefix(8).map(\.name) == [Self.clients[0]] + Self.clients[1...] + [Self.clients[0]])
        #expect(
            decisions.filter { $0.action == .reject }.map { $0.rows.first?.row ?? 0 }
                == Array(stride(from: 2, through: 1_252, by: 250)))
        #expect(
            decisions.filter { $0.action == .create }.map { $0.rows.count }
                == Array(repeating: RunState.rowsPerDecision, count: 7))
        // Harbour Dental: rows 1, 8, 15... (records 3, 10, 17...), none of its first hundred rejected.
        #expect(decisions[1].rows.map(\.row) == Array(stride(from: 3, through: 3 + 7 * 99, by: 7)))
    }
}
