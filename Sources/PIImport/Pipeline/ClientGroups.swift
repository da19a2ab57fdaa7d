/// Gathers rows into clients, as Ignition's importer does: rows with the same Client ID, or with no
/// ID and the same exact client name, are one client whose contacts are the rows' contacts.
///
/// Records are kept only when they will be written; a dry run keeps one small tally per client.
/// What is hashed per row (the key, each contact's name and email) is worked out with the row, on the
/// worker threads (``Keys``), so that taking a row costs one lookup.
struct ClientGroups {
    /// A row's group key and its contacts' fingerprints, worked out once per row.
    struct Keys: Sendable {
        var key: Key
        /// One per contact, in order: its name and email, case aside.
        var contacts: ContactFingerprints

        /// The keys of a client with group key `key` and these contacts.
        init(key: Key, contacts: ContactIdentities) {
            self.key = key
            var fingerprints = ContactFingerprints()
            for contact in contacts {
                fingerprints.append(ContactFingerprint.of(contact))
            }
            self.contacts = fingerprints
        }
    }

    /// A group key with its hash worked out once. Keys are compared byte for byte: names are NFC
    /// once cleaned, so equal bytes and equal strings are the same thing here.
    struct Key: Hashable, Sendable {
        let text: String
        private let hash: Int

        init(_ text: String) {
            self.text = text
            hash = Int(truncatingIfNeeded: ByteHash.hash(text))
        }

        static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.hash == rhs.hash && StringBytes.equal(lhs.text, rhs.text)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }

        /// What a `Dictionary` or `Set` hashes a key by (``ByteHash/tableHash(_:seed:)``).
        func _rawHashValue(seed: Int) -> Int {
            ByteHash.tableHash(hash, seed: seed)
        }
    }

    /// Each client's slot by its key.
    private(set) var slots: [Key: Int] = [:]
    private(set) var records: [ClientRecord] = []
    /// Hashes of (client, contact) pairs seen, to merge repeated contacts without keeping them.
    private var seenContacts = ContactPairSet()
    private var firstRows: [Int] = []
    private let keepsRecords: Bool
    private(set) var contactCount = 0

    init(keepsRecords: Bool) {
        self.keepsRecords = keepsRecords
    }

    var clientCount: Int { slots.count }

    /// The slot of the client with this key, if it has been seen: slots count clients from 0 in the
    /// order they were first added.
    func slot(of key: Key) -> Int? {
        slots[key]
    }

    /// The key rows are grouped by: the Client ID when there is one, else the exact name.
    static func key(id: String?, name: String) -> String {
        id.map { "id:" + $0 } ?? name
    }

    /// Adds a row's client (with its ``Keys/contacts``) as a new client with `key`, in the next slot.
    mutating func add(_ record: ClientRecord, key: Key, contacts: ContactFingerprints, at position: SourcePosition) {
        let slot = firstRows.count
        let fresh = newContacts(contacts, of: slot)
        slots[key] = slot
        firstRows.append(position.row ?? 0)
        if keepsRecords {
            var record = record
            record.contacts = fresh.map { record.contacts[$0] }
            records.append(record)
        }
    }

    /// Adds a row's contacts (its ``Keys/contacts``) to the client seen before in `slot`; returns a
    /// warning when the row's client-level values disagree with that client's. The row's `position`
    /// and `record` are asked for only when records are kept.
    mutating func join(
        _ slot: Int, contacts: ContactFingerprints, at position: () -> SourcePosition, record: () -> ClientRecord
    ) -> Diagnostic? {
        let fresh = newContacts(contacts, of: slot)
        guard keepsRecords else { return nil }
        let record = record()
        var conflict: Diagnostic?
        var existing = records[slot]
        if Self.fillBlanks(in: &existing, from: record) {
            conflict = Diagnostic(
                .conflictingClientValues, .warning, at: position(),
                "client-level values differ from row \(firstRows[slot]) of the same client; that row's are kept")
        }
        for index in fresh {
            var contact = record.contacts[index]
            contact.isDefault = false
            existing.contacts.append(contact)
        }
        existing.source.rows += record.source.rows
        existing.appClients += record.appClients.filter { !existing.appClients.contains($0) }
        existing.tags += record.tags.filter { !existing.tags.contains($0) }
        records[slot] = existing
        return conflict
    }

    /// Counts the contacts (fingerprints) not yet seen for the client in `slot`; returns their indexes
    /// when records are kept.
    private mutating func newContacts(_ contacts: ContactFingerprints, of slot: Int) -> [Int] {
        var fresh: [Int] = []
        for (index, contact) in contacts.enumerated() where seenContacts.insert(Self.pair(slot, contact)) {
            contactCount += 1
            if keepsRecords { fresh.append(index) }
        }
        return fresh
    }

    /// A contact of the client in `slot`, by its fingerprint: that is a hash already, so the slot is
    /// mixed in by one multiplication rather than hashed again.
    private static func pair(_ slot: Int, _ contact: Int) -> Int {
        contact ^ (slot &* -7_046_029_254_386_353_131)
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
