import ArgumentParser
import PIImport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@main
struct PIImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pi-import",
        abstract: "Turn client spreadsheets (CSV, XLSX) into clean Practice Ignition client records.",
        version: PIImportVersion.current,
        subcommands: [
            CheckCommand.self, ImportCommand.self, ExportCommand.self, InspectCommand.self, RowsCommand.self,
        ]
    )

    static func main() {
        // A closed pipe (`pi-import rows big.csv | head`) is reported by write(2), which exits quietly.
        signal(SIGPIPE, SIG_IGN)
        // An interrupted import leaves no temporary files beside its outputs (the store rolls back by itself).
        InterruptCleanup.removeOnInterrupt()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
