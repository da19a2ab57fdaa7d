/// Turns one mapped row into a client record with its contacts: names joined, multi-line addresses
/// split, Xero's Person1..5 made contacts, a row that names only a person made an individual client.
///
/// Values are cleaned by the normalizers; tax-number columns are never read, and free text passes
/// the tax-number redactor before it reaches the record.
public struct ClientRecordBuilder: Sendable {
    /// What one row became.
    public struct Outcome: Sendable {
        /// The row's client; nil when the row holds no client at all (a sub-customer, say), or when its
        /// record was not built (``Detail/identity``).
        public var record: ClientRecord?
        public var diagnostics: [Diagnostic]
        /// Tax numbers removed from each column's text: (1-based column, count).
        public var redactions: [(column: Int, count: Int)]
        /// How much of `record` was built.
        var detail = Detail.full
    }

    /// How much of a row's record its caller reads.
    enum Detail {
        case full
        /// No record: what taking a dry run's row whose client is already grouped reads is its name and
        /// ID (given to `detail`) and its contacts' names and emails (shown to `inspect`), for validation
        /// and grouping. When the row's key is read before its cells are cleaned, only the values those
        /// come from are kept, and the other cells are checked for what cleaning finds, in one look where
        /// that look can tell (``RecordNormalizer/findsNothing(_:rule:country:)``).
        case identity
    }

    public let map: ColumnMap
    private let normalizer: RecordNormalizer
    private let state: ClientRecord.State

    /// The columns read, worked out once rather than per row: the mapped columns that are not dropped,
    /// in order, with the header key of each status column, and whether a row whose record is not built
    /// (``Detail/identity``) reads the column's value rather than only what cleaning it finds.
    private let columns: [(index: Int, field: ClientField, statusKey: String?, isIdentity: Bool)]
    /// The 0-based columns that give a country (``ColumnMap/countryColumns``), worked out once.
    private let countryColumns: [Int]
    /// The one column that gives the client name and the column (if one) that gives the client ID, when
    /// no other column gives either: the row's key can then be read before its cells are cleaned.
    private let keyColumns: (name: Int, id: Int?)?

    public init(map: ColumnMap, normalizer: RecordNormalizer) {
        self.map = map
        columns = map.fields.indices.compactMap { index in
            guard let field = map.fields[index], !field.isDropped else { return nil }
            return (index, field, field == .status ? HeaderKey.make(map.headers[index]) : nil, field.isIdentity)
        }
        let nameColumns = columns.filter { $0.field == .name }.map(\.index)
        let idColumns = columns.filter { $0.field == .id }.map(\.index)
        keyColumns = nameColumns.count == 1 && idColumns.count <= 1 ? (nameColumns[0], idColumns.first) : nil
        countryColumns = map.countryColumns
        self.normalizer = normalizer
        state = map.kind == DefaultMappings.practiceManager.name ? .lead : .active
    }

    public func build(_ row: RawRow) -> Outcome {
        let rows = PackedRows(file: row.position.file, sheet: row.position.sheet, rows: 1)
        rows.append(row)
        // The row is read through pointers into `rows`, which must outlive the reading.
        return withExtendedLifetime(rows) { build(rows[0], at: row.position) }
    }

    /// ``build(_:)`` for a row read in place, found at `position`.
    func build(_ row: PackedRow, at position: SourcePosition) -> Outcome {
        var omission = DiagnosticOmission()
        var values = RowValues()
        return build(row, at: .position(position), omission: &omission, values: &values)
    }

    /// ``build(_:at:)``, counting in `omission` the normalizers' notes whose code is past the report's cap
    /// instead of making them diagnostics, with the row's values gathered in `values`, which a caller
    /// building many rows makes once and passes to every row (it is cleared here first). `detail` is
    /// asked, with the row's client ID and name, how much of the record to build; `inspect` is shown the
    /// client's name and its contacts' names and emails, all that validation and grouping read, whatever
    /// the detail.
    func build(
        _ row: PackedRow, at place: RowPlace, omission: inout DiagnosticOmission, values: inout RowValues,
        detail: (_ id: String?, _ name: String) -> Detail = { _, _ in .full },
        inspect: (_ name: String, _ contacts: ContactIdentities) -> Void = { _, _ in }
    ) -> Outcome {
        values.clear()
        var diagnostics: [Diagnostic] = []
        var redactions: [(column: Int, count: Int)] = []
        let country = country(of: row)
        // One position for the row, its column changed per cell: copying the row's position per cell costs more.
        var position = CellPosition(place: place, headers: map.headers, column: 0)
        // Read into locals once, not through the optional per cell (each read copies its strings).
        let early = earlyKey(of: row, detail: detail) ?? EarlyKey()
        for (index, field, statusKey, isIdentity) in columns where index < row.count && !row.text(index).isEmpty {
            position.column = index + 1
            if let damage = CellDamage.check(row.kind(index), text: row.text(index), field: field, at: position) {
                diagnostics.append(damage)
            }
            // The key's cells come through cleaning unchanged, as read already.
            if index == early.nameColumn || index == early.idColumn {
                values.add(index == early.nameColumn ? early.name : early.id, slot: field.slot)
                continue
            }
            // Of a cell whose value a row whose record is not built does not read, only what cleaning
            // finds matters, and most find nothing.
            if early.detail == .identity, !isIdentity, statusKey == nil,
                normalizer.findsNothing(row.text(index), rule: RecordNormalizer.Rule(field), country: country)
            {
                continue
            }
            let text = row.string(index)
            let cleaned = normalizer.clean(
                text, field: field, country: country, at: position, omission: &omission, into: &diagnostics)
            if cleaned.redactions > 0 { redactions.append((index + 1, cleaned.redactions)) }
            if let statusKey {
                if Self.isInactive(headerKey: statusKey, value: text) {
                    diagnostics.append(
                        Diagnostic(
                            .inactiveClient, .info, at: position.position,
                            "client is archived or inactive in its source app",
                            field: "status"))
                }
            } else if let value = cleaned.value, early.detail != .identity || isIdentity {
                values.add(value, slot: field.slot)
            }
        }
        return assemble(
            values, row: place, diagnostics: diagnostics, redactions: redactions,
            detail: { id, name in early.detail ?? detail(id, name) }, inspect: inspect)
    }

    /// A row's key read from its cells as they are, before they are cleaned: how much of its record to
    /// build, its name and ID, and the columns they are in (-1 for none).
    private struct EarlyKey {
        var detail: Detail?
        var name = ""
        var nameColumn = -1
        var id = ""
        var idColumn = -1
    }

    /// The row's key read from its cells as they are, with how much of its record to build (asked of
    /// `detail`): when its name cell (and ID cell) come through cleaning unchanged
    /// (``RecordNormalizer/needsNothing(_:lines:)``), the key is theirs. Nil when it cannot be, and the
    /// record's assembly asks.
    private func earlyKey(of row: PackedRow, detail: (_ id: String?, _ name: String) -> Detail) -> EarlyKey? {
        guard let (nameColumn, idColumn) = keyColumns, nameColumn < row.count,
            RecordNormalizer.needsNothing(row.text(nameColumn), lines: .singleLine)
        else { return nil }
        let name = row.string(nameColumn)
        guard let idColumn, idColumn < row.count, !row.text(idColumn).isEmpty else {
            return EarlyKey(detail: detail(nil, name), name: name, nameColumn: nameColumn)
        }
        guard RecordNormalizer.needsNothing(row.text(idColumn), lines: .singleLine) else { return nil }
        let id = row.string(idColumn)
        return EarlyKey(detail: detail(id, name), name: name, nameColumn: nameColumn, id: id, idColumn: idColumn)
    }

    /// The row's country as an ISO code, from its street or postal country column, for phones and postcodes.
    private func country(of row: PackedRow) -> String? {
        for column in countryColumns where column < row.count && !row.text(column).isEmpty {
            if let code = CountryNames.code(for: row.text(column)) { return code }
        }
        return nil
    }

    /// The row's record from its values, with as much detail as `detail` asks for, shown to `inspect`;
    /// nil for a sub-customer.
    private func assemble(
        _ draft: RowValues, row: RowPlace, diagnostics: consuming [Diagnostic],
        redactions: consuming [(column: Int, count: Int)], detail: (_ id: String?, _ name: String) -> Detail,
        inspect: (_ name: String, _ contacts: ContactIdentities) -> Void
    ) -> Outcome {
        let personName = Self.join(draft.first(.contact(.firstName)), draft.first(.contact(.lastName)))
        let contactName = draft.first(.contact(.name)) ?? personName
        var name = draft.first(.name) ?? ""
        if name.isEmpty, let contactName { name = contactName }
        if map.kind == DefaultMappings.quickBooks.name, name.utf8.contains(UInt8(ascii: ":")) {
            var position = row.position
            position.column = nil
            position.columnName = nil
            diagnostics.append(
                Diagnostic(
                    .subCustomerSkipped, .info, at: position,
                    "QuickBooks sub-customer (Parent:Child) skipped: Ignition holds the parent client", field: "name"))
            return Outcome(record: nil, diagnostics: diagnostics, redactions: redactions)
        }
        let id = draft.first(.id)
        let detail = detail(id, name)
        // What validation and grouping read of the contacts, and for a whole record the contacts themselves.
        var identities = ContactIdentities()
        var contacts: [Contact] = []
        let email = draft.first(.contact(.email)) ?? draft.first(.clientEmail)
        // An individual client (no client name, or an individual's business structure) is its own contact.
        let primaryName =
            contactName
            ?? (email != nil && (draft.first(.name) == nil || Self.isIndividual(draft.first(.businessStructure)))
                ? name : nil)
        if primaryName != nil || email != nil || draft.first(.contact(.mobile)) != nil {
            identities.append(ContactIdentity(name: primaryName ?? "", email: email))
            if detail == .full {
                contacts.append(
                    Contact(
                        id: draft.first(.contact(.id)), name: primaryName ?? "", email: email,
                        phone: draft.first(.contact(.phone)), mobile: draft.first(.contact(.mobile)),
                        salutation: draft.first(.contact(.salutation)), addressee: draft.first(.contact(.addressee)),
                        isDefault: draft.first(.contact(.isDefault)).map(Self.isYes) ?? true))
            }
        }
        for person in 1...5 {
            let personName = Self.join(
                draft.first(.extraContact(person, .firstName)), draft.first(.extraContact(person, .lastName)))
            let personEmail = draft.first(.extraContact(person, .email))
            guard personName != nil || personEmail != nil else { continue }
            identities.append(ContactIdentity(name: personName ?? "", email: personEmail))
            if detail == .full { contacts.append(Contact(name: personName ?? "", email: personEmail, isDefault: false)) }
        }
        inspect(name, identities)
        guard detail == .full else {
            return Outcome(record: nil, diagnostics: diagnostics, redactions: redactions, detail: detail)
        }
        var appClients: [AppClient] = []
        func link(_ app: String, _ id: String?) {
            if let id { appClients.append(AppClient(app: app, externalId: id, name: name)) }
        }
        link("xero", draft.first(.appClient("xero")))
        link("quickbooks", draft.first(.appClient("quickbooks")))
        link("xpm", draft.first(.appClient("xpm")) ?? draft.first(.clientCode))
        let position = row.position
        let source = RecordSource(file: position.file, sheet: position.sheet, rows: [position.row ?? 0])
        return Outcome(
            record: ClientRecord(
                id: id, name: name, businessStructure: draft.first(.businessStructure),
                companyNumber: draft.first(.companyNumber) ?? draft.first(.businessNumber),
                gstRegistered: draft.first(.gstRegistered), phone: draft.first(.phone), fax: draft.first(.fax),
                website: draft.first(.website), address: draft.address(postal: false),
                postalAddress: draft.address(postal: true), tags: draft.all(.tags),
                notes: Self.joinedNotes(draft.all(.notes)), state: state, contacts: contacts, appClients: appClients,
                source: source),
            diagnostics: diagnostics, redactions: redactions)
    }

    private static func joinedNotes(_ notes: [String]) -> String? {
        notes.isEmpty ? nil : notes.joined(separator: "\n")
    }

    /// `first last`, its bytes copied once (most names fit in a small string, made without allocating).
    private static func join(_ first: String?, _ last: String?) -> String? {
        guard var first else { return last }
        guard var last else { return first }
        let count = first.utf8.count + 1 + last.utf8.count
        return String(unsafeUninitializedCapacity: count) { joined in
            let end = first.withUTF8 { joined.initialize(fromContentsOf: $0) }
            joined[end] = 0x20
            return last.withUTF8 { UnsafeMutableBufferPointer(rebasing: joined[(end + 1)...]).initialize(fromContentsOf: $0) }
                + end + 1
        }
    }

    private static func isYes(_ text: String) -> Bool {
        text.utf8.count <= 7 && ["yes", "y", "true", "1", "primary"].contains(text.lowercased())
    }

    /// Xero's `ContactStatus` ARCHIVED, QBO's `Active` false or `Status` Inactive, XPM's `IsArchived` or
    /// `IsDeleted` Yes.
    private static func isInactive(headerKey: String, value: String) -> Bool {
        let value = value.lowercased()
        switch headerKey {
        case "isarchived", "isdeleted": return isYes(value)
        case "active": return ["false", "no", "n", "0"].contains(value)
        case "isprospect": return false
        default: return ["archived", "inactive", "deleted", "gdprrequest"].contains(value)
        }
    }

    private static func isIndividual(_ structure: String?) -> Bool {
        guard let first = structure?.utf8.first, first | 0x20 == UInt8(ascii: "i") || first | 0x20 == UInt8(ascii: "s"),
            let structure = structure?.lowercased()
        else { return false }
        return structure.hasPrefix("individual") || structure.hasPrefix("sole trader")
    }
}

/// Where a cell is: its row's position and its column (header looked up in the file's headers), made
/// into a ``SourcePosition`` only when a finding needs one (most cells have none).
public struct CellPosition: Sendable {
    let place: RowPlace
    let headers: [String]
    /// 1-based.
    var column: Int

    public init(row: SourcePosition, headers: [String], column: Int) {
        self.init(place: .position(row), headers: headers, column: column)
    }

    init(place: RowPlace, headers: [String], column: Int) {
        self.place = place
        self.headers = headers
        self.column = column
    }

    public var position: SourcePosition {
        var position = place.position
        position.column = column
        let header = column >= 1 && column <= headers.count ? headers[column - 1] : ""
        position.columnName = header.isEmpty ? nil : header
        return position
    }
}

extension ClientField {
    /// Fields whose values a row whose record is not built (``ClientRecordBuilder/Detail/identity``)
    /// reads: the client's name, ID and business structure (an individual is its own contact), and its
    /// contacts' names, emails and mobiles (a mobile alone makes a contact).
    var isIdentity: Bool {
        switch self {
        case .name, .id, .businessStructure, .clientEmail, .contact(.name), .contact(.firstName), .contact(.lastName),
            .contact(.email), .contact(.mobile), .extraContact(_, .firstName), .extraContact(_, .lastName),
            .extraContact(_, .email):
            true
        default: false
        }
    }
}
