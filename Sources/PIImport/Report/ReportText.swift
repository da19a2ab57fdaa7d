/// A compact human summary of a report, for standard output.
///
/// ```
/// pi-import report: not valid
/// 6 rows, 3 clients, 4 contacts: 1 to create, 1 to update, 1 to link, 0 to merge, 1 to review; 1 row rejected, 2 warnings, 2 tax numbers removed
///
/// Files
///   clients.csv: csv, encoding UTF-8, delimiter ",", header row 1, kind xero-contacts, 6 rows
///     A  *ContactName  -> name (synonym)
///     C  TaxNumber     dropped (dropped-tax-number)
/// ...
/// ```
///
/// Values from the data never appear: only headers, file names, counts, positions and messages
/// (which never hold values).
public enum ReportText {
    /// How many positions a problem line shows before "and N more".
    public static let positionsPerProblem = 3

    public static func render(_ report: ImportReport) -> String {
        var lines: [String] = []
        let summary = report.summary
        lines.append("pi-import report: " + (report.valid ? "valid" : "not valid"))
        lines.append(
            "\(counted(summary.rows, "row")), \(counted(summary.clients, "client")), \(counted(summary.contacts, "contact")): "
                + "\(summary.created) to create, \(summary.updated) to update, \(summary.linked) to link, "
                + "\(summary.merged) to merge, \(summary.review) to review; "
                + "\(counted(summary.rejected, "row")) rejected, \(counted(summary.warnings, "warning")), "
                + "\(counted(summary.taxNumbersRemoved, "tax number")) removed")

        lines.append("")
        lines.append(report.files.isEmpty ? "Files: none" : "Files")
        for file in report.files {
            lines.append("  \(fileTitle(file)): \(fileDetails(file))")
            let width = file.mapping.map(\.header.count).max() ?? 0
            let letterWidth = file.mapping.map { ColumnName.letters(for: $0.column).count }.max() ?? 0
            for column in file.mapping {
                let letters = ColumnName.letters(for: column.column)
                lines.append(
                    "    " + padded(letters, letterWidth) + "  " + padded(column.header, width) + "  "
                        + mappingText(column))
            }
        }

        let groups = ProblemGroup.groups(of: report)
        lines.append("")
        lines.append(groups.isEmpty ? "Problems: none" : "Problems")
        let codeWidth = groups.map(\.code.rawValue.count).max() ?? 0
        let countWidth = groups.map { String($0.count).count }.max() ?? 0
        for group in groups {
            var line =
                "  " + padded(group.severity?.rawValue ?? "-", 7) + "  " + padded(group.code.rawValue, codeWidth) + "  "
                + String(repeating: " ", count: countWidth - String(group.count).count) + String(group.count)
            let shown = group.diagnostics.prefix(positionsPerProblem).map { $0.position.description }
            if !shown.isEmpty {
                line += "  " + shown.joined(separator: "; ")
                let more = group.count - shown.count
                if more > 0 { line += "; and \(more) more" }
            }
            lines.append(line)
        }

        lines.append("")
        let actions = ImportReport.Decision.Action.allInOrder.compactMap { action -> String? in
            let count = report.decisions.count { $0.action == action }
            return count == 0 ? nil : "\(action.rawValue) \(count)"
        }
        lines.append("Decisions: " + (actions.isEmpty ? "none" : actions.joined(separator: ", ")))

        lines.append("")
        lines.append(report.taxNumbersRemoved.isEmpty ? "Tax numbers removed: none" : "Tax numbers removed")
        for removal in report.taxNumbersRemoved {
            var line = "  \(place(file: removal.file, sheet: removal.sheet)), column \(removal.column): "
                + "\(removal.count) (\(removal.how))"
            if !removal.rows.isEmpty {
                line += (removal.rows.count == 1 ? ", row " : ", rows ") + removal.rows.map(String.init).joined(separator: ", ")
                if removal.count > removal.rows.count { line += ", ..." }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func fileTitle(_ file: ImportReport.FileSummary) -> String {
        place(file: file.file, sheet: file.sheet)
    }

    static func place(file: String, sheet: String?) -> String {
        sheet.map { "\(file)[\($0)]" } ?? file
    }

    static func fileDetails(_ file: ImportReport.FileSummary) -> String {
        var parts = [file.format]
        if let encoding = file.encoding { parts.append("encoding \(encoding)") }
        if let delimiter = file.delimiter { parts.append("delimiter \(delimiterText(delimiter))") }
        if let headerRow = file.headerRow { parts.append("header row \(headerRow)") }
        if let kind = file.kind { parts.append("kind \(kind)") }
        parts.append(counted(file.rows, "row"))
        return parts.joined(separator: ", ")
    }

    /// A delimiter as a person reads it: `","`, `tab`.
    static func delimiterText(_ delimiter: String) -> String {
        switch delimiter {
        case "\t": "tab"
        case " ": "space"
        default: "\"\(delimiter)\""
        }
    }

    static func mappingText(_ column: ImportReport.ColumnMapping) -> String {
        if let field = column.field { return "-> \(field) (\(column.how))" }
        if column.how == "unmapped" { return "unmapped" }
        if column.how.hasPrefix("dropped") { return "dropped (\(column.how))" }
        return "not mapped (\(column.how))"
    }

    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
