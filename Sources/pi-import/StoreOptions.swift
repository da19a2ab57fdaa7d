import ArgumentParser
import Foundation
import PIImportStore

/// Which client store a command uses: shared by `check`, `import` and `export`.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: """
            The client store (SQLite) of earlier imports: its clients are matched first, and a client found there \
            is updated, never created twice. import writes to it unless --out is given; check only reads it. \
            Default: $PI_IMPORT_STORE, else pi-import.sqlite in the current directory.
            """)
    var given: String?

    /// `--store`, else `$PI_IMPORT_STORE`, else `pi-import.sqlite`.
    var path: String {
        given ?? ProcessInfo.processInfo.environment["PI_IMPORT_STORE"] ?? "pi-import.sqlite"
    }

    /// The store, when it exists.
    func existing() throws -> ClientStore? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try ClientStore(path: path)
    }
}
