import Dispatch

/// Builds and validates batches of data rows on the worker threads while the caller reads the next
/// batches and takes the earlier ones. A row's findings depend on that row alone (how much of its record
/// is built depends on the clients grouped before its batch, which changes no output), so rows split
/// cleanly; the caller takes the results in row order, so grouping, dedupe and the report see exactly
/// what one thread would have given them.
struct RowBatchBuilder: Sendable {
    /// What one row became: the builder's outcome and, when the row holds a client, the validator's
    /// findings, the keys it is grouped by, and the slot of its client when that was grouped before
    /// the row's batch was started.
    struct Built: Sendable {
        /// Its record is not built when its client was known (`outcome.detail`).
        var outcome: ClientRecordBuilder.Outcome
        var findings: [Diagnostic]
        var keys: ClientGroups.Keys?
        var knownSlot: Int?
        /// The client's ID and name (empty when the row holds no client), for a row whose record is not
        /// built, and so that taking the row does not copy its record to read them.
        var clientID: String?
        var clientName = ""
    }

    /// Rows a caller gathers before starting to build them, unless their cells reach `batchBytes` first.
    static let batchSize = 512
    static let batchBytes = 4 << 20
    /// Rows one worker takes at a time.
    static let chunkSize = 128
    /// Batches a caller keeps started before it takes the oldest: enough to keep every core busy
    /// while it reads and takes, few enough that memory stays bounded by batches, not by the input.
    static let batchesInFlight = 3

    let builder: ClientRecordBuilder
    let validator: RowValidator

    /// Starts building `rows` on the worker threads; the batch gives the results once they are done.
    /// Notes of the `saturated` codes (past the report's cap before these rows) are counted, not built;
    /// a row whose client is `known` builds no record (``ClientRecordBuilder/Detail/identity``).
    func start(_ rows: PackedRows, saturated: Set<DiagnosticCode>, known: KnownClients) -> BuildingBatch {
        let batch = BuildingBatch(count: rows.count)
        for (chunk, start) in stride(from: 0, to: rows.count, by: Self.chunkSize).enumerated() {
            DispatchQueue.global().async(group: batch.group) {
                var omission = DiagnosticOmission(saturated: saturated)
                var values = RowValues()
                for index in start..<min(rows.count, start + Self.chunkSize) {
                    build(
                        rows[index], at: .packed(rows, index), into: batch.storage.advanced(by: index),
                        omission: &omission, values: &values, known: known)
                }
                batch.omitted.advanced(by: chunk).initialize(to: omission.entries)
            }
        }
        return batch
    }

    /// Initializes `slot` with what `row` (found at `place`) became, its client validated and keyed
    /// where it is assembled (a record copied retains every string in it); `values` is the worker's
    /// reusable store of a row's values; a row whose client is `known` builds no record.
    func build(
        _ row: PackedRow, at place: RowPlace, into slot: UnsafeMutablePointer<Built>,
        omission: inout DiagnosticOmission, values: inout RowValues, known: KnownClients
    ) {
        var key: ClientGroups.Key?
        var knownSlot: Int?
        var clientID: String?
        var clientName = ""
        var findings: [Diagnostic] = []
        var keys: ClientGroups.Keys?
        let outcome = builder.build(row, at: place, omission: &omission, values: &values) { id, name in
            let rowKey = ClientGroups.Key(ClientGroups.key(id: id, name: name))
            key = rowKey
            clientID = id
            clientName = name
            let found = known.find(rowKey)
            knownSlot = found.slot
            return found.isKnown ? .identity : .full
        } inspect: { name, contacts in
            findings = validator.validate(name: name, contacts: contacts, at: place)
            // The builder asks for the detail, which makes the key, before it shows the contacts.
            keys = ClientGroups.Keys(key: key!, contacts: contacts)
        }
        slot.initialize(
            to: Built(
                outcome: outcome, findings: findings, keys: keys, knownSlot: knownSlot, clientID: clientID,
                clientName: clientName))
    }
}

/// One batch of rows being built: each worker fills its own chunk of results, and ``results()`` waits
/// for all of them. The work items hold the batch, so a caller that stops taking early frees it safely.
final class BuildingBatch: @unchecked Sendable {
    fileprivate let group = DispatchGroup()
    fileprivate let storage: UnsafeMutablePointer<RowBatchBuilder.Built>
    /// Each chunk's diagnostics counted but not built.
    fileprivate let omitted: UnsafeMutablePointer<[DiagnosticOmission.Entry]>
    private let count: Int
    private let chunks: Int

    fileprivate init(count: Int) {
        self.count = count
        chunks = (count + RowBatchBuilder.chunkSize - 1) / RowBatchBuilder.chunkSize
        storage = .allocate(capacity: max(count, 1))
        omitted = .allocate(capacity: max(chunks, 1))
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
        omitted.deinitialize(count: chunks)
        omitted.deallocate()
    }

    /// The rows' results, in order, once every worker is done (valid while the batch lives), and the
    /// diagnostics counted but not built.
    func results() -> (built: UnsafeBufferPointer<RowBatchBuilder.Built>, omitted: [DiagnosticOmission.Entry]) {
        group.wait()
        let omitted = UnsafeBufferPointer(start: omitted, count: chunks).flatMap { $0 }
        return (UnsafeBufferPointer(start: storage, count: count), omitted)
    }
}
