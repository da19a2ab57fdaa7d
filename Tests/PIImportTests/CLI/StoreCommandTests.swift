import Foundation
import Testing

/// `import` into the store, as a nightly job runs it: created once, matched and never duplicated on the
/// next run, updated by a later file; `check` reads the store and writes nothing.
@Suite struct StoreCommandTests {
    static let references = ["--xpm", "Samples/xpm-clients.csv", "--ledger", "Samples/xero-contacts.csv"]

    static func report(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func summary(_ path: String) throws -> [String: Int] {
        try #require(try report(path)["summary"] as? [String: Int])
    }

    @Test func importingTheSameFileTwiceCreatesNothingTheSecondTime() throws {
        let directory = try PipelineCommandTests.temporaryDirectory("store-twice")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("pi.sqlite").path
        let report = directory.appendingPathComponent("report.json").path
        let first = try CommandRunner.run(
            ["import", "Samples/clients.csv", "--store", store, "--report", report] + Self.references)
        #expect(first.status == 65, "\(first.stderr)")
        #expect(first.stderr.hasSuffix("pi-import: saved to \(store) (run 1): 11 created, 0 updated, 0 unchanged\n"))
        #expect(try Self.summary(report)["created"] == 8)
        #expect(try Self.summary(report)["linked"] == 5)

        let second = try CommandRunner.run(
            ["import", "Samples/clients.csv", "--store", store, "--report", report] + Self.references)
        #expect(second.status == 65, "\(second.stderr)")
        #expect(second.stderr.hasSuffix("pi-import: saved to \(store) (run 2): 0 created, 0 updated, 11 unchanged\n"))
        let summary = try Self.summary(report)
        #expect(summary["created"] == 0)
        #expect(summary["updated"] == 11)
        #expect(summary["clients"] == 11)
        let files = try #require(try Self.report(report)["files"] as? [[String: Any]])
        #expect(files.count == 4)
        #expect(files[1]["file"] as? String == store)
        #expect(files[1]["format"] as? String == "sqlite")
        #expect(files[1]["kind"] as? String == "store")
        #expect(files[1]["rows"] as? Int == 11)
        let decisions = try #require(try Self.report(report)["decisions"] as? [[String: Any]])
        let match = try #require(decisions.first?["match"] as? [String: Any])
        #expect(match["source"] as? String == "store")
        #expect(match["id"] as? String == "PI-1")
        #expect(decisions.first?["reason"] as? String == "already in the store: same name")
    }

    @Test func aLaterFileUpdatesTheStoredClient() throws {
        let directory = try PipelineCommandTests.temporaryDirectory("store-update")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("pi.sqlite").path
        _ = try CommandRunner.run(["import", "Samples/clients.csv", "--store", store] + Self.references)
        let later = directory.appendingPathComponent("later.csv")
        try """
            Client Name,Contact Name,Email,Website
            MARLOW CONSTRUCTIONS,Pat Marlow,pat@marlowcon.example,marlowcon.example
            Quinlan Bakery,Rosa Quinlan,rosa@quinlan.example,

            """.write(to: later, atomically: true, encoding: .utf8)
        let check = try CommandRunner.run(["check", later.path, "--store", store])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("1 to create, 1 to update"))
        let run = try CommandRunner.run(["import", later.path, "--store", store])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("(run 2): 1 created, 1 updated, 0 unchanged\n"))
        let out = directory.appendingPathComponent("again.jsonl").path
        // Read back through an import that writes a file: the stored client is matched and updated.
        let again = try CommandRunner.run(["import", later.path, "--store", store, "--out", out])
        #expect(again.status == 0, "\(again.stderr)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"id":"PI-1","name":"Marlow Constructions Pty Ltd","#))
        #expect(lines[1].hasPrefix(#"{"id":"PI-12","name":"Quinlan Bakery","#))
    }

    @Test func checkNeverCreatesAStore() throws {
        let directory = try PipelineCommandTests.temporaryDirectory("store-check")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("pi.sqlite").path
        let check = try CommandRunner.run(["check", "Samples/xpm-clients.csv", "--store", store])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func aStoreThatCannotBeOpenedExits73() throws {
        let result = try CommandRunner.run(["import", "Samples/xpm-clients.csv", "--store", "/nonexistent/dir/pi.sqlite"])
        #expect(result.status == 73)
        #expect(
            result.stderr
                == "error: /nonexistent/dir/pi.sqlite.lock: cannot create the store's lock: No such file or directory "
                + "[store-failed]\n")
    }

    @Test func anImportWhileAnotherHoldsTheStoreExits75AndSavesNothing() throws {
        let directory = try PipelineCommandTests.temporaryDirectory("store-locked")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("pi.sqlite").path
        // Another import's lock, held by another process for the length of this test.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [store + ".lock", "sleep", "30"]
        try holder.run()
        defer { holder.terminate() }
        while !FileManager.default.fileExists(atPath: store + ".lock") { usleep(10_000) }
        usleep(100_000)
        let result = try CommandRunner.run(["import", "Samples/xpm-clients.csv", "--store", store])
        #expect(result.status == 75)
        #expect(result.stderr == "error: \(store): another import is writing to the store; try again later [store-busy]\n")
        #expect(!FileManager.default.fileExists(atPath: store))
    }
}

/// `export`: what the store holds, as the files `import --out` writes.
@Suite struct ExportCommandTests {
    @Test func theStoreComesOutAsRecordsAndAsIgnitionsCSV() throws {
        let directory = try PipelineCommandTests.temporaryDirectory("export")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("pi.sqlite").path
        let imported = directory.appendingPathComponent("imported.jsonl").path
        _ = try CommandRunner.run(["import", "Samples/clients.csv", "--store", store] + StoreCommandTests.references)
        // What the import saved is what a file import of the same run writes, under the store's ids.
        _ = try CommandRunner.run(
            ["import", "Samples/clients.csv", "--store", store, "--out", imported] + StoreCommandTests.references)
        let exported = directory.appendingPathComponent("exported.jsonl").path
        let result = try CommandRunner.run(["export", "--store", store, "--out", exported])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: exported, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.first?.hasPrefix(#"{"id":"PI-1","name":"Marlow Constructions Pty Ltd","#) == true)
        #expect(lines.last?.hasPrefix(#"{"id":"PI-11","#) == true)
        let csv = directory.appendingPathComponent("ignition.csv").path
        #expect(try CommandRunner.run(["export", "--store", store, "--out", csv]).status == 0)
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(rows.first?.hasPrefix("Client ID,Client Name,Contact ID,Contact Name,Contact Email,") == true)
        #expect(rows.dropFirst().first?.hasPrefix("PI-1,Marlow Constructions Pty Ltd,,Gavin Marlow,gavin@marlowcon.example,") == true)
    }

    @Test func noStoreExits66() throws {
        let result = try CommandRunner.run(["export", "--store", "/nonexistent/pi.sqlite", "--out", "/tmp/x.jsonl"])
        #expect(result.status == 66)
        #expect(result.stderr == "error: /nonexistent/pi.sqlite: no store here (import creates one) [cannot-open]\n")
    }
}
