import Foundation
import Testing

/// `pi-import rows` and `inspect` on CSV files, run as a user runs them: stdout, stderr and exit status.
@Suite struct ReaderCommandTests {
    @Test func rowsPrintsEveryRecordAsJSONLines() throws {
        let result = try CommandRunner.run(["rows", "Samples/defects/quoted-newlines.csv"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout == """
                {"row":1,"line":1,"cells":["Client Name","Address"]}
                {"row":2,"line":2,"cells":["Marlow Pty Ltd","12 Builder St\\r\\nParramatta NSW 2150"]}
                {"row":3,"line":4,"cells":["Reyes, Elena","9 Sole Trader Rd\\nNewtown"]}
                {"row":4,"line":6,"cells":["Last Co","x"]}

                """)
    }

    @Test func rowsWarnsOnStandardErrorWithFileAndLine() throws {
        let result = try CommandRunner.run(["rows", "Samples/defects/windows-1252.csv"])
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "Samples/defects/windows-1252.csv:2 (row 2): warning: not valid UTF-8; reading the file as "
                + "Windows-1252 (use --encoding to choose another) [encoding-windows-1252]\n")
        #expect(result.stdout.hasSuffix("{\"row\":2,\"line\":2,\"cells\":[\"Café Müller\",\"“VIP” – pays in €\"]}\n"))
    }

    @Test func badDataExits65NamingTheLine() throws {
        let result = try CommandRunner.run(["rows", "Samples/defects/unterminated-quote.csv"])
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "Samples/defects/unterminated-quote.csv:3: error: quoted field opened on this line is never closed "
                + "[unterminated-quote]\n")
        #expect(result.stdout == "{\"row\":1,\"line\":1,\"cells\":[\"Client Name\",\"Notes\"]}\n{\"row\":2,\"line\":2,\"cells\":[\"A One\",\"fine\"]}\n")
    }

    @Test func missingFileExits66() throws {
        let result = try CommandRunner.run(["rows", "no-such-file.csv"])
        #expect(result.status == 66)
        #expect(result.stderr == "no-such-file.csv: error: cannot open: No such file or directory [cannot-open]\n")
        #expect(result.stdout == "")
    }

    @Test func optionsForceEncodingDelimiterAndFieldLimit() throws {
        let forced = try CommandRunner.run(["rows", "Samples/defects/tab-delimited.tsv", "--delimiter", "tab"])
        #expect(forced.stdout.hasPrefix("{\"row\":1,\"line\":1,\"cells\":[\"Client Name\",\"Email\",\"Notes\"]}\n"))
        let strict = try CommandRunner.run(["rows", "Samples/defects/windows-1252.csv", "--encoding", "utf-8"])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("windows-1252.csv:2 (row 2): error: text is not valid utf-8 [invalid-encoding]"))
        let limited = try CommandRunner.run(["rows", "Samples/defects/long-field.csv", "--max-field-bytes", "256"])
        #expect(limited.status == 65)
        #expect(limited.stderr.contains("long-field.csv:2: error: field is larger than 256 bytes"))
        let usage = try CommandRunner.run(["rows", "Samples/defects/ragged.csv", "--encoding", "klingon"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("unknown encoding 'klingon'"))
    }

    @Test func inspectJSONHasTheContractKeys() throws {
        let result = try CommandRunner.run(["inspect", "--json", "Samples/defects/semicolon.csv"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "csv")
        #expect(object["encoding"] as? String == "utf-8")
        #expect(object["delimiter"] as? String == ";")
        #expect(object["records"] as? Int == 3)
        #expect(object["header"] as? [String] == ["Client Name", "Balance", "Notes"])
    }

    @Test func inspectTextReportsFindings() throws {
        let result = try CommandRunner.run(["inspect", "Samples/defects/ragged.csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("records:   4\n"))
        #expect(result.stdout.contains("  Samples/defects/ragged.csv:3 (row 3): warning: row has 2 cells; the header has 3 [ragged-row]\n"))
    }

    @Test func helpAndVersion() throws {
        let help = try CommandRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("SUBCOMMANDS:"))
        #expect(help.stdout.contains("rows"))
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }

    /// `pi-import rows big.csv | head -1` ends quietly when head closes the pipe.
    @Test func brokenPipeExitsQuietly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-pipe-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.csv")
        let line = "Marlow Constructions Pty Ltd,gavin@marlowcon.example,02 9000 1111\n"
        try String(repeating: line, count: 50_000).write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.shell(
            ["/bin/sh", "-c", "'\(CommandRunner.binary.path)' rows '\(file.path)' | head -1; echo \"status=${PIPESTATUS:-}\""])
        #expect(result.stdout.hasPrefix("{\"row\":1,\"line\":1,\"cells\":[\"Marlow Constructions Pty Ltd\""))
        #expect(result.stderr == "")
        let exitStatus = try CommandRunner.shell(
            ["/bin/bash", "-c", "'\(CommandRunner.binary.path)' rows '\(file.path)' | head -1 >/dev/null; echo ${PIPESTATUS[0]}"])
        #expect(exitStatus.stdout == "0\n")
        #expect(exitStatus.stderr == "")
    }
}
