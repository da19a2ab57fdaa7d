/// A client that already exists somewhere the import must not duplicate: in the practice manager (XPM),
/// the ledger (Xero, QuickBooks Online), the store of earlier imports, or earlier in the same file.
public struct ReferenceClient: Sendable, Hashable {
    /// Where the reference lives.
    public enum Source: String, Sendable, Hashable, Codable {
        case xpm, ledger, store, file
    }

    public var source: Source
    /// The app for an ``AppClient`` link: `xero`, `quickbooks` or `xpm` (nil for `store` and `file`).
    public var app: String?
    /// The app's own id (XPM UUID, Xero ContactID, QBO Id), or the caller's row id for `file`.
    public var id: String?
    /// The exact name, as the source spells it.
    public var name: String
    public var emails: [String]
    /// As given (E.164 or local); compared on their last nine digits.
    public var phones: [String]
    public var postcode: String?
    /// A public company or business number (ACN, ABN, NZBN, UK company number), never a tax file number.
    public var companyNumber: String?
    /// Archived in Xero, inactive in QBO, archived in XPM.
    public var isInactive: Bool

    public init(
        source: Source, app: String? = nil, id: String?, name: String, emails: [String] = [], phones: [String] = [],
        postcode: String? = nil, companyNumber: String? = nil, isInactive: Bool = false
    ) {
        self.source = source
        self.app = app
        self.id = id
        self.name = name
        self.emails = emails
        self.phones = phones
        self.postcode = postcode
        self.companyNumber = companyNumber
        self.isInactive = isInactive
    }

    /// A reference from a client record read from an export (its contacts' emails and phones, the
    /// client phone, the street or postal postcode, the company number).
    public init(record: ClientRecord, source: Source, app: String?, id: String?, isInactive: Bool = false) {
        let details = ClientDetails(record)
        self.init(
            source: source, app: app, id: id, name: record.name, emails: details.emails, phones: details.phones,
            postcode: details.postcode, companyNumber: record.companyNumber, isInactive: isInactive)
    }
}
