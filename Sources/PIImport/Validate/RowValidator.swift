/// The rules every row's client must pass before it is written: what Ignition's importer requires
/// (client name, contact name, contact email on every row), and what Xero and QuickBooks will accept
/// when Ignition later pushes the client to them.
public struct RowValidator: Sendable {
    /// How a row without a contact name or email counts: an error by default, as Ignition rejects it.
    public var missingContactSeverity: Diagnostic.Severity

    public init(missingContactSeverity: Diagnostic.Severity = .error) {
        self.missingContactSeverity = missingContactSeverity
    }

    /// Xero's contact name limit; QuickBooks' import limit for a display name.
    static let xeroNameLimit = 255
    static let quickBooksNameLimit = 100
    static let quickBooksEmailLimit = 100

    public func validate(_ record: ClientRecord, at position: SourcePosition) -> [Diagnostic] {
        validate(name: record.name, contacts: ContactIdentities(record.contacts), at: .position(position))
    }

    /// ``validate(_:at:)`` for a client named `name` with these contacts: all it reads of a record.
    func validate(name: String, contacts: ContactIdentities, at place: RowPlace) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func add(_ code: DiagnosticCode, _ severity: Diagnostic.Severity, _ field: String, _ message: String) {
            found.append(Diagnostic(code, severity, at: place.position, message, field: field))
        }
        if name.isEmpty {
            add(.missingClientName, .error, "name", "no client name (nor a person's name to use as one)")
        } else {
            let length = name.utf8.count <= Self.quickBooksNameLimit ? 0 : name.count
            if length > Self.xeroNameLimit {
                add(.nameTooLong, .error, "name", "client name has \(length) characters; Xero accepts \(Self.xeroNameLimit)")
            } else if length > Self.quickBooksNameLimit {
                add(
                    .nameTooLong, .warning, "name",
                    "client name has \(length) characters; QuickBooks accepts \(Self.quickBooksNameLimit)")
            }
            if CSVText.needsNeutralising(name) {
                add(
                    .nameLooksLikeFormula, .warning, "name",
                    "client name starts with a character spreadsheet apps read as a formula; Ignition's CSV will "
                        + "carry it with a leading ' and Xero's exact-name link may then miss it")
            }
            if Self.holdsCharacterQuickBooksRejects(name) {
                add(
                    .nameCharacterRejected, .warning, "name",
                    "client name holds a colon, tab, line break or double quote, which QuickBooks rejects")
            }
        }
        if contacts.first?.name.isEmpty ?? true {
            add(.missingContactName, missingContactSeverity, "contacts.name", "no contact name; Ignition requires one")
        }
        if contacts.first?.email == nil {
            add(.missingContactEmail, missingContactSeverity, "contacts.email", "no contact email; Ignition requires one")
        }
        for contact in contacts {
            if let count = contact.email?.utf8.count, count > Self.quickBooksEmailLimit {
                add(
                    .valueTooLong, .warning, "contacts.email",
                    "email has \(contact.email!.count) characters; QuickBooks accepts \(Self.quickBooksEmailLimit)")
            }
        }
        return found
    }

    /// Whether `name` holds a colon, tab, line break or double quote.
    static func holdsCharacterQuickBooksRejects(_ name: String) -> Bool {
        StringBytes.withBytes(name) { bytes in
            for byte in bytes where byte <= 0x3A {
                if byte == 0x3A || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x22 { return true }
            }
            return false
        }
    }
}
