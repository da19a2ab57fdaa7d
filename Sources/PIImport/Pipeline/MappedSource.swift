/// An input file opened, its header found and mapped: the data rows that follow, with blank rows,
/// title rows and report footers left out (and said so).
struct MappedSource {
    let source: any RowSource
    let map: ColumnMap
    private var shape: RowShapeCheck
    private var pending: [RawRow]
    private var pendingIndex = 0
    private var diagnostics: [Diagnostic] = []

    init(path: String, options: ImportOptions, mapper: ColumnMapper) throws {
        source = try SourceOpener.open(path: path, options: options.read)
        shape = RowShapeCheck(trimsTrailingEmptyCells: source.info.trimsTrailingEmptyCells)
        var opening: [RawRow] = []
        while opening.count < HeaderRowDetector.window, let row = try source.nextRow() {
            opening.append(row)
        }
        let headerIndex = try Self.headerIndex(in: opening, wanted: options.headerRow, mapper: mapper, info: source.info)
        let headerRow = opening[headerIndex]
        for title in opening[..<headerIndex] {
            diagnostics.append(
                Diagnostic(.nonDataRowSkipped, .info, at: title.position, "title row before the header skipped"))
        }
        // Header cells reach reports and rejects files: a tax number in one (a data row taken for the
        // header with --header-row) is removed like any other.
        let headers = PrivacyFilter.redacted(headerRow.cells.map { $0.text ?? "" })
        let (map, mapDiagnostics) = mapper.map(headers: headers, at: headerRow.position)
        self.map = map
        diagnostics += mapDiagnostics + shape.check(headerRow) + source.takeDiagnostics()
        guard map.hasNameColumn else {
            throw ImportError(
                .badData, .noNameColumn,
                "no column holds the client name, a contact name, or given and family names (use a mapping file)",
                at: headerRow.position)
        }
        pending = Array(opening[(headerIndex + 1)...])
    }

    /// The next data row, or nil at the end.
    mutating func nextDataRow() throws -> RawRow? {
        while true {
            let row: RawRow
            if pendingIndex < pending.count {
                row = pending[pendingIndex]
                pendingIndex += 1
            } else {
                guard let next = try source.nextRow() else {
                    diagnostics += source.takeDiagnostics()
                    return nil
                }
                row = next
            }
            guard row.cells.contains(where: { !Self.isBlank($0) }) else { continue }
            let found = shape.check(row)
            if !found.isEmpty { diagnostics += found }
            if Self.isFooter(row) {
                diagnostics.append(Diagnostic(.nonDataRowSkipped, .info, at: row.position, "total or footer row skipped"))
                continue
            }
            return row
        }
    }

    /// What was found since the last call: reader warnings, shape findings, skipped rows.
    mutating func takeDiagnostics() -> [Diagnostic] {
        let reader = source.takeDiagnostics()
        if !reader.isEmpty { diagnostics += reader }
        guard !diagnostics.isEmpty else { return [] }
        defer { diagnostics = [] }
        return diagnostics
    }

    private static func headerIndex(in opening: [RawRow], wanted: Int?, mapper: ColumnMapper, info: SourceInfo) throws
        -> Int
    {
        if let wanted {
            guard let index = opening.firstIndex(where: { ($0.position.row ?? 0) >= wanted }),
                opening[index].position.row == wanted
            else {
                throw ImportError(
                    .badData, .headerNotFound, "row \(wanted) (--header-row) is blank or past the first rows",
                    at: SourcePosition(file: info.file, sheet: info.sheet, row: wanted))
            }
            return index
        }
        guard let index = HeaderRowDetector.headerIndex(in: opening, mapper: mapper) else {
            throw ImportError(
                .badData, .headerNotFound,
                "no header found in the first \(HeaderRowDetector.window) rows (use --header-row or a mapping file)",
                at: SourcePosition(file: info.file, sheet: info.sheet))
        }
        return index
    }

    /// A QuickBooks report's footer (a timestamp alone in the first cell) or a `Total` row.
    static func isFooter(_ row: RawRow) -> Bool {
        guard let text = row.cells.first?.text, text.utf8.count < 80 else { return false }
        // Most rows start with a visible ASCII character other than `t`, so are no `Total` row, and
        // have a second cell, so are no footer.
        if let lead = text.utf8.first, lead > 0x20, lead < 0x7F, lead | 0x20 != UInt8(ascii: "t"), row.cells.count > 1,
            !isBlank(row.cells[1])
        {
            return false
        }
        var first = text.trimmingWhitespace()
        let isTotal = first.withUTF8 { bytes in
            // `Total` in any case, alone or followed by a space: compared byte by byte, since the
            // generic sequence algorithms cost more than the rest of this check.
            bytes.count >= 5 && bytes[0] | 0x20 == UInt8(ascii: "t") && bytes[1] | 0x20 == UInt8(ascii: "o")
                && bytes[2] | 0x20 == UInt8(ascii: "t") && bytes[3] | 0x20 == UInt8(ascii: "a")
                && bytes[4] | 0x20 == UInt8(ascii: "l") && (bytes.count == 5 || bytes[5] | 0x20 == 0x20)
        }
        if isTotal { return true }
        return row.cells.dropFirst().allSatisfy { ($0.text ?? "").isBlank } && FooterTimestamp.matches(first.lowercased())
    }

    /// Whether a cell is empty or white space only: ``Swift/String/isBlank``, answered from the first
    /// byte when that is a visible ASCII character (most cells).
    private static func isBlank(_ cell: Cell) -> Bool {
        guard case .text(let text) = cell else { return cell.text?.isBlank ?? true }
        if let lead = text.utf8.first, lead > 0x20, lead < 0x7F { return false }
        return text.isBlank
    }
}
