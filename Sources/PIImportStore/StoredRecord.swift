import Foundation
import GRDB
import PIImport

/// One client as a row of the store: the record as JSON (what `import --out FILE.jsonl` writes), and
/// beside it the values matching reads.
struct StoredRecord {
    let record: ClientRecord
    let reference: ReferenceClient
    /// The ``fingerprint(of:)`` of the last imported record merged into this one.
    let lastImport: String

    init(_ record: ClientRecord, lastImport: String) {
        self.record = record
        self.lastImport = lastImport
        reference = ReferenceClient(record: record, source: .store, app: nil, id: record.id)
    }

    func insert(in db: Database, seq: Int64, run: Int64) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO client (id, seq, name, state, emails, phones, postcode, companyNumber, record, \
                lastImport, createdRun, updatedRun) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: StatementArguments([record.id, seq] + values + [run, run]))
    }

    func update(in db: Database, run: Int64) throws {
        try db.cachedStatement(
            sql: """
                UPDATE client SET name = ?, state = ?, emails = ?, phones = ?, postcode = ?, companyNumber = ?, \
                record = ?, lastImport = ?, updatedRun = ? WHERE id = ?
                """
        ).execute(arguments: StatementArguments(values + [run, record.id]))
    }

    private var values: [(any DatabaseValueConvertible)?] {
        [
            record.name, record.state.rawValue, Self.list(reference.emails), Self.list(reference.phones),
            reference.postcode, reference.companyNumber, Self.json(record), lastImport,
        ]
    }

    /// Records that merging the record of `fingerprint` into client `id` changes nothing.
    static func remember(_ fingerprint: String, id: String, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE client SET lastImport = ? WHERE id = ?")
            .execute(arguments: [fingerprint, id])
    }

    /// A stable 64-bit FNV-1a hash, in hex, of an imported record's JSON without its source (which rows
    /// of which file it came from): the same client imported again has the same fingerprint.
    static func fingerprint(of record: ClientRecord) -> String {
        var content = record
        content.source = RecordSource(file: "", rows: [])
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in json(content).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static func json(_ record: ClientRecord) -> String {
        var bytes: [UInt8] = []
        JSONLinesSink.append(record, to: &bytes)
        bytes.removeLast()  // the line end
        return String(decoding: bytes, as: UTF8.self)
    }

    static func decode(_ json: String) throws -> ClientRecord {
        try JSONDecoder().decode(ClientRecord.self, from: Data(json.utf8))
    }

    /// Values one per line (none holds a line break: emails and phones are normalized, file names are
    /// the user's).
    static func list(_ values: [String]) -> String {
        values.joined(separator: "\n")
    }

    static func list(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}
