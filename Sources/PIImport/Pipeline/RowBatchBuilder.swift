import Dispatch

/// Builds and validates batches of data rows on the worker threads while the caller reads the next
/// batches and takes the earlier ones. A row's record and findings depend on that row alone, so rows
/// split cleanly; the caller takes the results in row order, so grouping, dedupe and the report see
/// exactly what one thread would have given them.
struct RowBatchBuilder: Sendable {
    /// What one row became: the builder's outcome and, when the row holds a client, the validator's
    /// findings and the keys it is grouped by.
    struct Built: Sendable {
        var outcome: ClientRecordBuilder.Outcome
        var findings: [Diagnostic]
        var keys: ClientGroups.Keys?
    }

    /// Rows a caller gathers before starting to build them.
    static let batchSize = 512
    /// Rows one worker takes at a time.
    static let chunkSize = 128
    /// Batches a caller keeps started before it takes the oldest: enough to keep every core busy
    /// while it reads and takes, few enough that memory stays bounded by batches, not by the input.
    static let batchesInFlight = 3

    let builder: ClientRecordBuilder
    let validator: RowValidator

    /// Starts building `rows` on the worker threads; the batch gives the results once they are done.
    func start(_ rows: [RawRow]) -> BuildingBatch {
        let batch = BuildingBatch(count: rows.count)
        for start in stride(from: 0, to: rows.count, by: Self.chunkSize) {
            DispatchQueue.global().async(group: batch.group) {
                for index in start..<min(rows.count, start + Self.chunkSize) {
                    batch.storage.advanced(by: index).initialize(to: build(rows[index]))
                }
            }
        }
        return batch
    }

    func build(_ row: RawRow) -> Built {
        let outcome = builder.build(row)
        guard let record = outcome.record else { return Built(outcome: outcome, findings: [], keys: nil) }
        return Built(
            outcome: outcome, findings: validator.validate(record, at: row.position), keys: ClientGroups.Keys(of: record))
    }
}

/// One batch of rows being built: each worker fills its own chunk of results, and ``results()`` waits
/// for all of them. The work items hold the batch, so a caller that stops taking early frees it safely.
final class BuildingBatch: @unchecked Sendable {
    fileprivate let group = DispatchGroup()
    fileprivate let storage: UnsafeMutablePointer<RowBatchBuilder.Built>
    private let count: Int

    fileprivate init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// The rows' results, in order, once every worker is done; valid while the batch lives.
    func results() -> UnsafeBufferPointer<RowBatchBuilder.Built> {
        group.wait()
        return UnsafeBufferPointer(start: storage, count: count)
    }
}
