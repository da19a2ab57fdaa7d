import Logging

/// Runs input files through the stages, in order: read, find the header, map, normalize (with tax
/// numbers removed), validate, match (against the store, XPM, the ledger and earlier rows), group rows
/// into clients. Accepted clients go to `onRecord` at the end; rejected rows go to `onReject` as they
/// are found; the report tells what happened.
public struct ImportPipeline {
    public let options: ImportOptions
    /// The store's clients, matched first.
    public let store: StoreContents?
    /// Which clients a dry run's batches are told are grouped already; what the run reports is the same
    /// whichever it is (tests try all three).
    var knownClients = KnownClients.Policy.grouped
    private let logger: Logger
    private let mapper: ColumnMapper
    private let normalizer: RecordNormalizer
    private let validator: RowValidator

    public init(options: ImportOptions, store: StoreContents? = nil, logger: Logger = Logger(label: "pi-import")) {
        self.options = options
        self.store = store
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
        let loader = ReferenceLoader(options: options, mapper: mapper, normalizer: normalizer)
        let practiceManager = try loader.load(options.practiceManagerFiles, as: .xpm)
        let ledger = try loader.load(options.ledgerFiles, as: .ledger)
        // The three indexes are built at once, one per core.
        let indexes = ReferenceIndex.build([store?.clients ?? [], practiceManager.clients, ledger.clients])
        let matcher = Matcher(
            store: store?.clients.isEmpty ?? true ? nil : indexes[0],
            xpm: options.practiceManagerFiles.isEmpty ? nil : indexes[1],
            ledger: options.ledgerFiles.isEmpty ? nil : indexes[2], options: options.matching)
        var run = RunState(
            options: options, keepRecords: keepRecords, matcher: matcher, knownClients: keepRecords ? .none : knownClients)
        run.note(contentsOf: practiceManager.diagnostics + ledger.diagnostics)
        run.referenceFiles = (store.map { [$0.summary] } ?? []) + practiceManager.files + ledger.files
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
        var mapped = try MappedSource(path: input, options: options, mapper: mapper)
        run.note(contentsOf: mapped.takeDiagnostics())
        let source = mapped.source
        let info = source.info
        let map = mapped.map
        let builder = RowBatchBuilder(
            builder: ClientRecordBuilder(map: map, normalizer: normalizer), validator: validator)
        var file = ImportReport.FileSummary(
            file: info.file, format: info.format, encoding: info.encoding,
            delimiter: info.delimiter, sheet: info.sheet, headerRow: map.headerRow,
            kind: map.kind, mapping: map.report)
        // Rows are read in batches, built on the worker threads while the next batches are read, then
        // taken one by one, in order. What the reader found before each row is noted just before that
        // row, as if rows were taken as read.
        let taxColumns = map.taxNumberColumns
        var inFlight: [(read: ReadBatch, building: BuildingBatch)] = []
        var ended = false
        // What stopped the reading, thrown once the rows read before it are taken.
        var stop: (any Error)?
        while !ended || !inFlight.isEmpty {
            if !ended {
                var batch = ReadBatch(file: info.file, sheet: info.sheet)
                do {
                    ended = try batch.fill(from: &mapped)
                } catch {
                    stop = error
                    ended = true
                }
                inFlight.append(
                    (batch, builder.start(batch.rows, saturated: run.saturatedCodes, known: run.knownClients())))
                if !ended, inFlight.count < RowBatchBuilder.batchesInFlight { continue }
            }
            let (batch, building) = inFlight.removeFirst()
            let (built, omitted) = building.results()
            // Only codes past the report's cap are omitted, so when they are counted within the batch
            // changes nothing.
            run.count(omitted)
            let recordBuilder = builder.builder
            var findings = batch.findings.makeIterator()
            var nextFinding = findings.next()
            for index in 0..<batch.rows.count {
                while let finding = nextFinding, finding.row == index {
                    run.note(contentsOf: finding.found)
                    nextFinding = findings.next()
                }
                file.rows += 1
                try take(
                    index, of: batch.rows, built: built.baseAddress! + index, builder: recordBuilder,
                    taxColumns: taxColumns, into: &run, onReject: onReject)
            }
            // What rows skipped after the batch's last row were found to be.
            while let finding = nextFinding {
                run.note(contentsOf: finding.found)
                nextFinding = findings.next()
            }
            (consume batch).release(with: consume building)
        }
        if let stop { throw stop }
        run.note(contentsOf: mapped.takeDiagnostics())
        run.files.append(file)
    }

    /// Counts one built row (row `index` of `rows`), then rejects or accepts its client. Its results are
    /// read in place: copying a row's record costs about as much as taking it, and most rows need only
    /// their keys. A row whose record was not built is built whole by `builder` if grouping needs it.
    private func take(
        _ index: Int, of rows: PackedRows, built: UnsafePointer<RowBatchBuilder.Built>, builder: ClientRecordBuilder,
        taxColumns: [Int], into run: inout RunState, onReject: (RejectedRow) throws -> Void
    ) throws {
        if !taxColumns.isEmpty { run.countDroppedValues(index, of: rows, columns: taxColumns, map: builder.map) }
        for (column, count) in built.pointee.outcome.redactions {
            run.redacted(count, column: builder.map.headers[column - 1], row: index, of: rows)
        }
        run.note(contentsOf: built.pointee.outcome.diagnostics)
        // A row has keys when it holds a client. Its keys and record are read through the pointer, not
        // bound: a binding copies them, and every string in them is retained and released again.
        guard built.pointee.keys != nil else { return }
        run.note(contentsOf: built.pointee.findings)
        let idFindings =
            built.pointee.clientID == nil
            ? []
            : run.checkClientID(
                built.pointee.clientID!, name: built.pointee.clientName, at: rows.position(of: index))
        run.note(contentsOf: idFindings)
        let isError = { (diagnostic: Diagnostic) in diagnostic.severity == .error }
        guard
            built.pointee.outcome.diagnostics.contains(where: isError)
                || built.pointee.findings.contains(where: isError) || idFindings.contains(where: isError)
        else {
            run.accept(
                keys: built.pointee.keys.unsafelyUnwrapped, knownSlot: built.pointee.knownSlot,
                position: { rows.position(of: index) }
            ) {
                built.pointee.outcome.detail == .full
                    ? built.pointee.outcome.record! : builder.build(rows[index], at: rows.position(of: index)).record!
            }
            return
        }
        try run.reject(
            RejectedRow(
                file: rows.file, sheet: rows.sheet, header: builder.map.headers,
                cells: PrivacyFilter.redacted(rows[index].strings), droppedColumns: builder.map.droppedColumns,
                position: rows.position(of: index),
                diagnostics: (built.pointee.outcome.diagnostics + built.pointee.findings + idFindings).filter(isError)),
            name: built.pointee.clientName, onReject: onReject)
    }
}

/// The clients of the store a run matches against first, and where they came from.
public struct StoreContents: Sendable {
    /// The store's file.
    public var path: String
    public var clients: [ReferenceClient]

    public init(path: String, clients: [ReferenceClient]) {
        self.path = path
        self.clients = clients
    }

    /// The store as the report lists it among the files read.
    var summary: ImportReport.FileSummary {
        ImportReport.FileSummary(file: path, format: "sqlite", kind: "store", rows: clients.count)
    }
}

/// Stopped by `--on-invalid abort` or `--max-errors`.
public struct RunStopped: Error, Sendable {
    public var report: ImportReport
    public var reason: String
}
