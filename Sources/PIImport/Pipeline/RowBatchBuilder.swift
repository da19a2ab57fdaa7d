import Dispatch

/// Builds and validates batches of data rows on all cores. A row's record and findings depend on that
/// row alone, so rows split cleanly; the caller takes the results in row order, so grouping, dedupe and
/// the report see exactly what one thread would have given them.
struct RowBatchBuilder: Sendable {
    /// What one row became: the builder's outcome and, when the row holds a client, the validator's findings.
    struct Built: Sendable {
        var outcome: ClientRecordBuilder.Outcome
        var findings: [Diagnostic]
    }

    /// Rows a caller gathers before building them.
    static let batchSize = 512
    /// Rows one worker takes at a time.
    static let chunkSize = 128

    let builder: ClientRecordBuilder
    let validator: RowValidator

    /// The rows built, in order.
    func build(_ rows: [RawRow]) -> [Built] {
        let count = rows.count
        let chunks = (count + Self.chunkSize - 1) / Self.chunkSize
        guard chunks > 1 else { return rows.map(build) }
        return [Built](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (chunk * Self.chunkSize)..<min(count, (chunk + 1) * Self.chunkSize) {
                    (output.baseAddress! + index).initialize(to: build(rows[index]))
                }
            }
            initialized = count
        }
    }

    func build(_ row: RawRow) -> Built {
        let outcome = builder.build(row)
        let findings = outcome.record.map { validator.validate($0, at: row.position) } ?? []
        return Built(outcome: outcome, findings: findings)
    }
}
