import PIImport

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a seeded, realistic client list: 15 columns of names, emails, phones and addresses,
/// a few percent of notes with commas, doubled quotes and line breaks, and non-ASCII names.
struct ClientCSVGenerator {
    static let header = [
        "Client Name", "First Name", "Last Name", "Email", "Phone", "Mobile", "Street", "Suburb", "State",
        "Postcode", "Country", "Website", "Business Structure", "Tags", "Notes",
    ]

    private static let givenNames = [
        "Olivia", "Jack", "Charlotte", "William", "Amelia", "Noah", "Isla", "Thomas", "Mia", "James", "Aroha",
        "Tāne", "José", "Zoë", "Łukasz", "Siobhán", "Renée", "Søren", "Mei", "Priya", "Chloé", "Björn",
    ]
    private static let familyNames = [
        "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Ngata", "O'Brien", "García",
        "Müller", "Kowalski", "MacDonald", "Patel", "Chen", "Walker", "Harris", "Åberg", "Ó Súilleabháin",
    ]
    private static let businessWords = [
        "Marlow", "Harbour", "Southern", "Redgum", "Kauri", "Summit", "Bluewater", "Ironbark", "Coastal",
        "Pinnacle", "Wattle", "Tasman", "Highland", "Riverside", "Granite", "Silver Fern",
    ]
    private static let trades = [
        "Constructions", "Plumbing", "Electrical", "Accounting", "Bakery", "Landscaping", "Consulting",
        "Dental", "Logistics", "Café", "Motors", "Holdings",
    ]
    private static let forms = ["Pty Ltd", "Pty. Ltd.", "Limited", "Ltd", "LLC", "Inc.", "", "& Co", "Trust"]
    private static let places = [
        ("Parramatta", "NSW", "2150", "Australia"), ("Fitzroy", "VIC", "3065", "Australia"),
        ("Darwin", "NT", "0800", "Australia"), ("Ponsonby", "", "1011", "New Zealand"),
        ("Leeds", "", "LS1 4DY", "United Kingdom"), ("Austin", "TX", "78701", "United States"),
        ("Toronto", "ON", "M5V 2T6", "Canada"),
    ]
    private static let structures = ["Company", "Individual", "Trust", "Partnership", "Sole Trader"]
    private static let streets = ["Builder St", "George St", "Queen St", "Kauri Rd", "High St", "Main Ave"]

    private var random: SeededRandom

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// The next data row's cells.
    mutating func nextRow() -> [String] {
        let given = random.pick(Self.givenNames)
        let family = random.pick(Self.familyNames)
        let individual = random.chance(30)
        let business = "\(random.pick(Self.businessWords)) \(random.pick(Self.trades))"
        let form = random.pick(Self.forms)
        let client = individual ? "\(given) \(family)" : (form.isEmpty ? business : "\(business) \(form)")
        let domain = business.lowercased().filter { $0.isLetter && $0.isASCII } + ".example"
        let local = (given + "." + family).lowercased().filter { $0.isASCII && ($0.isLetter || $0 == ".") }
        let place = random.pick(Self.places)
        var notes = ""
        if random.chance(4) {
            notes = "Met at \"Expo \(2020 + Int(random.next() % 6))\", prefers email, not phone.\nFollow up in Q\(1 + random.next() % 4)"
        } else if random.chance(20) {
            notes = "Referred by \(random.pick(Self.givenNames)) \(random.pick(Self.familyNames))"
        }
        return [
            client, given, family, "\(local)@\(domain)", "02 \(random.digits(4)) \(random.digits(4))",
            "04\(random.digits(2)) \(random.digits(3)) \(random.digits(3))",
            "\(1 + random.next() % 200) \(random.pick(Self.streets))", place.0, place.1, place.2, place.3,
            "https://\(domain)", individual ? "Individual" : random.pick(Self.structures),
            random.chance(50) ? "imported" : "imported;priority", notes,
        ]
    }

    /// The seeded client CSV of `rows` data rows in `directory`, generated on first use.
    static func file(rows: Int, directory: String) -> String {
        mkdir(directory, 0o755)
        let path = "\(directory)/clients-\(rows).csv"
        if Measurement.fileSize(path) == 0 {
            let start = Measurement.now()
            var writer = FileWriter(path: path)
            var generator = ClientCSVGenerator(seed: 42)
            writer.write(csvLine(header))
            for _ in 0..<rows { writer.write(csvLine(generator.nextRow())) }
            writer.close()
            print("generated \(path) in \(format(Measurement.now() - start)) s")
        }
        return path
    }

    /// One row as CSV, quoted where needed.
    static func csvLine(_ cells: [String]) -> String {
        cells.map { cell in
            cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",") + "\r\n"
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
