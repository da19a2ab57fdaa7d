import PIImport

/// A ``RecordSink`` that saves a run's clients to the store when the run finishes, in one transaction:
/// an aborted run saves nothing.
public final class StoreSink: RecordSink {
    private let store: ClientStore
    private let inputs: [String]
    private var records: [ClientRecord] = []
    /// What ``finish()`` saved.
    public private(set) var saved: ClientStore.SaveSummary?

    public init(store: ClientStore, inputs: [String]) {
        self.store = store
        self.inputs = inputs
    }

    public func write(_ record: ClientRecord) throws {
        records.append(record)
    }

    public func finish() throws {
        guard saved == nil else { return }
        saved = try store.save(records, inputs: inputs)
        records = []
    }

    public func abort() {
        records = []
    }
}
