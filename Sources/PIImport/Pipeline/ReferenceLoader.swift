/// Reads the practice's XPM and ledger exports as reference clients, through the same readers,
/// mapping and normalization as imports (tax numbers dropped the same way). Rows of one client (XPM
/// and QuickBooks export one row per contact) become one reference.
struct ReferenceLoader {
    let options: ImportOptions
    let mapper: ColumnMapper
    let normalizer: RecordNormalizer

    /// What the exports held, and how they were read.
    struct Loaded {
        var clients: [ReferenceClient] = []
        var files: [ImportReport.FileSummary] = []
        var diagnostics: [Diagnostic] = []
    }

    func load(_ paths: [String], as source: ReferenceClient.Source) throws -> Loaded {
        var loaded = Loaded()
        for path in paths {
            var mapped = try MappedSource(path: path, options: options, mapper: mapper)
            let builder = ClientRecordBuilder(map: mapped.map, normalizer: normalizer)
            let app = Self.app(for: mapped.map.kind, source: source)
            if app == nil {
                loaded.diagnostics.append(
                    Diagnostic(
                        .unrecognisedReference, .warning, at: SourcePosition(file: mapped.source.info.file),
                        "not recognised as a Xero, QuickBooks or XPM export; its clients are matched by name "
                            + "and details but cannot be linked by id"))
            }
            var records: [ClientRecord] = []
            var inactive: [Bool] = []
            var slots: [String: Int] = [:]
            var rows = 0
            // One row at a time, read in place.
            let row = PackedRows(file: mapped.source.info.file, sheet: mapped.source.info.sheet, rows: 1)
            while case let step = try mapped.appendNextDataRow(to: row), step != .end {
                // What the reader finds, notes (info) aside, is kept; taken as it comes.
                loaded.diagnostics += mapped.takeDiagnostics().filter { $0.severity != .info }
                guard step == .row else { continue }
                rows += 1
                let outcome = builder.build(row[0], at: row.position(of: 0))
                row.removeLast()
                guard let record = outcome.record, !record.name.isEmpty else { continue }
                let isInactive = outcome.diagnostics.contains { $0.code == .inactiveClient }
                let key = ClientGroups.key(id: record.id, name: record.name)
                if let slot = slots[key] {
                    records[slot].contacts += record.contacts.filter { !records[slot].contacts.contains($0) }
                    inactive[slot] = inactive[slot] && isInactive
                } else {
                    slots[key] = records.count
                    records.append(record)
                    inactive.append(isInactive)
                }
            }
            loaded.diagnostics += mapped.takeDiagnostics().filter { $0.severity != .info }
            for (record, isInactive) in zip(records, inactive) {
                let id = record.appClients.first { $0.app == app }?.externalId
                loaded.clients.append(
                    ReferenceClient(record: record, source: source, app: app, id: id, isInactive: isInactive))
            }
            let info = mapped.source.info
            loaded.files.append(
                ImportReport.FileSummary(
                    file: info.file, format: info.format, encoding: info.encoding, delimiter: info.delimiter,
                    sheet: info.sheet, headerRow: mapped.map.headerRow, kind: "\(source.rawValue): \(mapped.map.kind)",
                    mapping: mapped.map.report, rows: rows))
        }
        return loaded
    }

    /// The app a reference links to, from the kind of export it is.
    static func app(for kind: String, source: ReferenceClient.Source) -> String? {
        switch kind {
        case DefaultMappings.practiceManager.name: "xpm"
        case DefaultMappings.xero.name: "xero"
        case DefaultMappings.quickBooks.name: "quickbooks"
        default: source == .xpm ? "xpm" : nil
        }
    }
}
