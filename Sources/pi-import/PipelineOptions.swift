import ArgumentParser
import Logging
import PIImport

/// The inputs and how to read and map them: shared by `check` and `import`.
struct InputOptions: ParsableArguments {
    @Argument(help: "The CSV or XLSX files to read.")
    var inputs: [String]

    @OptionGroup var reader: ReaderOptions

    @Option(help: "A mapping file (JSON, see Schemas/mapping.schema.json) that overrides the default header synonyms.")
    var mapping: String?

    @Option(help: "The row holding the header, instead of detecting it.")
    var headerRow: Int?

    @Option(help: "Severity of a row without a contact name or email: error (rejected, as Ignition would) or warning.")
    var missingContact: String = "error"

    @Option(help: "A Xero Practice Manager client export (CSV or XLSX) to match against; XPM comes first (repeatable).")
    var xpm: [String] = []

    @Option(help: "A ledger export (Xero contacts, QuickBooks customer contact list) to match against (repeatable).")
    var ledger: [String] = []

    @OptionGroup var store: StoreOptions

    @Option(help: "Link uncertain (review) matches that score at least this much, from 0 to 1.")
    var acceptFuzzy: Double?

    @Option(help: "The country (ISO code such as AU, NZ, GB, US, CA) of phone numbers in rows that name none.")
    var country: String?

    @Flag(help: "Log what the run does on standard error.")
    var verbose = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("name at least one input file") }
        if let headerRow, headerRow < 1 { throw ValidationError("--header-row must be 1 or more") }
        if let acceptFuzzy, !(0...1).contains(acceptFuzzy) {
            throw ValidationError("--accept-fuzzy must be between 0 and 1")
        }
        if let country, CountryNames.code(for: country) == nil {
            throw ValidationError("--country \(country): not a country this tool knows (use an ISO code such as AU)")
        }
        guard ["error", "warning"].contains(missingContact) else {
            throw ValidationError("--missing-contact must be error or warning")
        }
    }

    func importOptions() throws -> ImportOptions {
        var options = ImportOptions()
        options.read = try reader.readOptions()
        options.mapping = try mapping.map { try MappingFile.load(path: $0) }
        options.headerRow = headerRow
        options.missingContactSeverity = missingContact == "warning" ? .warning : .error
        options.defaultCountry = country.flatMap(CountryNames.code(for:))
        options.practiceManagerFiles = xpm
        options.ledgerFiles = ledger
        options.matching.acceptFuzzy = acceptFuzzy
        return options
    }

    var logger: Logger {
        var logger = Logger(label: "pi-import") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .debug : .critical
        return logger
    }
}

/// Where reports and rejected rows go: shared by `check` and `import`.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .customLong("report"),
        help: "Write the report to FILE: .json, .html or .txt by its extension (repeatable). Default: a text summary on standard output.")
    var reports: [String] = []

    @Option(help: "Write the rejected rows, with their codes and messages, to this CSV file to fix and feed back.")
    var rejects: String?

    func validate() throws {
        for path in reports where ReportFormat(path: path) == nil {
            throw ValidationError("--report \(path): use a .json, .html or .txt file name")
        }
    }
}

/// The renderings of a report, chosen by file extension.
enum ReportFormat {
    case json, html, text

    init?(path: String) {
        switch path.split(separator: ".").last?.lowercased() {
        case "json": self = .json
        case "html", "htm": self = .html
        case "txt", "text": self = .text
        default: return nil
        }
    }

    func render(_ report: ImportReport) throws -> String {
        switch self {
        case .json: try ReportJSON.render(report)
        case .html: ReportHTML.render(report)
        case .text: ReportText.render(report)
        }
    }
}
