import Foundation
import Testing

/// Runs the built `pi-import` binary, as a user would, and captures what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `pi-import` built beside the test binary (`swift build --build-tests` builds both).
    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("pi-import")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return TestPaths.packageRoot.appendingPathComponent(".build/debug/pi-import")
    }()

    /// Runs `pi-import ARGUMENTS` in `directory` (default: the package root). The default store is a path
    /// that does not exist, so that a store left in the package root never changes what a test sees; a
    /// test that wants one passes `--store`.
    static func run(_ arguments: [String], in directory: URL = TestPaths.packageRoot) throws -> Result {
        try #require(
            FileManager.default.isExecutableFile(atPath: binary.path),
            "build the command first: swift build --build-tests")
        return try shell([binary.path] + arguments, in: directory)
    }

    /// Runs any command line without a shell.
    static func shell(_ command: [String], in directory: URL = TestPaths.packageRoot) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PI_IMPORT_STORE"] = "/nonexistent/pi-import-tests.sqlite"
        process.environment = environment
        // Standard error goes to a file, so that reading standard output to its end cannot deadlock.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-stderr-\(UUID())")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errors = try FileHandle(forWritingTo: errorFile)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let stderr = try Data(contentsOf: errorFile)
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
