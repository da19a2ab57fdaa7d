/// A short list whose first element is kept inline and the rest in an array: most rows have one
/// contact, and their lists then allocate nothing.
struct InlineFirstList<Element>: RandomAccessCollection {
    private var head: Element?
    private var rest: [Element] = []
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    subscript(position: Int) -> Element {
        assert(position >= 0 && position < endIndex, "index out of range")
        return position == 0 ? head.unsafelyUnwrapped : rest[position - 1]
    }

    mutating func append(_ element: Element) {
        if endIndex == 0 {
            head = element
        } else {
            rest.append(element)
        }
        endIndex += 1
    }
}

extension InlineFirstList: Sendable where Element: Sendable {}

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
