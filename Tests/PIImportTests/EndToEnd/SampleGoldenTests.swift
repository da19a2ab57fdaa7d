import Foundation
import Testing

/// Every sample through `import` (JSON Lines and Ignition CSV), `check` (JSON report) and the rejects
/// file, compared byte for byte with the goldens beside this file. Outputs are validated against the
/// JSON Schemas. Set PI_IMPORT_RECORD=1 to record the goldens anew after a deliberate change.
@Suite(.serialized) struct SampleGoldenTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    static let recording = ProcessInfo.processInfo.environment["PI_IMPORT_RECORD"] == "1"

    static let samples: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") }.sorted()
    }()

    /// Compares `text` with the golden `name`, or records it.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldens.appendingPathComponent(name)
        if recording {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its golden", sourceLocation: sourceLocation)
    }

    @Test(arguments: samples)
    func sampleMatchesGoldens(_ sample: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-golden-\(getpid())-\(sample)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let stem = sample
        let file = { (name: String) in directory.appendingPathComponent(name).path }
        let input = "Samples/\(sample)"

        let jsonl = try CommandRunner.run(["import", input, "--out", file("out.jsonl"), "--rejects", file("rejects.csv"),
            "--report", file("report.json")])
        #expect([0, 65].contains(jsonl.status), "\(jsonl.stderr)")
        let csv = try CommandRunner.run(["import", input, "--out", file("out.csv")])
        #expect(csv.status == jsonl.status)
        let check = try CommandRunner.run(["check", input])
        #expect(check.status == jsonl.status)

        try Self.expectGolden(try String(contentsOfFile: file("out.jsonl"), encoding: .utf8), "\(stem).jsonl")
        try Self.expectGolden(try String(contentsOfFile: file("out.csv"), encoding: .utf8), "\(stem).ignition.csv")
        try Self.expectGolden(try String(contentsOfFile: file("report.json"), encoding: .utf8), "\(stem).report.json")
        try Self.expectGolden(check.stdout, "\(stem).check.txt")
        let rejects = (try? String(contentsOfFile: file("rejects.csv"), encoding: .utf8)) ?? ""
        try Self.expectGolden(rejects, "\(stem).rejects.csv")

        let validation = try CommandRunner.shell(
            ["/usr/bin/env", "python3", "scripts/validate-json.py", "Schemas/client.schema.json", file("out.jsonl")])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
        let reportValidation = try CommandRunner.shell(
            ["/usr/bin/env", "python3", "scripts/validate-json.py", "Schemas/report.schema.json", file("report.json")])
        #expect(reportValidation.status == 0, "\(reportValidation.stdout)\(reportValidation.stderr)")
    }

    /// The client list matched against the practice's XPM and Xero exports: XPM first, the ledger's exact
    /// names for clients found only there, the rest created.
    @Test func clientsMatchedAgainstPracticeManagerAndLedger() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-dedupe-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out.jsonl").path
        let report = directory.appendingPathComponent("report.json").path
        let result = try CommandRunner.run([
            "import", "Samples/clients.csv", "--xpm", "Samples/xpm-clients.csv", "--ledger", "Samples/xero-contacts.csv",
            "--out", out, "--report", report,
        ])
        #expect(result.status == 65, "\(result.stderr)")
        try Self.expectGolden(try String(contentsOfFile: out, encoding: .utf8), "clients-matched.jsonl")
        try Self.expectGolden(try String(contentsOfFile: report, encoding: .utf8), "clients-matched.report.json")
        let validation = try CommandRunner.shell(
            ["/usr/bin/env", "python3", "scripts/validate-json.py", "Schemas/report.schema.json", report])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }
}
