/// Writes Ignition's client import CSV (`domain.md` 1.2 and 1.5).
///
/// - The header is ``header``, the default of `domain.md` 1.5: no tax-number column at all.
/// - One row per contact; a client without contacts gets one row with blank contact cells. The client
///   cells are repeated identically on every row of a client, because Ignition groups rows into one
///   client by exact Client Name (and Client ID, when present).
/// - Address lines beyond the second are joined into `Address Line 2` with `", "`; tags are joined
///   with `", "` (Ignition's tag list is comma-separated, as its export writes it). Fields the CSV has
///   no column for (fax, GST registered, state, app links, source) are not written; the JSON Lines
///   output keeps them. The tracking-category columns are left blank.
/// - RFC 4180: comma-delimited, fields quoted when they hold a comma, quote, CR or LF, quotes doubled,
///   CRLF line ends, UTF-8.
/// - **No byte-order mark** by default: the consumer is Ignition's importer, and a BOM risks being read
///   as part of the first header (`\u{FEFF}Client ID`), the one column that decides create versus
///   update. Pass `byteOrderMark: true` for a copy meant for Excel.
/// - **CSV injection**: a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, except a
///   plain phone number (`+` then digits and spaces, such as E.164 `+61290001111`), which stays
///   importable; see ``CSVText``. ``neutralisedCells`` counts the cells that were changed.
public final class IgnitionCSVSink: RecordSink {
    /// The default import header, exactly as `domain.md` 1.5 gives it.
    public static let header: [String] = [
        "Client ID", "Client Name", "Contact ID", "Contact Name", "Contact Email", "Contact Phone",
        "Contact Mobile", "Salutation", "Addressee", "Business Structure", "Company Number", "Phone", "Website",
        "Address Line 1", "Address Line 2", "City", "State", "Postcode", "Country", "Postal Address Line 1",
        "Postal Address Line 2", "Postal City", "Postal State", "Postal Postcode", "Postal Country", "Tags",
        "Notes", "Tracking Category 1", "Tracking Category 2",
    ]

    private let output: any ByteOutput
    /// Clients written so far.
    public private(set) var clients = 0
    /// Data rows written so far (one per contact, at least one per client).
    public private(set) var rows = 0
    /// Cells that got a leading `'` against CSV injection.
    public private(set) var neutralisedCells = 0

    /// Writes the header to `output`.
    public init(output: any ByteOutput, byteOrderMark: Bool = false) throws {
        self.output = output
        try output.write { buffer in
            if byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
            CSVText.appendRecord(Self.header, to: &buffer)
        }
    }

    /// Writes to `path` atomically.
    public convenience init(path: String, byteOrderMark: Bool = false) throws {
        try self.init(output: try AtomicFileWriter(path: path), byteOrderMark: byteOrderMark)
    }

    public func write(_ record: ClientRecord) throws {
        var neutralised = 0
        var written = 0
        try output.write { buffer in
            let tags = record.tags.joined(separator: ", ")
            if record.contacts.isEmpty {
                neutralised += Self.appendRow(record, nil, tags: tags, to: &buffer)
                written = 1
            } else {
                for contact in record.contacts {
                    neutralised += Self.appendRow(record, contact, tags: tags, to: &buffer)
                }
                written = record.contacts.count
            }
        }
        clients += 1
        rows += written
        neutralisedCells += neutralised
    }

    public func finish() throws {
        try output.finish()
    }

    public func abort() {
        output.abort()
    }

    /// The cells of one row, in ``header`` order, before quoting and neutralising.
    public static func row(_ record: ClientRecord, _ contact: Contact?) -> [String] {
        let address = addressCells(record.address)
        let postal = addressCells(record.postalAddress)
        return [
            record.id ?? "",
            record.name,
            contact?.id ?? "",
            contact?.name ?? "",
            contact?.email ?? "",
            contact?.phone ?? "",
            contact?.mobile ?? "",
            contact?.salutation ?? "",
            contact?.addressee ?? "",
            record.businessStructure ?? "",
            record.companyNumber ?? "",
            record.phone ?? "",
            record.website ?? "",
        ] + address + postal + [
            record.tags.joined(separator: ", "),
            record.notes ?? "",
            "",
            "",
        ]
    }

    /// Appends the row ``row(_:_:)`` gives, without building it: the hot path. Returns how many cells
    /// were neutralised.
    static func appendRow(_ record: ClientRecord, _ contact: Contact?, tags: String, to buffer: inout [UInt8]) -> Int {
        var neutralised = 0
        var first = true
        func field(_ value: String?) {
            if first { first = false } else { buffer.append(UInt8(ascii: ",")) }
            if let value, !value.isEmpty, CSVText.appendField(value, to: &buffer) { neutralised += 1 }
        }
        func address(_ address: Address?) {
            let lines = address?.lines ?? []
            field(lines.first)
            field(lines.count <= 2 ? lines.dropFirst().first : lines.dropFirst().joined(separator: ", "))
            field(address?.city)
            field(address?.region)
            field(address?.postcode)
            field(address?.country)
        }
        field(record.id)
        field(record.name)
        field(contact?.id)
        field(contact?.name)
        field(contact?.email)
        field(contact?.phone)
        field(contact?.mobile)
        field(contact?.salutation)
        field(contact?.addressee)
        field(record.businessStructure)
        field(record.companyNumber)
        field(record.phone)
        field(record.website)
        address(record.address)
        address(record.postalAddress)
        field(tags)
        field(record.notes)
        field(nil)
        field(nil)
        buffer.append(contentsOf: [0x0D, 0x0A])
        return neutralised
    }

    /// Line 1, line 2 (with any further lines joined on with `", "`), city, state, postcode, country.
    private static func addressCells(_ address: Address?) -> [String] {
        guard let address else { return ["", "", "", "", "", ""] }
        return [
            address.lines.first ?? "",
            address.lines.dropFirst().joined(separator: ", "),
            address.city ?? "",
            address.region ?? "",
            address.postcode ?? "",
            address.country ?? "",
        ]
    }
}
