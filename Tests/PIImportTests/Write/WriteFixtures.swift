import Foundation
import Testing

@testable import PIImport

/// Records and scratch directories the writer and schema tests share.
enum WriteFixtures {
    /// A company with two contacts, an individual, and a client without contacts whose name and notes
    /// try CSV injection.
    static let threeClients: [ClientRecord] = [
        ClientRecord(
            name: "Marlow Constructions Pty Ltd", businessStructure: "Company", companyNumber: "123 456 780",
            phone: "+61290001111", website: "https://marlowcon.example",
            address: Address(
                lines: ["Level 2", "12 Builder St", "Rear entrance"], city: "Parramatta", region: "NSW",
                postcode: "2150", country: "Australia"),
            postalAddress: Address(lines: ["PO Box 77"], city: "Parramatta", region: "NSW", postcode: "2124", country: "Australia"),
            tags: ["imported", "builders"],
            contacts: [
                Contact(
                    name: "Gavin Marlow", email: "gavin@marlowcon.example", phone: "+61 2 9000 1111",
                    mobile: "0401 220 556", salutation: "Gavin", addressee: "Mr G Marlow", isDefault: true),
                Contact(name: "Sandra Marlow", email: "accounts@marlowcon.example", mobile: "0412 000 111"),
            ],
            source: RecordSource(file: "clients.csv", rows: [2, 3])),
        ClientRecord(
            name: "Elena Reyes", businessStructure: "Individual",
            address: Address(lines: ["9 Sole Trader Rd"], city: "Newtown", region: "NSW", postcode: "2042", country: "Australia"),
            tags: ["imported"], state: .lead,
            contacts: [Contact(name: "Elena Reyes", email: "elena.reyes@example.com", mobile: "0422 909 313", isDefault: true)],
            appClients: [AppClient(app: "xero", externalId: "0b1e5c1a-7f7e-4f55-9c55-3a4d2b1c0d9e", name: "Elena Reyes")],
            source: RecordSource(file: "clients.csv", rows: [4])),
        ClientRecord(
            name: "@SUM(A1:A9) Holdings", notes: "=HYPERLINK(\"http://evil.example\",\"click\")",
            source: RecordSource(file: "book.xlsx", sheet: "Clients", rows: [7])),
    ]

    /// Records whose strings hold everything JSON must escape.
    static let richRecords: [ClientRecord] = [
        ClientRecord(
            id: "CLI-0001", name: "Zoë \"Quoted\" & Sons — 日本語 👩‍💻", businessStructure: "Trust",
            companyNumber: "", gstRegistered: "Yes", phone: "+64 9 000 0000", fax: "09 000 0001",
            website: "https://example.com/a\\b", address: Address(), postalAddress: Address(lines: ["Line\none", "Tab\there"]),
            tags: ["a,b", "back\\slash", "\u{2028}", "\u{2029}"], notes: "ctrl \u{01}\u{1F}\u{7F} cr\r lf\n end",
            state: .active,
            contacts: [
                Contact(id: "C-1", name: "Ōtautahi </script>", email: "a@b.example", phone: "", mobile: nil, salutation: "Kia ora",
                        addressee: "Ms \u{0}Nul", isDefault: false)
            ],
            appClients: [
                AppClient(app: "xpm", externalId: "123", name: "Zoë"), AppClient(app: "quickbooks", externalId: "9", name: "Z"),
            ],
            source: RecordSource(file: "dir/ünïcode.xlsx", sheet: "Sheet \"1\"", rows: [])),
        ClientRecord(name: "", source: RecordSource(file: "", rows: [1, 2, 3])),
    ]

    /// A record with every optional field set, so that it emits every key the schema declares.
    static let fullyPopulated = ClientRecord(
        id: "CLI-0042", name: "Full Pty Ltd", businessStructure: "Company", companyNumber: "123 456 780",
        gstRegistered: "Yes", phone: "+61290001111", fax: "+61290001112", website: "https://full.example",
        address: Address(lines: ["1 Main St"], city: "Sydney", region: "NSW", postcode: "2000", country: "Australia"),
        postalAddress: Address(lines: ["PO Box 1"], city: "Sydney", region: "NSW", postcode: "2001", country: "Australia"),
        tags: ["imported"], notes: "Notes", state: .lead,
        contacts: [
            Contact(
                id: "CON-1", name: "Pat Full", email: "pat@full.example", phone: "+61290001111", mobile: "+61400000000",
                salutation: "Pat", addressee: "Mr P Full", isDefault: true)
        ],
        appClients: [AppClient(app: "xero", externalId: "abc", name: "Full Pty Ltd")],
        source: RecordSource(file: "book.xlsx", sheet: "Clients", rows: [2]))

    /// A fresh empty directory, removed by the caller.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pi-import-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url
    }

    static func contents(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }
}
