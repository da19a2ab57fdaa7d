import ArgumentParser
import PIImport

/// `pi-import check`: the whole pipeline as a dry run; nothing is written but reports.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check input files as an import would, writing only reports (a dry run).",
        discussion: """
            Exit status: 0 every row is good, 65 some rows would be rejected, 64 usage, 66 an input is missing, \
            73/74 a report cannot be written.
            """
    )

    @OptionGroup var inputs: InputOptions
    @OptionGroup var reports: ReportOptions

    func run() throws {
        do {
            let run = PipelineRun(inputs: inputs, reports: reports)
            let status = try run.execute(
                options: try inputs.importOptions(), store: try inputs.store.existing(), sink: nil)
            if status != 0 { throw ExitCode(status) }
        } catch let error as ImportError {
            throw error.reportedExit()
        }
    }
}
