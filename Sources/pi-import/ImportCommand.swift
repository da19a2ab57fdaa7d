import ArgumentParser
import PIImport

/// `pi-import import`: the pipeline, writing Practice Ignition client records.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import input files as Practice Ignition client records.",
        discussion: """
            --out FILE.jsonl writes one client record per line (Schemas/client.schema.json); --out FILE.csv writes \
            Ignition's import CSV, one row per contact. Files are written atomically: a failed run leaves none. \
            Exit status: 0 every row imported, 65 some rows rejected, 64 usage, 66 an input is missing, 73/74 an \
            output cannot be written.
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var reports: ReportOptions

    @Option(help: "The output: a .jsonl (client records) or .csv (Ignition's import CSV) file.")
    var out: String

    @Option(help: "What to do with invalid rows: skip them (and import the rest) or abort (import nothing).")
    var onInvalid: String = "skip"

    @Option(help: "Import nothing once more than this many rows are rejected.")
    var maxErrors: Int?

    func validate() throws {
        guard OutputFormat(path: out) != nil else {
            throw ValidationError("--out \(out): use a .jsonl or .csv file name")
        }
        guard ImportOptions.InvalidRowPolicy(rawValue: onInvalid) != nil else {
            throw ValidationError("--on-invalid must be skip or abort")
        }
        if let maxErrors, maxErrors < 0 { throw ValidationError("--max-errors must be 0 or more") }
    }

    func run() throws {
        do {
            var options = try inputs.importOptions()
            options.onInvalid = ImportOptions.InvalidRowPolicy(rawValue: onInvalid) ?? .skip
            options.maxErrors = maxErrors
            let file = try AtomicFileWriter(path: out)
            let sink: any RecordSink =
                switch OutputFormat(path: out) {
                case .csv: try IgnitionCSVSink(output: file)
                default: JSONLinesSink(output: file)
                }
            let status = try PipelineRun(inputs: inputs, reports: reports).execute(options: options, sink: sink)
            if status != 0 { throw ExitCode(status) }
        } catch let error as ImportError {
            throw error.reportedExit()
        }
    }
}

/// The record formats `import` writes, by file extension.
enum OutputFormat {
    case jsonLines, csv

    init?(path: String) {
        switch path.split(separator: ".").last?.lowercased() {
        case "jsonl", "ndjson": self = .jsonLines
        case "csv": self = .csv
        default: return nil
        }
    }
}
