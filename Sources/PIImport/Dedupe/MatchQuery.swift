/// One incoming client to match: its name and keys, and the contact details that corroborate or
/// contradict a name match.
public struct MatchQuery: Sendable, Hashable {
    public var name: String
    public var keys: MatchKeys
    /// As given; ``evidence`` holds them normalised.
    public var rawEmails: [String]
    public var rawPhones: [String]
    public var postcode: String?
    public var companyNumber: String?
    var evidence: ContactEvidence

    public init(
        name: String, emails: [String] = [], phones: [String] = [], postcode: String? = nil,
        companyNumber: String? = nil
    ) {
        self.name = name
        keys = MatchKey.keys(for: name)
        rawEmails = emails
        rawPhones = phones
        self.postcode = postcode
        self.companyNumber = companyNumber
        evidence = ContactEvidence(emails: emails, phones: phones, postcode: postcode, companyNumber: companyNumber)
    }

    /// The query for a client record: every contact's email, phone and mobile, the client phone, the
    /// street (else postal) postcode and the company number.
    public init(record: ClientRecord) {
        let details = ClientDetails(record)
        self.init(
            name: record.name, emails: details.emails, phones: details.phones, postcode: details.postcode,
            companyNumber: record.companyNumber)
    }
}

/// What a client record offers to corroborate a name match: every contact's email, phone and mobile, the
/// client phone, the street (else postal) postcode.
struct ClientDetails {
    var emails: [String] = []
    var phones: [String] = []
    var postcode: String?

    init(_ record: ClientRecord) {
        if let phone = record.phone { phones.append(phone) }
        for contact in record.contacts {
            if let email = contact.email { emails.append(email) }
            if let phone = contact.phone { phones.append(phone) }
            if let mobile = contact.mobile { phones.append(mobile) }
        }
        postcode = record.address?.postcode ?? record.postalAddress?.postcode
    }
}

extension MatchQuery {
    /// `count` queries made by `make` on all cores (computing match keys is most of the work), in order.
    public static func all(_ count: Int, _ make: @Sendable (Int) -> MatchQuery) -> [MatchQuery] {
        Parallel.map(count, chunk: 1_024, make)
    }

    /// The queries of many client records (``init(record:)``), on all cores.
    public static func all(_ records: [ClientRecord]) -> [MatchQuery] {
        all(records.count) { MatchQuery(record: records[$0]) }
    }
}
