import PIImport
import PIImportStore

#if canImport(Glibc)
    import Glibc
#endif

/// A nightly load against the store, at scale: saves N generated clients to a new store, reads them back
/// as references, matches the same clients again (every one must be an update of itself), and saves
/// that second run (every one must be unchanged).
///
///     pi-import-bench store [--rows 100000] [--dir bench-data]
struct StoreBenchmark {
    let rows: Int
    let directory: String

    func run() throws {
        let path = "\(directory)/store-\(rows).sqlite"
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        let data = DedupeSyntheticData.benchmark(seed: 7, ledger: rows, xpm: 0, rows: 0)
        let records = data.ledger.map(Self.record)
        let count = records.count
        let store = try ClientStore(path: path)

        var start = Measurement.now()
        let first = try store.save(records, inputs: ["generated.csv"])
        let saved = Measurement.now() - start
        guard first.created == count else { fail("created \(first.created) of \(count)") }

        start = Measurement.now()
        let references = try store.referenceClients()
        let loaded = Measurement.now() - start
        guard references.count == count else { fail("read \(references.count) of \(count) references") }

        start = Measurement.now()
        var matcher = Matcher(store: ReferenceIndex(references))
        let decisions = matcher.decideAll(MatchQuery.all(records), rowIDs: records.indices.map { "row-\($0)" })
        let matched = Measurement.now() - start
        var again = records
        var updates = 0
        for index in again.indices where decisions[index].action == .update {
            decisions[index].apply(to: &again[index])
            updates += 1
        }

        start = Measurement.now()
        let second = try store.save(again.filter { $0.id != nil }, inputs: ["generated.csv"])
        let resaved = Measurement.now() - start
        guard second.created == 0, second.updated == 0, second.unchanged == updates else {
            fail("second run: \(second.created) created, \(second.updated) updated, \(second.unchanged) unchanged")
        }
        let size = Double(Measurement.fileSize(path) + Measurement.fileSize(path + "-wal")) / 1_048_576
        print(
            "store: saved \(count) new clients in \(format(saved)) s (\(rate(count, saved)) k/s); read them back as "
                + "references in \(format(loaded)) s; matched them again in \(format(matched)) s "
                + "(\(updates) updates of themselves, \(count - updates) otherwise); saved that run in \(format(resaved)) s "
                + "(\(second.unchanged) unchanged); store \(format(size)) MiB; peak memory "
                + "\(format(Measurement.peakMemoryMiB())) MiB")
    }

    /// A ledger client as the client record an import would have stored.
    static func record(_ client: ReferenceClient) -> ClientRecord {
        ClientRecord(
            name: client.name, companyNumber: client.companyNumber, phone: client.phones.first,
            address: client.postcode.map { Address(postcode: $0, country: "Australia") },
            contacts: client.emails.map { Contact(name: client.name, email: $0, isDefault: true) },
            source: RecordSource(file: "generated.csv", rows: [2]))
    }

    private func fail(_ message: String) -> Never {
        print("FAILED: \(message)")
        exit(1)
    }

    private func rate(_ count: Int, _ seconds: Double) -> String {
        format(Double(count) / seconds / 1000)
    }
}
