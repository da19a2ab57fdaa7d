/// A place in a ``ClientRecord`` that a column can fill, named by its path in the record
/// (`name`, `contacts.email`, `address.city`). Mapping files and reports use these paths.
public enum ClientField: Hashable, Sendable {
    case id, name, businessStructure, companyNumber, businessNumber, gstRegistered
    case phone, fax, website, tags, notes, clientEmail
    /// XPM's IsProspect / IsArchived, Xero's ContactStatus, QBO's Active.
    case status
    case address(AddressPart)
    case postalAddress(AddressPart)
    case contact(ContactPart)
    /// Xero's Person1..Person5 columns: extra contacts, numbered from 1.
    case extraContact(Int, PersonPart)
    /// The client's id in another app (`xero`, `quickbooks`, `xpm`).
    case appClient(String)
    /// XPM's client code, used as the XPM id when no UUID is given.
    case clientCode
    /// A tax-number column: dropped at mapping, its values never read.
    case taxNumber
    /// Bank details and other sensitive columns Ignition never needs: dropped unread.
    case sensitive
    /// Known but not used by Ignition.
    case ignored

    public enum AddressPart: String, Hashable, Sendable, CaseIterable {
        /// One street line per column, or a whole multi-line address in one cell.
        case lines, city, region, postcode, country

        var ordinal: Int {
            switch self {
            case .lines: 0
            case .city: 1
            case .region: 2
            case .postcode: 3
            case .country: 4
            }
        }
    }

    public enum ContactPart: String, Hashable, Sendable, CaseIterable {
        case id, name, firstName, lastName, email, phone, mobile, salutation, addressee, isDefault

        var ordinal: Int {
            switch self {
            case .id: 0
            case .name: 1
            case .firstName: 2
            case .lastName: 3
            case .email: 4
            case .phone: 5
            case .mobile: 6
            case .salutation: 7
            case .addressee: 8
            case .isDefault: 9
            }
        }
    }

    public enum PersonPart: String, Hashable, Sendable, CaseIterable {
        case firstName, lastName, email

        var ordinal: Int {
            switch self {
            case .firstName: 0
            case .lastName: 1
            case .email: 2
            }
        }
    }

    /// The field's path, as mapping files and reports spell it.
    public var path: String {
        switch self {
        case .id: "id"
        case .name: "name"
        case .businessStructure: "businessStructure"
        case .companyNumber: "companyNumber"
        case .businessNumber: "businessNumber"
        case .gstRegistered: "gstRegistered"
        case .phone: "phone"
        case .fax: "fax"
        case .website: "website"
        case .tags: "tags"
        case .notes: "notes"
        case .clientEmail: "email"
        case .status: "status"
        case .address(let part): "address.\(part.rawValue)"
        case .postalAddress(let part): "postalAddress.\(part.rawValue)"
        case .contact(let part): "contacts.\(part.rawValue)"
        case .extraContact(let number, let part): "person\(number).\(part.rawValue)"
        case .appClient(let app): "appClients.\(app)"
        case .clientCode: "clientCode"
        case .taxNumber: "taxNumber"
        case .sensitive: "sensitive"
        case .ignored: "ignore"
        }
    }

    /// A small dense number per field, for per-row tables that must not hash an enum per cell.
    /// Inlined, so that a field named in code costs nothing.
    @inline(__always)
    var slot: Int {
        switch self {
        case .id: 0
        case .name: 1
        case .businessStructure: 2
        case .companyNumber: 3
        case .businessNumber: 4
        case .gstRegistered: 5
        case .phone: 6
        case .fax: 7
        case .website: 8
        case .tags: 9
        case .notes: 10
        case .clientEmail: 11
        case .status: 12
        case .clientCode: 13
        case .taxNumber: 14
        case .sensitive: 15
        case .ignored: 16
        case .address(let part): 20 + part.ordinal
        case .postalAddress(let part): 25 + part.ordinal
        case .contact(let part): 30 + part.ordinal
        case .extraContact(let number, let part): 40 + (number - 1) * 3 + part.ordinal
        case .appClient("xero"): 60
        case .appClient("quickbooks"): 61
        case .appClient("xpm"): 62
        case .appClient: 63
        }
    }

    /// Every field a mapping file may name.
    public static let all: [ClientField] = {
        var fields: [ClientField] = [
            .id, .name, .businessStructure, .companyNumber, .businessNumber, .gstRegistered, .phone, .fax, .website,
            .tags, .notes, .clientEmail, .status, .clientCode,
            .appClient("xero"), .appClient("quickbooks"), .appClient("xpm"), .taxNumber, .sensitive, .ignored,
        ]
        fields += AddressPart.allCases.map { .address($0) } + AddressPart.allCases.map { .postalAddress($0) }
        fields += ContactPart.allCases.map { .contact($0) }
        for number in 1...5 { fields += PersonPart.allCases.map { .extraContact(number, $0) } }
        return fields
    }()

    private static let byPath: [String: ClientField] = Dictionary(uniqueKeysWithValues: all.map { ($0.path, $0) })

    /// The field at `path`, if there is one.
    public init?(path: String) {
        guard let field = Self.byPath[path] else { return nil }
        self = field
    }

    /// Whether the column's values are never to be read (tax numbers, bank details).
    public var isDropped: Bool {
        self == .taxNumber || self == .sensitive
    }

    /// Whether several columns may fill this field (their values are joined).
    public var allowsSeveralColumns: Bool {
        switch self {
        case .address(.lines), .postalAddress(.lines), .tags, .notes, .ignored, .taxNumber, .sensitive: true
        default: false
        }
    }
}
