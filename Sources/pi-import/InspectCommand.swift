import ArgumentParser
import Foundation
import PIImport

/// `pi-import inspect FILE`: what the reader makes of a file.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show a file's format, encoding, delimiter, sheets, record count and header."
    )

    @Argument(help: "The CSV or XLSX file to inspect.")
    var file: String

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    @OptionGroup var reader: ReaderOptions

    @Option(help: "A mapping file (JSON, see Schemas/mapping.schema.json) to show the mapping with.")
    var mapping: String?

    func run() throws {
        do {
            let report = try FileInspection.inspect(
                path: file, options: reader.readOptions(), mapping: mapping.map { try MappingFile.load(path: $0) })
            var output = StandardOutput()
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                output.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
            } else {
                output.write(report.text)
            }
            output.flush()
        } catch let error as ImportError {
            throw error.reportedExit()
        }
    }
}
