/// A Practice Ignition client, as pi-import writes it. Field names are Ignition's own
/// (its `Client` and `ClientInput` GraphQL types); there is no tax-number field, by design.
public struct ClientRecord: Sendable, Hashable, Codable {
    /// Ignition's lifecycle state: XPM clients come in as leads and become active on their first
    /// accepted proposal.
    public enum State: String, Sendable, Hashable, Codable {
        case lead = "LEAD"
        case active = "ACTIVE"
    }

    /// Ignition's Client ID, from an Ignition export; present means "update this client".
    public var id: String?
    /// The client (entity) name: for a ledger match, the ledger's exact spelling.
    public var name: String
    /// Free text: Company, Individual, Trust, Partnership, Sole Trader...
    public var businessStructure: String?
    /// A public company number (ACN, ABN, NZBN, UK company number); never a tax file number.
    public var companyNumber: String?
    /// Free text, as Ignition keeps it ("Yes", "No", or a GST number that is public).
    public var gstRegistered: String?
    /// E.164 where the country is known, else as given.
    public var phone: String?
    public var fax: String?
    public var website: String?
    public var address: Address?
    public var postalAddress: Address?
    public var tags: [String]
    /// Free text, tax numbers removed.
    public var notes: String?
    public var state: State
    /// The people at the client; the first default one receives proposals.
    public var contacts: [Contact]
    /// Links to the same client in the ledger or practice manager.
    public var appClients: [AppClient]
    /// Where the record came from.
    public var source: RecordSource

    public init(
        id: String? = nil, name: String, businessStructure: String? = nil, companyNumber: String? = nil,
        gstRegistered: String? = nil, phone: String? = nil, fax: String? = nil, website: String? = nil,
        address: Address? = nil, postalAddress: Address? = nil, tags: [String] = [], notes: String? = nil,
        state: State = .active, contacts: [Contact] = [], appClients: [AppClient] = [], source: RecordSource
    ) {
        self.id = id
        self.name = name
        self.businessStructure = businessStructure
        self.companyNumber = companyNumber
        self.gstRegistered = gstRegistered
        self.phone = phone
        self.fax = fax
        self.website = website
        self.address = address
        self.postalAddress = postalAddress
        self.tags = tags
        self.notes = notes
        self.state = state
        self.contacts = contacts
        self.appClients = appClients
        self.source = source
    }
}

/// A street or postal address, as Ignition's `AddressInput` has it.
public struct Address: Sendable, Hashable, Codable {
    public var lines: [String]
    public var city: String?
    public var region: String?
    public var postcode: String?
    /// The full English country name (`Australia`, `New Zealand`, `United Kingdom`).
    public var country: String?

    public init(lines: [String] = [], city: String? = nil, region: String? = nil, postcode: String? = nil, country: String? = nil) {
        self.lines = lines
        self.city = city
        self.region = region
        self.postcode = postcode
        self.country = country
    }

    /// Whether no part is filled in.
    public var isEmpty: Bool {
        lines.isEmpty && city == nil && region == nil && postcode == nil && country == nil
    }
}

/// A person at a client. Ignition keeps one `name`; given and family names are joined.
public struct Contact: Sendable, Hashable, Codable {
    /// Ignition's Contact ID, from an Ignition export.
    public var id: String?
    public var name: String
    public var email: String?
    public var phone: String?
    public var mobile: String?
    public var salutation: String?
    public var addressee: String?
    public var isDefault: Bool

    public init(
        id: String? = nil, name: String, email: String? = nil, phone: String? = nil, mobile: String? = nil,
        salutation: String? = nil, addressee: String? = nil, isDefault: Bool = false
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.mobile = mobile
        self.salutation = salutation
        self.addressee = addressee
        self.isDefault = isDefault
    }
}

/// The same client in another app: Xero, QuickBooks Online or Xero Practice Manager.
public struct AppClient: Sendable, Hashable, Codable {
    /// `xero`, `quickbooks` or `xpm`.
    public var app: String
    /// The app's own id (Xero ContactID, QBO Id, XPM UUID or client code), else its exact name.
    public var externalId: String
    /// The client's exact name in that app.
    public var name: String

    public init(app: String, externalId: String, name: String) {
        self.app = app
        self.externalId = externalId
        self.name = name
    }
}

/// The file, sheet and rows a record was built from.
public struct RecordSource: Sendable, Hashable, Codable {
    public var file: String
    public var sheet: String?
    /// Record numbers (CSV) or spreadsheet row numbers (XLSX).
    public var rows: [Int]

    public init(file: String, sheet: String? = nil, rows: [Int]) {
        self.file = file
        self.sheet = sheet
        self.rows = rows
    }
}
