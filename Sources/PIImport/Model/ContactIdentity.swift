/// What validation and grouping read of a contact: its name and email.
struct ContactIdentity: Sendable {
    var name: String
    var email: String?
}

/// A row's contacts as validation and grouping read them, in order.
typealias ContactIdentities = InlineFirstList<ContactIdentity>

extension ContactIdentities {
    /// The identities of `contacts`.
    init(_ contacts: [Contact]) {
        self.init()
        for contact in contacts { append(ContactIdentity(name: contact.name, email: contact.email)) }
    }
}
