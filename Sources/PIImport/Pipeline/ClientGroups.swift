/// Gathers rows into clients, as Ignition's importer does: rows with the same Client ID, or with no
/// ID and the same exact client name, are one client whose contacts are the rows' contacts.
///
/// Records are kept only when they will be written; a dry run keeps one small tally per client.
struct ClientGroups {
    private var slots: [String: Int] = [:]
    private(set) var records: [ClientRecord] = []
    /// Hashes of (client, contact) pairs seen, to merge repeated contacts without keeping them.
    private var seenContacts: Set<Int> = []
    private var firstRows: [Int] = []
    private let keepsRecords: Bool
    private(set) var contactCount = 0

    init(keepsRecords: Bool) {
        self.keepsRecords = keepsRecords
    }

    var clientCount: Int { slots.count }

    /// Adds a row's client; returns whether it joined a client seen before, and a warning when the
    /// row's client-level values disagree with that client's.
    mutating func add(_ record: ClientRecord, at position: SourcePosition) -> (merged: Bool, conflict: Diagnostic?) {
        let key = record.id.map { "id:" + $0 } ?? "name:" + record.name
        let existingSlot = slots[key]
        let slot = existingSlot ?? firstRows.count
        var newContacts: [Contact] = []
        for contact in record.contacts where seenContacts.insert(Self.contactHash(contact, slot: slot)).inserted {
            newContacts.append(contact)
        }
        guard let slot = existingSlot else {
            slots[key] = slot
            firstRows.append(position.row ?? 0)
            contactCount += newContacts.count
            if keepsRecords {
                var record = record
                record.contacts = newContacts
                records.append(record)
            }
            return (false, nil)
        }
        var conflict: Diagnostic?
        contactCount += newContacts.count
        if keepsRecords {
            var existing = records[slot]
            if Self.fillBlanks(in: &existing, from: record) {
                conflict = Diagnostic(
                    .conflictingClientValues, .warning, at: position,
                    "client-level values differ from row \(firstRows[slot]) of the same client; that row's are kept")
            }
            for var contact in newContacts {
                contact.isDefault = false
                existing.contacts.append(contact)
            }
            existing.source.rows += record.source.rows
            existing.appClients += record.appClients.filter { !existing.appClients.contains($0) }
            existing.tags += record.tags.filter { !existing.tags.contains($0) }
            records[slot] = existing
        }
        return (true, conflict)
    }

    private static func contactHash(_ contact: Contact, slot: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(slot)
        hasher.combine(contact.name.lowercased())
        hasher.combine(contact.email?.lowercased())
        return hasher.finalize()
    }

    /// Fills the client-level values `record` has and `existing` lacks; returns whether a value both
    /// have differs (the existing one is kept).
    private static func fillBlanks(in existing: inout ClientRecord, from record: ClientRecord) -> Bool {
        var differs = false
        func merge<Value: Equatable>(_ field: WritableKeyPath<ClientRecord, Value?>) {
            guard let value = record[keyPath: field] else { return }
            if let current = existing[keyPath: field] {
                if current != value { differs = true }
            } else {
                existing[keyPath: field] = value
            }
        }
        merge(\.businessStructure)
        merge(\.companyNumber)
        merge(\.gstRegistered)
        merge(\.phone)
        merge(\.fax)
        merge(\.website)
        merge(\.address)
        merge(\.postalAddress)
        merge(\.notes)
        return differs
    }
}
