/// A summary of how a file reads and maps: what `pi-import inspect` shows. It never shows a tax
/// number: tax-number and sensitive columns are blanked in the sample, and free text is redacted.
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
    /// The row the mapper takes for the header (title rows come before it in report exports).
    public var headerRow: Int?
    /// The recognised kind of export.
    public var kind: String?
    /// Column by column: what each column maps to, or why it is not read.
    public var mapping: [ImportReport.ColumnMapping]?
    /// The records after the detected header, up to ``sampleSize``, dropped columns blanked.
    public var sample: [[String]]
    /// What the reader found: encodings, ragged rows, blank and repeated header cells.
    public var diagnostics: [Diagnostic]
    /// Counts of diagnostics left out of ``diagnostics``, by code.
    public var suppressed: [String: Int]

    /// Reads the whole file once.
    public static func inspect(path: String, options: ReadOptions = ReadOptions(), mapping: MappingFile? = nil)
        throws -> FileInspection
    {
        let source = try SourceOpener.open(path: path, options: options)
        let mapper = ColumnMapper(userMapping: mapping)
        var shape = RowShapeCheck(trimsTrailingEmptyCells: source.info.trimsTrailingEmptyCells)
        var limiter = DiagnosticLimiter(perCode: 10)
        var diagnostics: [Diagnostic] = []
        var records = 0
        var opening: [RawRow] = []
        while let row = try source.nextRow() {
            records += 1
            if opening.count < HeaderRowDetector.window { opening.append(row) }
            diagnostics += (source.takeDiagnostics() + shape.check(row)).filter { limiter.admit($0) }
        }
        diagnostics += source.takeDiagnostics()
        let texts = opening.map { $0.cells.map { $0.text ?? "" } }
        var inspection = FileInspection(
            file: source.info.file, format: source.info.format, encoding: source.info.encoding,
            delimiter: source.info.delimiter, sheet: source.info.sheet, sheets: source.info.sheets, records: records,
            header: texts.first.map(PrivacyFilter.redacted) ?? [], sample: [], diagnostics: diagnostics,
            suppressed: Dictionary(uniqueKeysWithValues: limiter.suppressed.map { ($0.code.rawValue, $0.count) }))
        guard let headerIndex = HeaderRowDetector.headerIndex(in: opening, mapper: mapper) else {
            inspection.sample = texts.dropFirst().prefix(sampleSize).map(PrivacyFilter.redacted)
            return inspection
        }
        let headers = PrivacyFilter.redacted(texts[headerIndex])
        let (map, mapDiagnostics) = mapper.map(headers: headers, at: opening[headerIndex].position)
        let dropped = Set(map.droppedColumns)
        inspection.headerRow = opening[headerIndex].position.row
        inspection.kind = map.kind
        inspection.mapping = map.report
        inspection.diagnostics = mapDiagnostics + inspection.diagnostics
        inspection.sample = texts[(headerIndex + 1)...].prefix(sampleSize).map { cells in
            PrivacyFilter.redacted(cells.enumerated().map { dropped.contains($0.offset + 1) ? "[dropped]" : $0.element })
        }
        return inspection
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
        if let mapping, let headerRow {
            lines.append("header:    row \(headerRow)" + (kind.map { ", read as \($0)" } ?? ""))
            for column in mapping {
                let target = column.field ?? column.how
                lines.append("  \(ColumnName.letters(for: column.column)): \(column.header) -> \(target)")
            }
        } else {
            lines.append("header:    none recognised; first record:")
            for (index, name) in header.enumerated() {
                lines.append("  \(ColumnName.letters(for: index + 1)): \(name)")
            }
        }
        if !sample.isEmpty {
            lines.append("first records:")
            for record in sample {
                lines.append("  " + record.map { $0.replacingLineBreaks() }.joined(separator: " | "))
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
