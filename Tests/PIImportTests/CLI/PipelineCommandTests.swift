import Foundation
import Testing

/// `check` and `import` as a user runs them: exit statuses, what is written and what is not.
@Suite struct PipelineCommandTests {
    static func temporaryDirectory(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func cleanInputExitsZero() throws {
        let result = try CommandRunner.run(["check", "Samples/xpm-clients.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("pi-import report: valid\n"))
    }

    @Test func rejectedRowsExit65AndTheRestIsImported() throws {
        let directory = try Self.temporaryDirectory("skip")
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out.jsonl").path
        let result = try CommandRunner.run(["import", "Samples/clients.csv", "--out", out])
        #expect(result.status == 65)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 11)
    }

    @Test func abortAndErrorBudgetWriteNothing() throws {
        let directory = try Self.temporaryDirectory("abort")
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out.jsonl").path
        let abort = try CommandRunner.run(["import", "Samples/clients.csv", "--out", out, "--on-invalid", "abort"])
        #expect(abort.status == 65)
        #expect(abort.stderr.contains("pi-import: stopped: a row was rejected and --on-invalid is abort; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let budget = try CommandRunner.run(["import", "Samples/clients.csv", "--out", out, "--max-errors", "2"])
        #expect(budget.status == 65)
        #expect(budget.stderr.contains("more than 2 rows rejected (--max-errors)"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let enough = try CommandRunner.run(["import", "Samples/clients.csv", "--out", out, "--max-errors", "3"])
        #expect(enough.status == 65)
        #expect(FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.jsonl"], "no temporary file left")
    }

    @Test func missingInputExits66AndUnwritableOutput73() throws {
        let missing = try CommandRunner.run(["check", "Samples/no-such.csv"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("Samples/no-such.csv: error: cannot open: No such file or directory [cannot-open]"))
        let unwritable = try CommandRunner.run(["import", "Samples/xpm-clients.csv", "--out", "/no/such/dir/out.jsonl"])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.contains("/no/such/dir/out.jsonl"))
        let usage = try CommandRunner.run(["import", "Samples/xpm-clients.csv", "--out", "out.txt"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("use a .jsonl or .csv file name"))
    }

    @Test func headerRowAndMappingFileOptions() throws {
        let directory = try Self.temporaryDirectory("mapping")
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("crm.csv")
        try "Export of 2026-11-26\nOrganisation Ref,Who,Mail\nACME-1,Ann Lee,ann@acme.example\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let mapping = directory.appendingPathComponent("crm.json")
        try #"{"name": "my-crm", "columns": {"Organisation Ref": "name", "Who": "contacts.name", "Mail": "contacts.email"}}"#
            .write(to: mapping, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out.jsonl").path
        let result = try CommandRunner.run([
            "import", csv.path, "--mapping", mapping.path, "--header-row", "2", "--out", out,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try String(contentsOfFile: out, encoding: .utf8)
        #expect(record.hasPrefix(#"{"name":"ACME-1","tags":[],"state":"ACTIVE","contacts":[{"name":"Ann Lee","email":"ann@acme.example","isDefault":true}]"#))
    }

    @Test func ignitionCSVNeutralisesFormulasButKeepsPhones() throws {
        let directory = try Self.temporaryDirectory("injection")
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out.csv").path
        _ = try CommandRunner.run(["import", "Samples/clients.csv", "--out", out])
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","))
        #expect(text.contains(",+61290001111,"))
        #expect(!text.contains(",=HYPERLINK"))
    }
    @Test func anInterruptedImportLeavesNoTemporaryFile() throws {
        let directory = try Self.temporaryDirectory("interrupt")
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("big.csv")
        var text = "Client Name,Contact Name,Email\n"
        for row in 0..<200_000 { text += "Client \(row) Pty Ltd,Person \(row),person\(row)@client\(row).example\n" }
        try text.write(to: input, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("clients.jsonl").path
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["import", input.path, "--out", out]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        func temporaryFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        }
        while try temporaryFiles().isEmpty, process.isRunning { usleep(5_000) }
        #expect(process.isRunning, "the import finished before it could be interrupted")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGTERM)
        #expect(try temporaryFiles() == [])
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
