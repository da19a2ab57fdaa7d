import ArgumentParser
import PIImport
import PIImportStore

/// `pi-import import`: the pipeline, writing Practice Ignition client records.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import input files as Practice Ignition client records.",
        discussion: """
            Without --out, the clients are saved to the store (--store, pi-import.sqlite by default) in one \
            transaction: clients already there are updated, the others created, so running the same import again \
            changes nothing. --out FILE.jsonl writes one client record per line (Schemas/client.schema.json) \
            instead; --out FILE.csv writes Ignition's import CSV, one row per contact. Files are written \
            atomically: a failed run leaves none. \
            Exit status: 0 every row imported, 65 some rows rejected, 64 usage, 66 an input is missing, 73/74 an \
            output cannot be written, 75 another run is writing to the store.
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var reports: ReportOptions

    @Option(help: "Write a .jsonl (client records) or .csv (Ignition's import CSV) file instead of the store.")
    var out: String?

    @Option(help: "What to do with invalid rows: skip them (and import the rest) or abort (import nothing).")
    var onInvalid: String = "skip"

    @Option(help: "Import nothing once more than this many rows are rejected.")
    var maxErrors: Int?

    func validate() throws {
        if let out { try OutputFormat.validate(out) }
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
            let run = PipelineRun(inputs: inputs, reports: reports)
            let status: Int32
            if let out {
                status = try run.execute(
                    options: options, store: try inputs.store.existing(), sink: try OutputFormat.sink(writing: out))
            } else {
                let lock = try ImportLock(storePath: inputs.store.path)
                defer { lock.release() }
                let store = try ClientStore(path: inputs.store.path)
                let sink = StoreSink(store: store, inputs: inputs.inputs)
                status = try run.execute(options: options, store: store, sink: sink)
                if let saved = sink.saved {
                    StandardError.write(
                        "pi-import: saved to \(store.path) (run \(saved.run)): \(saved.created) created, "
                            + "\(saved.updated) updated, \(saved.unchanged) unchanged\n")
                }
            }
            if status != 0 { throw ExitCode(status) }
        } catch let error as ImportError {
            throw error.reportedExit()
        }
    }
}
