import Foundation
import Testing

@testable import PIImport

/// A dry run builds no record for a row whose client is already grouped, only its keys and findings.
/// What it reports must not depend on which clients its batches are told of: none, the groups' (the
/// run's own), or all (no row's record built, and each built whole when its client turns out to be new).
@Suite struct KnownClientsTests {
    /// 3,000 rows in several batches: row `i` (0-based) is one of 40 clients, or a client of its own on
    /// every seventh row (new clients keep coming); every 50th row has no email; every 97th reuses
    /// another client's ID. Addresses, tags and notes differ from row to row.
    static func rows() -> String {
        var text = "Client ID,Client Name,Contact Name,Contact Email,Address Line 1,City,Tags,Notes\n"
        for index in 0..<3_000 {
            let client = index % 7 == 0 ? "Solo \(index) Pty Ltd" : "Client \(index % 40) Pty Ltd"
            let id = index % 97 == 0 ? "C-1" : index % 40 == 1 ? "C-\(index % 40)" : ""
            let email = index % 50 == 0 ? "" : "person\(index % 3)@client\(index % 40).example"
            text += "\(id),\(client),Person \(index % 3),\(email),\(index) High St,Sydney,\"t\(index % 5), imported\","
                + "note \(index)\n"
        }
        return text
    }

    /// Everything a dry run gives: the reports as written, and the rejected rows with their codes.
    struct Output: Equatable {
        var json: String
        var text: String
        var html: String
        var rejected: [String]
        var exitStatus: Int32
    }

    static func dryRun(_ inputs: [String], options: ImportOptions, known: KnownClients.Policy) throws -> Output {
        var pipeline = ImportPipeline(options: options)
        pipeline.knownClients = known
        var rejected: [String] = []
        let outcome = try pipeline.run(
            inputs: inputs, keepRecords: false,
            onReject: { row in
                rejected.append("\(row.position) \(row.cells) \(row.diagnostics.map(\.code)) \(row.diagnostics.map(\.message))")
            })
        return Output(
            json: try ReportJSON.render(outcome.report), text: ReportText.render(outcome.report),
            html: ReportHTML.render(outcome.report), rejected: rejected, exitStatus: outcome.exitStatus)
    }

    static func expectSameWhateverIsKnown(_ inputs: [String], options: ImportOptions = ImportOptions()) throws {
        let grouped = try dryRun(inputs, options: options, known: .grouped)
        #expect(try dryRun(inputs, options: options, known: .none) == grouped)
        #expect(try dryRun(inputs, options: options, known: .all) == grouped)
    }

    @Test func manyBatchesReportTheSame() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-known-\(getpid()).csv").path
        try Self.rows().write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try Self.dryRun([path], options: ImportOptions(), known: .grouped)
        // The file has what the test is about: rejected rows, duplicate IDs, many clients.
        #expect(output.json.contains("\"duplicate-client-id\""))
        #expect(output.json.contains("\"missing-contact-email\""))
        #expect(output.rejected.count > 60)
        try Self.expectSameWhateverIsKnown([path])
    }

    @Test(arguments: ["clients.csv", "clients.xlsx", "ignition-clients.csv", "qbo-customer-contact-list.csv",
        "xero-contacts.csv", "xpm-clients.csv", "dates-1904.xlsx"])
    func samplesReportTheSame(_ sample: String) throws {
        try Self.expectSameWhateverIsKnown([TestPaths.sample(sample).path])
    }

    @Test func matchedAgainstPracticeManagerAndLedgerReportsTheSame() throws {
        var options = ImportOptions()
        options.practiceManagerFiles = [TestPaths.sample("xpm-clients.csv").path]
        options.ledgerFiles = [TestPaths.sample("xero-contacts.csv").path]
        try Self.expectSameWhateverIsKnown([TestPaths.sample("clients.csv").path], options: options)
    }
}
