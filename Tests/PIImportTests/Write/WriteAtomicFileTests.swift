import Foundation
import Testing

@testable import PIImport

@Suite struct WriteAtomicFileTests {
    @Test func finishedFileAppearsWithItsContentAndNoTemporaryFile() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("clients.jsonl").path
        let sink = try JSONLinesSink(path: path)
        #expect(!FileManager.default.fileExists(atPath: path))
        for record in WriteFixtures.threeClients { try sink.write(record) }
        #expect(try WriteFixtures.contents(of: directory).count == 1)
        #expect(try WriteFixtures.contents(of: directory)[0].hasPrefix(".clients.jsonl.pi-import-"))
        try sink.finish()
        #expect(try WriteFixtures.contents(of: directory) == ["clients.jsonl"])
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 3)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
        let mask = umask(0)
        umask(mask)
        #expect(mode == 0o644 & ~Int(mask))
    }

    @Test func abortedSinkLeavesNoFileAndNoTemporaryFile() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("import.csv").path
        let sink = try IgnitionCSVSink(path: path)
        for record in WriteFixtures.threeClients { try sink.write(record) }
        sink.abort()
        sink.abort()
        #expect(try WriteFixtures.contents(of: directory).isEmpty)
        #expect(throws: ImportError.self) { try sink.write(WriteFixtures.threeClients[0]) }
        #expect(throws: ImportError.self) { try sink.finish() }
        #expect(try WriteFixtures.contents(of: directory).isEmpty)
    }

    @Test func droppedWriterRemovesItsTemporaryFile() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let writer = try AtomicFileWriter(path: directory.appendingPathComponent("report.html").path)
            try writer.write("<!doctype html>")
            #expect(try WriteFixtures.contents(of: directory).count == 1)
        }
        #expect(try WriteFixtures.contents(of: directory).isEmpty)
    }

    @Test func existingDestinationSurvivesAnAbortedRun() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("rejects.csv").path
        let previous = Data("previous run\r\n".utf8)
        try previous.write(to: URL(fileURLWithPath: path))
        let writer = try RejectsCSVWriter(path: path, header: ["Name"])
        // More than the buffer, so that bytes really reach the temporary file before the abort.
        for row in 0..<20_000 {
            try writer.write(cells: ["Client \(row)"], codes: ["missing-email"], messages: ["Contact Email is empty"])
        }
        writer.abort()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == previous)
        #expect(try WriteFixtures.contents(of: directory) == ["rejects.csv"])
    }

    @Test func finishReplacesAnExistingDestination() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let writer = try AtomicFileWriter(path: path)
        try writer.write("new\n")
        try writer.finish()
        try writer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try WriteFixtures.contents(of: directory) == ["report.txt"])
    }

    @Test func missingDirectoryFailsWithCannotCreateNamingThePath() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("missing/clients.jsonl").path
        let error = try #require(throws: ImportError.self) { try JSONLinesSink(path: path) }
        #expect(error.kind == .cannotCreate)
        #expect(error.kind.exitStatus == 73)
        #expect(error.code == .cannotCreate)
        #expect(error.position?.file == path)
        #expect(error.description.contains(path))
        #expect(try WriteFixtures.contents(of: directory).isEmpty)
    }

    @Test func directoryInTheWayFailsWithCannotCreate() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: ImportError.self) { try AtomicFileWriter(path: directory.path) }
        #expect(error.kind.exitStatus == 73)
        #expect(error.description.contains(directory.path))
        let trailing = try #require(throws: ImportError.self) { try AtomicFileWriter(path: directory.path + "/") }
        #expect(trailing.kind.exitStatus == 73)
    }

    @Test func writeFailureIsAnIOErrorAndLeavesNoTemporaryFile() throws {
        // A file system that is full: write to /dev/full through a writer whose temporary file we swap.
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("clients.jsonl").path
        let writer = try AtomicFileWriter(path: path)
        // Point the writer's descriptor at /dev/full by replacing it with dup2.
        let full = open("/dev/full", O_WRONLY)
        #expect(full >= 0)
        defer { close(full) }
        #expect(writer.replaceDescriptorForTesting(with: full))
        let error = try #require(throws: ImportError.self) {
            for _ in 0..<4 { try writer.write { $0.append(contentsOf: repeatElement(UInt8(ascii: "x"), count: 1 << 16)) } }
            try writer.finish()
        }
        #expect(error.kind == .io)
        #expect(error.kind.exitStatus == 74)
        #expect(error.code == .writeFailed)
        #expect(error.description.contains(path))
        #expect(try WriteFixtures.contents(of: directory).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func longDestinationNamesStillGetATemporaryFile() throws {
        let directory = try WriteFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let name = String(repeating: "é", count: 120) + ".jsonl"  // 246 bytes
        let writer = try AtomicFileWriter(path: directory.appendingPathComponent(name).path)
        try writer.write("{}\n")
        try writer.finish()
        #expect(try WriteFixtures.contents(of: directory) == [name])
    }
}
