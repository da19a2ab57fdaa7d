/// An input file opened, its header found and mapped: the data rows that follow, with blank rows,
/// title rows and report footers left out (and said so).
struct MappedSource {
    let source: any RowSource
    /// The source, when it packs its own rows (``RowPacking``).
    private let packer: (any RowPacking)?
    let map: ColumnMap
    private var shape: RowShapeCheck
    private var pending: [RawRow]
    private var pendingIndex = 0
    private var diagnostics: [Diagnostic] = []

    init(path: String, options: ImportOptions, mapper: ColumnMapper) throws {
        source = try SourceOpener.open(path: path, options: options.read)
        packer = source as? any RowPacking
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

    /// What ``appendNextDataRow(to:)`` did.
    enum Step {
        /// A data row was added.
        case row
        /// Rows skipped before the next data row left as many findings as are held
        /// (``findingsHeld``): take them (``takeDiagnostics()``) before going on, so that a file of
        /// millions of footers does not keep a finding for each.
        case findings
        case end
    }

    /// How many findings rows skipped may leave before ``appendNextDataRow(to:)`` hands them over.
    static let findingsHeld = 1024

    /// Adds the next data row to `rows`.
    mutating func appendNextDataRow(to rows: PackedRows) throws -> Step {
        while true {
            if pendingIndex < pending.count {
                rows.append(pending[pendingIndex])
                pendingIndex += 1
            } else if try !(packer?.appendNextRow(to: rows) ?? appendNextRow(to: rows)) {
                diagnostics += source.takeDiagnostics()
                return .end
            }
            let index = rows.count - 1
            let row = rows[index]
            guard (0..<row.count).contains(where: { !row.isBlank($0) }) else {
                rows.removeLast()
                continue
            }
            if let found = shape.check(cellCount: row.count, at: { rows.position(of: index) }) {
                diagnostics.append(found)
            }
            if Self.isFooter(row) {
                diagnostics.append(
                    Diagnostic(.nonDataRowSkipped, .info, at: rows.position(of: index), "total or footer row skipped"))
                rows.removeLast()
                if diagnostics.count >= Self.findingsHeld { return .findings }
                continue
            }
            return .row
        }
    }

    /// Adds the source's next row to `rows` through ``RowSource/nextRow()``, for sources that do not pack
    /// their rows themselves.
    private func appendNextRow(to rows: PackedRows) throws -> Bool {
        guard let row = try source.nextRow() else { return false }
        rows.append(row)
        return true
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
    static func isFooter(_ row: PackedRow) -> Bool {
        guard row.count > 0, row.text(0).count < 80 else { return false }
        // Most rows start with a visible ASCII character other than `t`, so are no `Total` row, and
        // have a second cell, so are no footer.
        if let lead = row.text(0).first, lead > 0x20, lead < 0x7F, lead | 0x20 != UInt8(ascii: "t"), row.count > 1,
            !row.isBlank(1)
        {
            return false
        }
        var first = row.string(0).trimmingWhitespace()
        let isTotal = first.withUTF8 { bytes in
            // `Total` in any case, alone or followed by a space: compared byte by byte, since the
            // generic sequence algorithms cost more than the rest of this check.
            bytes.count >= 5 && bytes[0] | 0x20 == UInt8(ascii: "t") && bytes[1] | 0x20 == UInt8(ascii: "o")
                && bytes[2] | 0x20 == UInt8(ascii: "t") && bytes[3] | 0x20 == UInt8(ascii: "a")
                && bytes[4] | 0x20 == UInt8(ascii: "l") && (bytes.count == 5 || bytes[5] | 0x20 == 0x20)
        }
        if isTotal { return true }
        return (1..<row.count).allSatisfy { row.isBlank($0) } && FooterTimestamp.matches(first.lowercased())
    }
}
