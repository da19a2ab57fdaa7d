/// Writes client records as JSON Lines (`Schemas/client.schema.json`): one compact object per line,
/// keys in the declaration order of ``ClientRecord`` and its parts, `nil` fields left out, empty
/// arrays kept (`"tags":[]`, `"contacts":[]`, `"appClients":[]`), `\n` line ends, UTF-8 without BOM.
///
/// Hand-written over ``JSONText`` rather than `JSONEncoder`: it writes up to a million records a run.
/// The output decodes with `JSONDecoder` to the same records.
public final class JSONLinesSink: RecordSink {
    private let output: any ByteOutput
    /// Records written so far.
    public private(set) var count = 0

    public init(output: any ByteOutput) {
        self.output = output
    }

    /// Writes to `path` atomically.
    public convenience init(path: String) throws {
        self.init(output: try AtomicFileWriter(path: path))
    }

    public func write(_ record: ClientRecord) throws {
        try output.write { Self.append(record, to: &$0) }
        count += 1
    }

    public func finish() throws {
        try output.finish()
    }

    public func abort() {
        output.abort()
    }

    /// Appends `record` as one JSON object followed by `\n`.
    public static func append(_ record: ClientRecord, to buffer: inout [UInt8]) {
        var object = Members(&buffer)
        object.string("id", record.id, &buffer)
        object.string("name", record.name, &buffer)
        object.string("businessStructure", record.businessStructure, &buffer)
        object.string("companyNumber", record.companyNumber, &buffer)
        object.string("gstRegistered", record.gstRegistered, &buffer)
        object.string("phone", record.phone, &buffer)
        object.string("fax", record.fax, &buffer)
        object.string("website", record.website, &buffer)
        if let address = record.address {
            object.key("address", &buffer)
            appendAddress(address, to: &buffer)
        }
        if let address = record.postalAddress {
            object.key("postalAddress", &buffer)
            appendAddress(address, to: &buffer)
        }
        object.strings("tags", record.tags, &buffer)
        object.string("notes", record.notes, &buffer)
        object.string("state", record.state.rawValue, &buffer)
        object.key("contacts", &buffer)
        buffer.append(UInt8(ascii: "["))
        for (index, contact) in record.contacts.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            appendContact(contact, to: &buffer)
        }
        buffer.append(UInt8(ascii: "]"))
        object.key("appClients", &buffer)
        buffer.append(UInt8(ascii: "["))
        for (index, app) in record.appClients.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            var inner = Members(&buffer)
            inner.string("app", app.app, &buffer)
            inner.string("externalId", app.externalId, &buffer)
            inner.string("name", app.name, &buffer)
            buffer.append(UInt8(ascii: "}"))
        }
        buffer.append(UInt8(ascii: "]"))
        object.key("source", &buffer)
        var source = Members(&buffer)
        source.string("file", record.source.file, &buffer)
        source.string("sheet", record.source.sheet, &buffer)
        source.key("rows", &buffer)
        buffer.append(UInt8(ascii: "["))
        for (index, row) in record.source.rows.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            JSONText.appendRaw(String(row), to: &buffer)
        }
        buffer.append(contentsOf: [UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "}"), UInt8(ascii: "\n")])
    }

    private static func appendAddress(_ address: Address, to buffer: inout [UInt8]) {
        var object = Members(&buffer)
        object.strings("lines", address.lines, &buffer)
        object.string("city", address.city, &buffer)
        object.string("region", address.region, &buffer)
        object.string("postcode", address.postcode, &buffer)
        object.string("country", address.country, &buffer)
        buffer.append(UInt8(ascii: "}"))
    }

    private static func appendContact(_ contact: Contact, to buffer: inout [UInt8]) {
        var object = Members(&buffer)
        object.string("id", contact.id, &buffer)
        object.string("name", contact.name, &buffer)
        object.string("email", contact.email, &buffer)
        object.string("phone", contact.phone, &buffer)
        object.string("mobile", contact.mobile, &buffer)
        object.string("salutation", contact.salutation, &buffer)
        object.string("addressee", contact.addressee, &buffer)
        object.key("isDefault", &buffer)
        JSONText.appendRaw(contact.isDefault ? "true" : "false", to: &buffer)
        buffer.append(UInt8(ascii: "}"))
    }

    /// The members of one JSON object: opens it, and puts the commas between members.
    private struct Members {
        private var first = true

        init(_ buffer: inout [UInt8]) {
            buffer.append(UInt8(ascii: "{"))
        }

        mutating func key(_ name: StaticString, _ buffer: inout [UInt8]) {
            if !first { buffer.append(UInt8(ascii: ",")) }
            first = false
            buffer.append(UInt8(ascii: "\""))
            buffer.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            buffer.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }

        mutating func string(_ name: StaticString, _ value: String?, _ buffer: inout [UInt8]) {
            guard let value else { return }
            key(name, &buffer)
            JSONText.appendString(value, to: &buffer)
        }

        mutating func strings(_ name: StaticString, _ values: [String], _ buffer: inout [UInt8]) {
            key(name, &buffer)
            buffer.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                JSONText.appendString(value, to: &buffer)
            }
            buffer.append(UInt8(ascii: "]"))
        }
    }
}
