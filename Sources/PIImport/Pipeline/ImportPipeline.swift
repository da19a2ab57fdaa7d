import Logging

/// Runs input files through the stages, in order: read, find the header, map, normalize (with
/// tax numbers removed), validate, group rows into clients. Accepted clients go to `onRecord` at the
/// end; rejected rows go to `onReject` as they are found; the report tells what happened.
public struct ImportPipeline {
    public let options: ImportOptions
    private let logger: Logger
    private let mapper: ColumnMapper
    private let normalizer: RecordNormalizer
    private let validator: RowValidator

    public init(options: ImportOptions, logger: Logger = Logger(label: "pi-import")) {
        self.options = options
        self.logger = logger
        mapper = ColumnMapper(userMapping: options.mapping)
        normalizer = RecordNormalizer(defaultCountry: options.defaultCountry)
        validator = RowValidator(missingContactSeverity: options.missingContactSeverity)
    }

    /// What a run produced: the report, and the errors that stopped input files.
    public struct Outcome: Sendable {
        public var report: ImportReport
        /// One per input file that could not be read to its end.
        public var fileErrors: [ImportError]

        /// The process's exit status: 66 when an input cannot be opened, 65 when a file or rows were
        /// rejected, else 0.
        public var exitStatus: Int32 {
            if fileErrors.contains(where: { $0.kind == .cannotOpen }) { return ImportError.Kind.cannotOpen.exitStatus }
            if !fileErrors.isEmpty || !report.valid { return ImportError.Kind.badData.exitStatus }
            return 0
        }
    }

    /// Reads every input. Accepted clients go to `onRecord` once all inputs are read; rejected rows go to
    /// `onReject` as they are found. Throws what `onRecord` and `onReject` throw, and ``RunStopped`` when
    /// `--on-invalid abort` or `--max-errors` stop the run.
    public func run(
        inputs: [String], keepRecords: Bool, onRecord: (ClientRecord) throws -> Void = { _ in },
        onReject: (RejectedRow) throws -> Void = { _ in }
    ) throws -> Outcome {
        var run = RunState(options: options, keepRecords: keepRecords)
        var fileErrors: [ImportError] = []
        for input in inputs {
            do {
                try read(input, into: &run, onReject: onReject)
            } catch let error as ImportError {
                logger.debug("input stopped", metadata: ["file": "\(input)", "code": "\(error.code)"])
                run.fileFailed(error, file: input)
                fileErrors.append(error)
            }
        }
        for record in run.groups.records { try onRecord(record) }
        return Outcome(report: run.report(), fileErrors: fileErrors)
    }

    private func read(_ input: String, into run: inout RunState, onReject: (RejectedRow) throws -> Void) throws {
        let source = try SourceOpener.open(path: input, options: options.read)
        var shape = RowShapeCheck(trimsTrailingEmptyCells: source.info.trimsTrailingEmptyCells)
        var opening: [RawRow] = []
        while opening.count < HeaderRowDetector.window, let row = try source.nextRow() {
            opening.append(row)
        }
        let headerIndex: Int
        if let wanted = options.headerRow {
            guard let index = opening.firstIndex(where: { ($0.position.row ?? 0) >= wanted }),
                opening[index].position.row == wanted
            else {
                throw ImportError(
                    .badData, .headerNotFound, "row \(wanted) (--header-row) is blank or past the first rows",
                    at: SourcePosition(file: source.info.file, sheet: source.info.sheet, row: wanted))
            }
            headerIndex = index
        } else if let index = HeaderRowDetector.headerIndex(in: opening, mapper: mapper) {
            headerIndex = index
        } else {
            throw ImportError(
                .badData, .headerNotFound,
                "no header found in the first \(HeaderRowDetector.window) rows (use --header-row or a mapping file)",
                at: SourcePosition(file: source.info.file, sheet: source.info.sheet))
        }
        let headerRow = opening[headerIndex]
        for title in opening[..<headerIndex] {
            run.note(Diagnostic(.nonDataRowSkipped, .info, at: title.position, "title row before the header skipped"))
        }
        let headers = headerRow.cells.map { $0.text ?? "" }
        let (map, mapDiagnostics) = mapper.map(headers: headers, at: headerRow.position)
        run.note(contentsOf: mapDiagnostics + shape.check(headerRow) + source.takeDiagnostics())
        guard map.hasNameColumn else {
            throw ImportError(
                .badData, .noNameColumn,
                "no column holds the client name, a contact name, or given and family names (use a mapping file)",
                at: headerRow.position)
        }
        let builder = ClientRecordBuilder(map: map, normalizer: normalizer)
        var file = ImportReport.FileSummary(
            file: source.info.file, format: source.info.format, encoding: source.info.encoding,
            delimiter: source.info.delimiter, sheet: source.info.sheet, headerRow: headerRow.position.row,
            kind: map.kind, mapping: map.report)
        var pending = opening[(headerIndex + 1)...].makeIterator()
        while let row = try pending.next() ?? source.nextRow() {
            guard row.cells.contains(where: { !($0.text ?? "").isBlank }) else { continue }
            let found = shape.check(row)
            if !found.isEmpty { run.note(contentsOf: found) }
            if Self.isFooter(row) {
                run.note(Diagnostic(.nonDataRowSkipped, .info, at: row.position, "total or footer row skipped"))
                continue
            }
            file.rows += 1
            run.countDroppedValues(row, map: map)
            let outcome = builder.build(row)
            run.note(contentsOf: source.takeDiagnostics())
            var diagnostics = outcome.diagnostics
            for (column, count) in outcome.redactions {
                run.redacted(count, file: source.info.file, sheet: source.info.sheet, column: headers[column - 1], row: row)
            }
            guard let record = outcome.record else {
                run.note(contentsOf: diagnostics)
                continue
            }
            diagnostics += validator.validate(record, at: row.position)
            if record.id != nil { diagnostics += run.checkClientID(record, at: row.position) }
            run.note(contentsOf: diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) {
                try run.reject(
                    RejectedRow(
                        file: source.info.file, sheet: source.info.sheet, header: headers,
                        cells: PrivacyFilter.redacted(row.cells.map { $0.text ?? "" }),
                        droppedColumns: map.droppedColumns, position: row.position,
                        diagnostics: diagnostics.filter { $0.severity == .error }),
                    name: record.name, onReject: onReject)
            } else {
                run.accept(record, at: row.position)
            }
        }
        run.note(contentsOf: source.takeDiagnostics())
        run.files.append(file)
    }

    /// A QuickBooks report's footer (a timestamp alone in the first cell) or a `Total` row.
    static func isFooter(_ row: RawRow) -> Bool {
        guard let text = row.cells.first?.text, text.utf8.count < 80 else { return false }
        let first = text.trimmingWhitespace()
        let head = first.utf8.prefix(6).map { $0 | 0x20 }
        if head.starts(with: Array("total".utf8)), head.count == 5 || head[5] == 0x20 { return true }
        return row.cells.dropFirst().allSatisfy { ($0.text ?? "").isBlank } && FooterTimestamp.matches(first.lowercased())
    }
}

/// Stopped by `--on-invalid abort` or `--max-errors`.
public struct RunStopped: Error, Sendable {
    public var report: ImportReport
    public var reason: String
}
