import Foundation
import GRDB
import PIImport
import Testing

@testable import PIImportStore

/// The store as an import uses it: created on first use, clients saved in one transaction, matched
/// again on the next run, never duplicated.
@Suite struct ClientStoreTests {
    static func temporaryStore(_ name: String) throws -> (ClientStore, URL) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("pi-import-store-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (try ClientStore(path: directory.appendingPathComponent("store.sqlite").path), directory)
    }

    static let marlow = ClientRecord(
        name: "Marlow Constructions Pty Ltd", companyNumber: "51824753556", phone: "+61298765432",
        address: Address(lines: ["12 Harbour St"], city: "Sydney", region: "NSW", postcode: "2000", country: "Australia"),
        tags: ["builder"], state: .lead,
        contacts: [Contact(name: "Gavin Marlow", email: "gavin@marlow.example", mobile: "+61412345678", isDefault: true)],
        appClients: [AppClient(app: "xpm", externalId: "X-1", name: "Marlow Constructions Pty Ltd")],
        source: RecordSource(file: "clients.csv", rows: [2]))
    static let reyes = ClientRecord(
        name: "Elena Reyes", contacts: [Contact(name: "Elena Reyes", email: "elena@reyes.example", isDefault: true)],
        source: RecordSource(file: "clients.csv", rows: [3]))

    @Test func newClientsGetIdsInOrderAndReadBackAsSaved() throws {
        let (store, directory) = try Self.temporaryStore("new")
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = try store.save([Self.marlow, Self.reyes], inputs: ["clients.csv"])
        #expect(saved == ClientStore.SaveSummary(run: 1, created: 2, updated: 0, unchanged: 0))
        var expected = [Self.marlow, Self.reyes]
        expected[0].id = "PI-1"
        expected[1].id = "PI-2"
        #expect(try store.records() == expected)
        #expect(try store.record(id: "PI-2") == expected[1])
        #expect(try store.record(id: "PI-3") == nil)
        #expect(try store.count() == 2)
    }

    @Test func referencesCarryWhatMatchingReads() throws {
        let (store, directory) = try Self.temporaryStore("references")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try store.save([Self.marlow], inputs: ["clients.csv"])
        let references = try store.referenceClients()
        #expect(
            references == [
                ReferenceClient(
                    source: .store, id: "PI-1", name: "Marlow Constructions Pty Ltd", emails: ["gavin@marlow.example"],
                    phones: ["+61298765432", "+61412345678"], postcode: "2000", companyNumber: "51824753556")
            ])
    }

    @Test func savingTheSameClientsAgainChangesNothing() throws {
        let (store, directory) = try Self.temporaryStore("again")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try store.save([Self.marlow, Self.reyes], inputs: ["clients.csv"])
        let stored = try store.records()
        let again = try store.save(stored, inputs: ["clients.csv"])
        #expect(again == ClientStore.SaveSummary(run: 2, created: 0, updated: 0, unchanged: 2))
        #expect(try store.records() == stored)
    }

    @Test func anUpdateAddsAndReplacesButNeverErases() throws {
        let (store, directory) = try Self.temporaryStore("update")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try store.save([Self.marlow], inputs: ["clients.csv"])
        var incoming = ClientRecord(
            id: "PI-1", name: "Marlow Constructions Pty Ltd", website: "https://marlow.example", tags: ["vip", "builder"],
            state: .active,
            contacts: [
                Contact(name: "Gavin J Marlow", email: "GAVIN@marlow.example", phone: "+61298765000", isDefault: true),
                Contact(name: "Sue Marlow", email: "sue@marlow.example", isDefault: true),
            ],
            source: RecordSource(file: "update.csv", rows: [7]))
        incoming.appClients = [AppClient(app: "xero", externalId: "C-9", name: "Marlow Constructions")]
        let saved = try store.save([incoming], inputs: ["update.csv"])
        #expect(saved.updated == 1)
        var expected = Self.marlow
        expected.id = "PI-1"
        expected.website = "https://marlow.example"
        expected.tags = ["builder", "vip"]
        expected.contacts = [
            Contact(name: "Gavin J Marlow", email: "gavin@marlow.example", phone: "+61298765000", mobile: "+61412345678",
                isDefault: true),
            Contact(name: "Sue Marlow", email: "sue@marlow.example", isDefault: false),
        ]
        expected.appClients.append(AppClient(app: "xero", externalId: "C-9", name: "Marlow Constructions"))
        expected.source = RecordSource(file: "update.csv", rows: [7])
        // The stored state (LEAD) and the stored address and phone stay: the import left them blank.
        #expect(try store.record(id: "PI-1") == expected)
        // The same update tonight again changes nothing.
        #expect(try store.save([incoming], inputs: ["update.csv"]) == ClientStore.SaveSummary(run: 3, unchanged: 1))
        #expect(try store.record(id: "PI-1") == expected)
    }

    @Test func aRecordWithItsOwnIdKeepsIt() throws {
        let (store, directory) = try Self.temporaryStore("own-id")
        defer { try? FileManager.default.removeItem(at: directory) }
        var exported = Self.reyes
        exported.id = "1234-abcd"
        _ = try store.save([exported, Self.marlow], inputs: ["ignition-export.csv"])
        #expect(try store.records().map(\.id) == ["1234-abcd", "PI-2"])
    }

    @Test func aFailedSaveSavesNothing() throws {
        let (store, directory) = try Self.temporaryStore("rollback")
        defer { try? FileManager.default.removeItem(at: directory) }
        // The disk fills, say, at the third client: the two before it must not stay.
        try DatabaseQueue(path: store.path).write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER failing BEFORE INSERT ON client WHEN NEW.name = 'Boom' \
                    BEGIN SELECT RAISE(ABORT, 'disk full'); END
                    """)
        }
        var boom = Self.reyes
        boom.name = "Boom"
        let error = #expect(throws: ImportError.self) {
            try store.save([Self.reyes, Self.marlow, boom], inputs: ["x.csv"])
        }
        #expect(error?.code == .storeFailed)
        #expect(error?.message == "\(store.path): cannot write to the store: disk full")
        #expect(try store.count() == 0)
        #expect(try store.save([Self.reyes], inputs: ["x.csv"]).run == 1)
    }

    @Test func aFileThatIsNotAStoreIsAClearError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-store-bad-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("clients.csv").path
        try "Client Name,Email\nMarlow,gavin@marlow.example\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: ImportError.self) { try ClientStore(path: path) }
        #expect(error?.code == .storeFailed)
        #expect(error?.kind.exitStatus == 73)
        #expect(error?.message.hasPrefix("\(path): cannot open the store: ") == true)
    }

    @Test func oneImportAtATime() throws {
        let (store, directory) = try Self.temporaryStore("lock")
        defer { try? FileManager.default.removeItem(at: directory) }
        let lock = try ImportLock(storePath: store.path)
        let error = #expect(throws: ImportError.self) { try ImportLock(storePath: store.path) }
        #expect(error?.code == .storeBusy)
        #expect(error?.kind.exitStatus == 75)
        lock.release()
        lock.release()
        let next = try ImportLock(storePath: store.path)
        next.release()
    }

    @Test func anotherRunWritingMakesTheStoreBusy() throws {
        let (store, directory) = try Self.temporaryStore("busy")
        defer { try? FileManager.default.removeItem(at: directory) }
        // Another process's write transaction, held while this run tries to save.
        let other = try DatabaseQueue(path: store.path)
        var error: ImportError?
        try other.inTransaction(.immediate) { _ in
            error = #expect(throws: ImportError.self) { try store.save([Self.reyes], inputs: ["x.csv"]) }
            return .rollback
        }
        #expect(error?.code == .storeBusy)
        #expect(error?.kind.exitStatus == 75)
        #expect(try store.count() == 0)
    }
}

@Suite struct StoredRecordTests {
    @Test func theFingerprintIgnoresWhereTheRecordCameFrom() {
        var other = ClientStoreTests.marlow
        other.source = RecordSource(file: "tonight.csv", rows: [40, 41])
        #expect(StoredRecord.fingerprint(of: other) == StoredRecord.fingerprint(of: ClientStoreTests.marlow))
        other.tags.append("new")
        #expect(StoredRecord.fingerprint(of: other) != StoredRecord.fingerprint(of: ClientStoreTests.marlow))
        // Stable across runs and machines: FNV-1a 64 of the JSON.
        let empty = ClientRecord(name: "", source: RecordSource(file: "", rows: []))
        #expect(StoredRecord.json(empty) == #"{"name":"","tags":[],"state":"ACTIVE","contacts":[],"appClients":[],"source":{"file":"","rows":[]}}"#)
        #expect(StoredRecord.fingerprint(of: empty) == "6f7798eba70d4388")
    }
}
