import Foundation
import GRDB
import PIImport

/// The embedded client store: Practice Ignition client records kept in one SQLite file, with the runs
/// that wrote them. Imports match against it (a client already in the store is updated, never created
/// twice) and write to it in one transaction, so a failed or interrupted run changes nothing.
///
///     let store = try ClientStore(path: "pi-import.sqlite")
///     let contents = StoreContents(path: store.path, clients: try store.referenceClients())
///     let pipeline = ImportPipeline(options: options, store: contents)
///     let saved = try store.save(records, inputs: ["clients.csv"])   // created, updated, unchanged
///
/// Records hold no tax number (``ClientRecord`` has no field for one), so neither does the store.
public final class ClientStore: Sendable {
    /// The store's file.
    public let path: String
    private let database: DatabaseQueue

    /// Opens the store at `path`, creating it (and bringing its schema up to date) when needed.
    /// - Throws: ``ImportError`` `store-failed` (exit 73) when the file cannot be opened or is not a
    ///   store; `store-busy` (exit 75) when another run holds it.
    public init(path: String) throws(ImportError) {
        self.path = path
        var configuration = Configuration()
        configuration.label = "pi-import store"
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.journalMode = .wal
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(database)
        } catch {
            throw StoreFailure.error(error, path: path, doing: "open")
        }
    }

    /// How long a run waits for another run's write to end before it gives up (exit 75).
    static let busyTimeout: TimeInterval = 2

    /// How many clients the store holds.
    public func count() throws(ImportError) -> Int {
        try read("read") { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM client") ?? 0 }
    }

    /// Every stored client, in the order they were first stored.
    public func records() throws(ImportError) -> [ClientRecord] {
        var records: [ClientRecord] = []
        try forEachRecord { records.append($0) }
        return records
    }

    /// Calls `body` with every stored client, in the order they were first stored, one at a time.
    public func forEachRecord(_ body: (ClientRecord) throws -> Void) throws(ImportError) {
        try read("read") { db in
            let records = try String.fetchCursor(db, sql: "SELECT record FROM client ORDER BY seq")
            while let json = try records.next() { try body(try StoredRecord.decode(json)) }
        }
    }

    /// The stored client with this id, if any.
    public func record(id: String) throws(ImportError) -> ClientRecord? {
        try read("read") { db in
            try String.fetchOne(db, sql: "SELECT record FROM client WHERE id = ?", arguments: [id])
                .map(StoredRecord.decode)
        }
    }

    /// The stored clients as references for matching (source `store`, id the store's client id), read from
    /// the columns kept for matching rather than by decoding each record.
    public func referenceClients() throws(ImportError) -> [ReferenceClient] {
        try read("read") { db in
            var clients: [ReferenceClient] = []
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, name, emails, phones, postcode, companyNumber FROM client ORDER BY seq")
            while let row = try rows.next() {
                clients.append(
                    ReferenceClient(
                        source: .store, id: row["id"], name: row["name"],
                        emails: StoredRecord.list(row["emails"]), phones: StoredRecord.list(row["phones"]),
                        postcode: row["postcode"], companyNumber: row["companyNumber"]))
            }
            return clients
        }
    }

    /// What a save did.
    public struct SaveSummary: Sendable, Hashable {
        /// The run's number in the store.
        public var run: Int64
        public var created = 0
        public var updated = 0
        /// Clients the import matched whose stored record it would not change.
        public var unchanged = 0
    }

    /// Saves an import's clients in one transaction: a record with the id of a stored client updates it
    /// (``ClientUpdate``), any other is created (under its own id if it carries one, else a new `PI-N`).
    /// Either every record is saved, with the run that saved them, or none is.
    public func save(_ records: [ClientRecord], inputs: [String]) throws(ImportError) -> SaveSummary {
        let started = Self.timestamp()
        do {
            return try database.writeWithoutTransaction { db in
                var summary = SaveSummary(run: 0)
                try db.inTransaction(.immediate) {
                    summary = try Self.save(records, inputs: inputs, started: started, in: db)
                    return .commit
                }
                return summary
            }
        } catch {
            throw StoreFailure.error(error, path: path, doing: "write to")
        }
    }

    private static func save(
        _ records: [ClientRecord], inputs: [String], started: String, in db: Database
    ) throws -> SaveSummary {
        try db.execute(
            sql: "INSERT INTO run (startedAt, inputs) VALUES (?, ?)",
            arguments: [started, StoredRecord.list(inputs)])
        var summary = SaveSummary(run: db.lastInsertedRowID)
        var next = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM client") ?? 0
        let find = try db.cachedStatement(sql: "SELECT record, lastImport FROM client WHERE id = ?")
        for var record in records {
            if let id = record.id, let row = try Row.fetchOne(find, arguments: [id]) {
                let fingerprint = StoredRecord.fingerprint(of: record)
                // Updates only add and replace, so a record merged once merges again to the same client.
                guard row["lastImport"] != fingerprint else {
                    summary.unchanged += 1
                    continue
                }
                let stored = try StoredRecord.decode(row["record"])
                let updated = ClientUpdate.merge(record, into: stored)
                if updated == stored {
                    try StoredRecord.remember(fingerprint, id: id, in: db)
                    summary.unchanged += 1
                } else {
                    try StoredRecord(updated, lastImport: fingerprint).update(in: db, run: summary.run)
                    summary.updated += 1
                }
            } else {
                next += 1
                if record.id == nil { record.id = "PI-\(next)" }
                try StoredRecord(record, lastImport: StoredRecord.fingerprint(of: record))
                    .insert(in: db, seq: next, run: summary.run)
                summary.created += 1
            }
        }
        try db.execute(
            sql: "UPDATE run SET finishedAt = ?, created = ?, updated = ?, unchanged = ? WHERE id = ?",
            arguments: [timestamp(), summary.created, summary.updated, summary.unchanged, summary.run])
        return summary
    }

    private func read<T>(_ doing: String, _ body: (Database) throws -> T) throws(ImportError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw StoreFailure.error(error, path: path, doing: doing)
        }
    }

    private static func timestamp() -> String {
        Date().formatted(.iso8601)
    }
}
