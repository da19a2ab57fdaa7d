import ArgumentParser
import PIImport
import PIImportStore

/// Runs the pipeline for `check` and `import`: rejected rows to their files, reports where asked,
/// the exit status by sysexits.
struct PipelineRun {
    let inputs: InputOptions
    let reports: ReportOptions

    /// Runs, matching against `store` when there is one; `sink` receives the accepted clients. Returns the
    /// exit status.
    func execute(options: ImportOptions, store: ClientStore?, sink: (any RecordSink)?) throws -> Int32 {
        var rejects = RejectFiles(path: reports.rejects, inputCount: inputs.inputs.count)
        let contents = try store.map { StoreContents(path: $0.path, clients: try $0.referenceClients()) }
        let pipeline = ImportPipeline(options: options, store: contents, logger: inputs.logger)
        let outcome: ImportPipeline.Outcome
        do {
            outcome = try pipeline.run(
                inputs: inputs.inputs, keepRecords: sink != nil, onRecord: { try sink?.write($0) },
                onReject: { try rejects.write($0) })
        } catch let stopped as RunStopped {
            sink?.abort()
            try rejects.finish()
            try write(stopped.report)
            StandardError.write("pi-import: stopped: \(stopped.reason); nothing was written\n")
            return ImportError.Kind.badData.exitStatus
        } catch {
            sink?.abort()
            rejects.abort()
            throw error
        }
        try sink?.finish()
        try rejects.finish()
        for error in outcome.fileErrors { StandardError.write("\(error)\n") }
        try write(outcome.report)
        return outcome.exitStatus
    }

    private func write(_ report: ImportReport) throws {
        if reports.reports.isEmpty {
            var output = StandardOutput()
            output.write(ReportText.render(report))
            output.flush()
        }
        for path in reports.reports {
            guard let format = ReportFormat(path: path) else { continue }
            let file = try AtomicFileWriter(path: path)
            do {
                try file.write(try format.render(report))
                try file.finish()
            } catch {
                file.abort()
                throw error
            }
        }
    }
}

/// One rejects CSV per input file that has rejected rows (inputs have different headers): the path as
/// given for a single input, else the input's name inserted before the extension.
struct RejectFiles {
    private let path: String?
    private let inputCount: Int
    private var writers: [String: RejectsCSVWriter] = [:]
    private var order: [String] = []

    init(path: String?, inputCount: Int) {
        self.path = path
        self.inputCount = inputCount
    }

    mutating func write(_ row: RejectedRow) throws {
        guard let path else { return }
        let key = row.file + "\u{1F}" + (row.sheet ?? "")
        if writers[key] == nil {
            let target = inputCount == 1 && order.isEmpty ? path : Self.path(path, for: row.file, sheet: row.sheet)
            writers[key] = try RejectsCSVWriter(
                path: target, header: row.header, droppingColumns: Set(row.droppedColumns.map { $0 - 1 }))
            order.append(key)
        }
        try writers[key]?.write(
            cells: row.cells, codes: row.diagnostics.map(\.code),
            messages: row.diagnostics.map(\.message))
    }

    func finish() throws {
        for key in order { try writers[key]?.finish() }
    }

    func abort() {
        for key in order { writers[key]?.abort() }
    }

    private static func path(_ path: String, for input: String, sheet: String?) -> String {
        let name = input.split(separator: "/").last.map(String.init) ?? input
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        let tag = (stem.isEmpty ? name : stem) + (sheet.map { "-\($0)" } ?? "")
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path + "." + tag }
        return String(path[..<dot]) + "." + tag + String(path[dot...])
    }
}
