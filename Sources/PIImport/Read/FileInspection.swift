/// A summary of how a file reads: what `pi-import inspect` shows.
public struct FileInspection: Sendable, Codable {
    /// How many of the first records the summary keeps.
    public static let sampleSize = 3

    public var file: String
    public var format: String
    public var encoding: String?
    public var delimiter: String?
    public var sheet: String?
    public var sheets: [SheetInfo]?
    /// Non-blank records (CSV) or non-empty rows (XLSX), the header included.
    public var records: Int
    /// The first record, as text.
    public var header: [String]
    /// The records after the header, up to ``sampleSize``.
    public var sample: [[String]]
    /// What the reader found: encodings, ragged rows, blank and repeated header cells.
    public var diagnostics: [Diagnostic]
    /// Counts of diagnostics left out of ``diagnostics``, by code.
    public var suppressed: [String: Int]

    /// Reads the whole file once.
    public static func inspect(path: String, options: ReadOptions = ReadOptions()) throws -> FileInspection {
        let source = try SourceOpener.open(path: path, options: options)
        var shape = RowShapeCheck(trimsTrailingEmptyCells: source.info.trimsTrailingEmptyCells)
        var limiter = DiagnosticLimiter(perCode: 10)
        var diagnostics: [Diagnostic] = []
        var records = 0
        var header: [String] = []
        var sample: [[String]] = []
        while let row = try source.nextRow() {
            records += 1
            let texts = row.cells.map { $0.text ?? "" }
            if records == 1 {
                header = texts
            } else if sample.count < sampleSize {
                sample.append(texts)
            }
            diagnostics += (source.takeDiagnostics() + shape.check(row)).filter { limiter.admit($0) }
        }
        diagnostics += source.takeDiagnostics()
        let info = source.info
        return FileInspection(
            file: info.file, format: info.format, encoding: info.encoding, delimiter: info.delimiter,
            sheet: info.sheet, sheets: info.sheets, records: records, header: header, sample: sample,
            diagnostics: diagnostics,
            suppressed: Dictionary(uniqueKeysWithValues: limiter.suppressed.map { ($0.code.rawValue, $0.count) }))
    }

    /// The summary as a person reads it.
    public var text: String {
        var lines = ["file:      \(file)", "format:    \(format)"]
        if let encoding { lines.append("encoding:  \(encoding)") }
        if let delimiter { lines.append("delimiter: \(delimiter)") }
        if let sheets {
            lines.append("sheets:")
            for (index, sheet) in sheets.enumerated() {
                let selected = sheet.name == self.sheet ? "*" : " "
                let state = sheet.visibility == .visible ? "" : " (\(sheet.visibility.rawValue))"
                let kind = sheet.kind == .worksheet ? "" : " [\(sheet.kind.rawValue)]"
                lines.append("  \(selected) \(index + 1). \(sheet.name)\(kind)\(state)")
            }
        }
        lines.append("records:   \(records)")
        lines.append("header:")
        for (index, name) in header.enumerated() {
            lines.append("  \(ColumnName.letters(for: index + 1)): \(name)")
        }
        if !sample.isEmpty {
            lines.append("first records:")
            for record in sample {
                lines.append("  " + record.joined(separator: " | "))
            }
        }
        if !diagnostics.isEmpty {
            lines.append("findings:")
            lines += diagnostics.map { "  \($0)" }
            lines += suppressed.sorted { $0.key < $1.key }.map { "  \($0.value) more [\($0.key)] not shown" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
