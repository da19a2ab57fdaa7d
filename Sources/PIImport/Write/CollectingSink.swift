/// A ``RecordSink`` that keeps the records in memory: for tests of the pipeline, and for small runs
/// whose records another stage reads back.
public final class CollectingSink: RecordSink {
    /// The records written (emptied by ``abort()``).
    public private(set) var records: [ClientRecord] = []
    /// Whether ``finish()`` was called (and ``abort()`` was not).
    public private(set) var isFinished = false

    public init() {}

    public func write(_ record: ClientRecord) throws {
        records.append(record)
    }

    public func finish() throws {
        isFinished = true
    }

    public func abort() {
        records = []
        isFinished = false
    }
}
