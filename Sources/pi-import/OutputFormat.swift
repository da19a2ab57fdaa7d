import ArgumentParser
import PIImport

/// The record files `import` and `export` write, by file extension.
enum OutputFormat {
    case jsonLines, csv

    init?(path: String) {
        switch path.split(separator: ".").last?.lowercased() {
        case "jsonl", "ndjson": self = .jsonLines
        case "csv": self = .csv
        default: return nil
        }
    }

    /// Rejects an `--out` path that names neither format.
    static func validate(_ path: String) throws {
        guard OutputFormat(path: path) != nil else {
            throw ValidationError("--out \(path): use a .jsonl or .csv file name")
        }
    }

    /// The writer of `path`, written atomically.
    static func sink(writing path: String) throws -> any RecordSink {
        let file = try AtomicFileWriter(path: path)
        return switch OutputFormat(path: path) {
        case .csv: try IgnitionCSVSink(output: file)
        default: JSONLinesSink(output: file)
        }
    }
}
