import ArgumentParser
import PIImport
import PIImportStore

/// `pi-import export`: the store's clients, as the files `import --out` writes.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every client in the store to a file.",
        discussion: """
            --out FILE.jsonl writes one client record per line (Schemas/client.schema.json); --out FILE.csv writes \
            Ignition's import CSV, one row per contact, each client under its store id. The file is written \
            atomically. Exit status: 0 written, 66 no store, 73/74 the file or the store cannot be read or written.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The output: a .jsonl (client records) or .csv (Ignition's import CSV) file.")
    var out: String

    func validate() throws {
        try OutputFormat.validate(out)
    }

    func run() throws {
        do {
            guard let clients = try store.existing() else {
                throw ImportError(.cannotOpen, .cannotOpen, "\(store.path): no store here (import creates one)")
            }
            let sink = try OutputFormat.sink(writing: out)
            do {
                try clients.forEachRecord { try sink.write($0) }
                try sink.finish()
            } catch {
                sink.abort()
                throw error
            }
        } catch let error as ImportError {
            throw error.reportedExit()
        }
    }
}
