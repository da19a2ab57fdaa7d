import Foundation
import Testing

/// No canary tax number from `Samples/canaries.txt` appears in anything pi-import writes or prints:
/// every sample through every command (but `rows`, the reader's raw view), every output format.
@Suite(.serialized) struct CanaryTests {
    /// Each canary in the spellings it may take: as written, digits only, and with spaces, hyphens,
    /// dots or no-break spaces between the groups.
    static let canaries: [String] = {
        let url = TestPaths.samples.appendingPathComponent("canaries.txt")
        let lines = (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n") ?? []
        var spellings: Set<String> = []
        for line in lines where !line.hasPrefix("#") {
            let value = line.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
            let compact = value.filter { $0.isLetter || $0.isNumber }
            spellings.insert(value)
            spellings.insert(compact)
            let groups = value.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            for separator in [" ", "-", ".", "\u{00A0}", ""] { spellings.insert(groups.joined(separator: separator)) }
        }
        return spellings.filter { $0.count >= 8 }.sorted()
    }()

    static let samples: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") }.sorted()
    }()

    /// How many canaries `text` holds; never which, so that a failure message cannot print one.
    static func leakCount(in text: String) -> Int {
        let digitsOnly = text.filter { $0.isNumber }
        return canaries.count { canary in
            text.contains(canary) || (canary.allSatisfy(\.isNumber) && canary.count >= 9 && digitsOnly.contains(canary)
                && Self.containsAsDigitRun(text, canary))
        }
    }

    /// Whether `canary` appears as one run of digits once separators between digits are removed.
    static func containsAsDigitRun(_ text: String, _ canary: String) -> Bool {
        var runs: [String] = []
        var current = ""
        var pendingSeparator = false
        for character in text {
            if character.isNumber {
                current.append(character)
                pendingSeparator = false
            } else if !current.isEmpty, !pendingSeparator, " -.\u{00A0}\n\r".contains(character) {
                pendingSeparator = true
            } else {
                if !current.isEmpty { runs.append(current) }
                current = ""
                pendingSeparator = false
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs.contains { $0.contains(canary) }
    }

    @Test func canaryListIsLoaded() {
        #expect(Self.canaries.contains("865414088"))
        #expect(Self.canaries.contains("AB123456C"))
        #expect(Self.samples.contains("clients.csv"))
    }

    @Test(arguments: samples)
    func noCanaryLeavesAnyCommand(_ sample: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-canary-\(getpid())-\(sample)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = "Samples/\(sample)"
        let out = { (name: String) in directory.appendingPathComponent(name).path }
        let runs: [[String]] = [
            ["inspect", input], ["inspect", "--json", input],
            ["check", input, "--report", out("r.json"), "--report", out("r.html"), "--report", out("r.txt"),
                "--rejects", out("rejects.csv"), "--verbose"],
            ["check", input],
            ["import", input, "--out", out("clients.jsonl"), "--rejects", out("rejects-import.csv")],
            ["import", input, "--out", out("clients.csv"), "--report", out("import.json")],
            ["import", input, "--store", out("store.sqlite")],
            ["import", input, "--store", out("store.sqlite"), "--report", out("again.json")],
        ]
        for arguments in runs {
            let result = try CommandRunner.run(arguments)
            #expect(result.status != 64, "\(arguments): \(result.stderr)")
            #expect(Self.leakCount(in: result.stdout) == 0, "stdout of \(arguments)")
            #expect(Self.leakCount(in: result.stderr) == 0, "stderr of \(arguments)")
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            // The store is binary; SQLite keeps its text as UTF-8 bytes.
            let text = String(decoding: try Data(contentsOf: directory.appendingPathComponent(file)), as: UTF8.self)
            #expect(Self.leakCount(in: text) == 0, "\(file) from \(sample)")
        }
    }

    /// A data row forced to be the header (`--header-row 1`): its cells reach reports as column names.
    @Test func aTaxNumberInAForcedHeaderIsRemoved() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-canary-header-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("headerless.csv")
        try "Marlow Pty Ltd,Gavin Marlow,gavin@marlow.example,TFN 865 414 088\nElena Reyes,Elena Reyes,elena@reyes.example,none\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let mapping = directory.appendingPathComponent("mapping.json")
        try #"{"name": "forced", "columns": {"Marlow Pty Ltd": "name", "Gavin Marlow": "contacts.name", "gavin@marlow.example": "contacts.email"}}"#
            .write(to: mapping, atomically: true, encoding: .utf8)
        let report = directory.appendingPathComponent("report.json").path
        let rejects = directory.appendingPathComponent("rejects.csv").path
        let result = try CommandRunner.run([
            "check", file.path, "--header-row", "1", "--mapping", mapping.path, "--report", report, "--rejects", rejects,
        ])
        #expect([0, 65].contains(result.status), "\(result.stderr)")
        #expect(Self.leakCount(in: result.stdout + result.stderr) == 0)
        #expect(Self.leakCount(in: try String(contentsOfFile: report, encoding: .utf8)) == 0)
        #expect(try String(contentsOfFile: report, encoding: .utf8).contains("[tax number removed]"))
        let inspect = try CommandRunner.run(["inspect", "--json", file.path, "--mapping", mapping.path])
        #expect(inspect.status == 0, "\(inspect.stderr)")
        #expect(inspect.stdout.contains("\"headerRow\":1"))
        #expect(inspect.stdout.contains("[tax number removed]"))
        #expect(Self.leakCount(in: inspect.stdout + inspect.stderr) == 0)
        let inspectText = try CommandRunner.run(["inspect", file.path])
        #expect(Self.leakCount(in: inspectText.stdout + inspectText.stderr) == 0)
    }
}
