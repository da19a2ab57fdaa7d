/// What a run has gathered so far: clients, counts, capped diagnostics, decisions, tax-number tallies.
struct RunState {
    let options: ImportOptions
    var groups: ClientGroups
    var files: [ImportReport.FileSummary] = []
    private var limiter: DiagnosticLimiter
    private var diagnostics: [Diagnostic] = []
    private var summary = ImportReport.Summary()
    private var decisions: [ImportReport.Decision] = []
    /// Each client's decision in `decisions`, by the client's slot in ``groups``, while it lists fewer
    /// than ``rowsPerDecision`` rows; nil past the limit and once the decision is full, so that a row
    /// joining a client reads this small array only, not the decision (a cache miss per row).
    private var decisionSlots: [Int?] = []
    private var removals: [String: ImportReport.TaxNumberRemoval] = [:]
    private var removalOrder: [String] = []
    private var clientIDs: [String: String] = [:]
    private var failedFiles = 0

    /// Matches each new client against XPM, the ledger and the earlier rows.
    private var matcher: Matcher
    /// The XPM and ledger exports read as references.
    var referenceFiles: [ImportReport.FileSummary] = []
    /// Which clients batches are told are grouped already (``knownClients()``).
    private let knownPolicy: KnownClients.Policy
    private var known = KnownClients.none
    /// Rows accepted since `known` was last taken from the groups.
    private var acceptedSinceKnown = 0

    init(options: ImportOptions, keepRecords: Bool, matcher: Matcher, knownClients: KnownClients.Policy = .none) {
        self.options = options
        self.matcher = matcher
        knownPolicy = knownClients
        groups = ClientGroups(keepsRecords: keepRecords)
        limiter = DiagnosticLimiter(perCode: options.diagnosticsPerCode)
    }

    mutating func note(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .warning { summary.warnings += 1 }
        if limiter.admit(diagnostic) { diagnostics.append(diagnostic) }
    }

    mutating func note(contentsOf found: [Diagnostic]) {
        for diagnostic in found { note(diagnostic) }
    }

    /// Counts diagnostics that were never built (see ``DiagnosticOmission``), as ``note(_:)`` would.
    mutating func count(_ omitted: [DiagnosticOmission.Entry]) {
        // Few codes, each omitted on many rows: tallied per code first, then counted once each.
        var tallies: [(code: DiagnosticCode, count: Int)] = []
        for entry in omitted {
            if entry.severity == .warning { summary.warnings += 1 }
            if let index = tallies.firstIndex(where: { $0.code == entry.code }) {
                tallies[index].count += 1
            } else {
                tallies.append((entry.code, 1))
            }
        }
        for tally in tallies { limiter.count(tally.code, times: tally.count) }
    }

    /// The codes whose diagnostics the report no longer lists: rows built from now on count them only.
    var saturatedCodes: Set<DiagnosticCode> {
        limiter.saturatedCodes
    }

    /// The clients grouped so far, for the next batch's workers. The groups' table is taken afresh only
    /// when clients were added and at least as many rows accepted since as there are clients: the next
    /// client added then copies the table (it is shared), so a file of one row per client costs a copy
    /// now and then, not one per batch.
    mutating func knownClients() -> KnownClients {
        switch knownPolicy {
        case .none: return .none
        case .all: return .all
        case .grouped:
            if groups.clientCount > known.count, acceptedSinceKnown >= groups.clientCount {
                known = KnownClients(groups)
                acceptedSinceKnown = 0
            }
            return known
        }
    }

    mutating func fileFailed(_ error: ImportError, file: String) {
        failedFiles += 1
        note(Diagnostic(error.code, .error, at: error.position ?? SourcePosition(file: file), error.message))
    }

    /// Counts the values of tax-number columns (`columns`, 0-based: ``ColumnMap/taxNumberColumns``) in row
    /// `index` of `rows`, which are dropped unread but for being non-empty.
    mutating func countDroppedValues(_ index: Int, of rows: PackedRows, columns: [Int], map: ColumnMap) {
        let row = rows[index]
        for column in columns where column < row.count && !row.text(column).isEmpty {
            tally(1, file: rows.file, sheet: rows.sheet, column: map.headers[column], how: "column-dropped",
                row: rows.rowNumber(of: index))
        }
    }

    /// Counts `count` tax numbers removed from the text of `column` in row `index` of `rows`.
    mutating func redacted(_ count: Int, column: String, row index: Int, of rows: PackedRows) {
        tally(count, file: rows.file, sheet: rows.sheet, column: column, how: "redacted-in-text",
            row: rows.rowNumber(of: index))
    }

    private mutating func tally(_ count: Int, file: String, sheet: String?, column: String, how: String, row: Int?) {
        summary.taxNumbersRemoved += count
        let key = [file, sheet ?? "", column, how].joined(separator: "\u{1F}")
        if removals[key] == nil {
            removalOrder.append(key)
            removals[key] = ImportReport.TaxNumberRemoval(
                file: file, sheet: sheet, column: column, how: how, count: 0, rows: [])
        }
        removals[key]?.count += count
        if let row, (removals[key]?.rows.count ?? 0) < 20 { removals[key]?.rows.append(row) }
    }

    /// The same Ignition Client ID on rows of differently named clients is an error.
    mutating func checkClientID(_ id: String, name: String, at position: SourcePosition) -> [Diagnostic] {
        if let known = clientIDs[id], known != name {
            return [
                Diagnostic(
                    .duplicateClientID, .error, at: position, "client ID is already used by another client's rows",
                    field: "id")
            ]
        }
        clientIDs[id] = name
        return []
    }

    /// How many rows a decision lists; the summary counts them all.
    static let rowsPerDecision = 100

    /// Groups an accepted row's client, matching it first when its key is new; `keys` are the row's
    /// (``ClientGroups/Keys``), `knownSlot` its client's slot when its worker found it already grouped.
    /// Its `position` and `record` are asked for only when needed: most rows join a client seen
    /// before, and need neither unless records are kept.
    mutating func accept(
        keys: ClientGroups.Keys, knownSlot: Int?, position: () -> SourcePosition, record: () -> ClientRecord
    ) {
        acceptedSinceKnown += 1
        if let slot = knownSlot ?? groups.slot(of: keys.key) {
            if let conflict = groups.join(slot, contacts: keys.contacts, at: position, record: record) {
                note(conflict)
            }
            merged(slot, at: position)
            return
        }
        let position = position()
        var matched = record()
        var key = keys.key
        let decision = matcher.decide(MatchQuery(record: matched), rowID: key.text)
        note(contentsOf: Self.findings(of: decision, at: position))
        if decision.action == .merge, let target = decision.target?.id {
            key = ClientGroups.Key(target)
            if let slot = groups.slot(of: key) {
                if let conflict = groups.join(slot, contacts: keys.contacts, at: { position }, record: { matched }) {
                    note(conflict)
                }
                merged(slot, at: { position })
                return
            }
        } else {
            decision.apply(to: &matched)
        }
        groups.add(matched, key: key, contacts: keys.contacts, at: position)
        created(matched, decision: decision, at: position)
    }

    /// Counts a row that joined the client in `slot`, and lists it (at `position`) under that client's
    /// decision while the decision lists fewer than ``rowsPerDecision``.
    private mutating func merged(_ slot: Int, at position: () -> SourcePosition) {
        summary.merged += 1
        guard let decisionSlot = decisionSlots[slot] else { return }
        decisions[decisionSlot].rows.append(Self.reference(position()))
        if decisions[decisionSlot].rows.count == Self.rowsPerDecision { decisionSlots[slot] = nil }
    }

    /// Counts a new client, with the match `decision` made for it, and reports what that was.
    private mutating func created(_ record: ClientRecord, decision: MatchDecision, at position: SourcePosition) {
        let action: ImportReport.Decision.Action
        if decision.action != .create, decision.action != .linkLedger {
            action = decision.reportAction
        } else {
            action = record.id == nil ? .create : .update
        }
        switch action {
        case .link: summary.linked += 1
        case .review: summary.review += 1
        case .update: summary.updated += 1
        default: summary.created += 1
        }
        if decision.action == .linkLedger { summary.linked += 1 }
        guard decisions.count < options.decisionLimit else {
            decisionSlots.append(nil)
            return
        }
        decisionSlots.append(decisions.count)
        decisions.append(
            ImportReport.Decision(
                action: action, name: record.name, rows: [Self.reference(position)], match: decision.reportMatch,
                runnerUp: decision.runnerUp?.reportMatch,
                nearMisses: decision.nearMisses.isEmpty ? nil : decision.nearMisses.map(\.reportMatch),
                reason: decision.reason))
    }

    /// What a match decision means for the person reading the report.
    private static func findings(of decision: MatchDecision, at position: SourcePosition) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if decision.action == .review {
            found.append(
                Diagnostic(
                    .matchNeedsReview, .warning, at: position,
                    "may be the same client as an existing one; not linked (see the report's decisions)",
                    field: "name"))
        }
        if decision.action != .review, decision.action != .merge,
            decision.target?.isInactive == true || decision.ledger?.isInactive == true
        {
            found.append(
                Diagnostic(
                    .matchedInactiveReference, .info, at: position,
                    "matched a client that is archived or inactive in its source app", field: "name"))
        }
        return found
    }

    mutating func reject(_ row: RejectedRow, name: String, onReject: (RejectedRow) throws -> Void) throws {
        summary.rejected += 1
        if decisions.count < options.decisionLimit {
            decisions.append(ImportReport.Decision(action: .reject, name: name, rows: [Self.reference(row.position)]))
        }
        try onReject(row)
        if options.onInvalid == .abort {
            throw RunStopped(report: report(), reason: "a row was rejected and --on-invalid is abort")
        }
        if let limit = options.maxErrors, summary.rejected > limit {
            throw RunStopped(report: report(), reason: "more than \(limit) rows rejected (--max-errors)")
        }
    }

    private static func reference(_ position: SourcePosition) -> ImportReport.RowReference {
        ImportReport.RowReference(file: position.file, sheet: position.sheet, row: position.row ?? 0, line: position.line)
    }

    func report() -> ImportReport {
        var summary = summary
        summary.rows = files.reduce(0) { $0 + $1.rows }
        summary.clients = groups.clientCount
        summary.contacts = groups.contactCount
        return ImportReport(
            valid: summary.rejected == 0 && failedFiles == 0, summary: summary, files: files + referenceFiles,
            diagnostics: diagnostics,
            suppressed: Dictionary(uniqueKeysWithValues: limiter.suppressed.map { ($0.code.rawValue, $0.count) }),
            decisions: decisions, taxNumbersRemoved: removalOrder.compactMap { removals[$0] })
    }
}
