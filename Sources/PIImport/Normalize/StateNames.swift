/// Recognises Australian states and territories, US states (with DC and the inhabited territories) and
/// Canadian provinces and territories, by abbreviation or name, ignoring case, dots and spacing
/// (`New South Wales`, `nsw`, `N.S.W.` → `NSW`; `Québec`, `PQ` → `QC`).
///
/// ``normalize(_:country:)`` keeps the user's form (cleaned of stray white space), since both
/// `NSW` and `New South Wales` are fine in an address; ``lookup(_:country:)`` exposes the canonical
/// abbreviation for matching and validation.
///
/// Without a country an abbreviation can be ambiguous (`WA` is Western Australia and Washington,
/// `NT` the Northern Territory and the Northwest Territories): such a lookup returns `nil`.
public enum StateNames {
    /// The state a text names in the country (alpha-2 code or country name; `nil` searches all three
    /// countries and answers only when the match is unique).
    public static func lookup(_ text: String, country: String?) -> StateName? {
        let key = CountryNames.lookupKey(text)
        guard let matches = table.byKey[key] else { return nil }
        guard let code = CountryNames.alpha2(country) else {
            return matches.count == 1 ? table.states[matches[0]] : nil
        }
        return matches.lazy.map { table.states[$0] }.first { $0.country == code }
    }

    /// The canonical abbreviation (`New South Wales` → `NSW`), or `nil`.
    public static func abbreviation(for text: String, country: String?) -> String? {
        lookup(text, country: country)?.abbreviation
    }

    /// The value as the user wrote it, cleaned; a `state-unknown` warning when the country is Australia,
    /// the United States or Canada and the value is none of its states.
    public static func normalize(_ text: String, country: String?) -> Normalized<String> {
        let cleaned = TextCleaner.clean(text)
        if cleaned.value.isEmpty { return cleaned }
        guard let code = CountryNames.alpha2(country), code == "AU" || code == "US" || code == "CA" else {
            return cleaned
        }
        if lookup(cleaned.value, country: code) != nil { return cleaned }
        return Normalized(cleaned.value, notes: cleaned.notes + [.stateUnknown])
    }

    /// Every state known, Australia first, then the United States, then Canada.
    public static var all: [StateName] { table.states }

    // MARK: - Table

    struct Table: Sendable {
        var states: [StateName] = []
        var byKey: [String: [Int]] = [:]
    }

    static let table: Table = {
        var table = Table()
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: "|").map { String($0) }
            guard fields.count >= 3 else { continue }
            let index = table.states.count
            table.states.append(StateName(abbreviation: fields[1], name: fields[2], country: fields[0]))
            for field in fields.dropFirst() {
                let key = CountryNames.lookupKey(field)
                if table.byKey[key]?.contains(index) != true { table.byKey[key, default: []].append(index) }
            }
        }
        return table
    }()

    /// `country|abbreviation|name|variants…`.
    private static let data = """
        AU|ACT|Australian Capital Territory
        AU|NSW|New South Wales
        AU|NT|Northern Territory
        AU|QLD|Queensland
        AU|SA|South Australia
        AU|TAS|Tasmania
        AU|VIC|Victoria
        AU|WA|Western Australia
        US|AL|Alabama
        US|AK|Alaska
        US|AZ|Arizona
        US|AR|Arkansas
        US|CA|California|Calif
        US|CO|Colorado
        US|CT|Connecticut
        US|DE|Delaware
        US|DC|District of Columbia|Washington DC|Washington D.C.
        US|FL|Florida
        US|GA|Georgia
        US|HI|Hawaii
        US|ID|Idaho
        US|IL|Illinois
        US|IN|Indiana
        US|IA|Iowa
        US|KS|Kansas
        US|KY|Kentucky
        US|LA|Louisiana
        US|ME|Maine
        US|MD|Maryland
        US|MA|Massachusetts
        US|MI|Michigan
        US|MN|Minnesota
        US|MS|Mississippi
        US|MO|Missouri
        US|MT|Montana
        US|NE|Nebraska
        US|NV|Nevada
        US|NH|New Hampshire
        US|NJ|New Jersey
        US|NM|New Mexico
        US|NY|New York
        US|NC|North Carolina
        US|ND|North Dakota
        US|OH|Ohio
        US|OK|Oklahoma
        US|OR|Oregon
        US|PA|Pennsylvania
        US|RI|Rhode Island
        US|SC|South Carolina
        US|SD|South Dakota
        US|TN|Tennessee
        US|TX|Texas
        US|UT|Utah
        US|VT|Vermont
        US|VA|Virginia
        US|WA|Washington
        US|WV|West Virginia
        US|WI|Wisconsin
        US|WY|Wyoming
        US|AS|American Samoa
        US|GU|Guam
        US|MP|Northern Mariana Islands
        US|PR|Puerto Rico
        US|VI|U.S. Virgin Islands|Virgin Islands
        CA|AB|Alberta
        CA|BC|British Columbia
        CA|MB|Manitoba
        CA|NB|New Brunswick
        CA|NL|Newfoundland and Labrador|Newfoundland
        CA|NS|Nova Scotia
        CA|NT|Northwest Territories
        CA|NU|Nunavut
        CA|ON|Ontario
        CA|PE|Prince Edward Island|PEI
        CA|QC|Quebec|PQ
        CA|SK|Saskatchewan
        CA|YT|Yukon|Yukon Territory
        """
}

extension NormalizationNote {
    static let stateUnknown = Self(.stateUnknown, .warning, "state kept as given: not a state or territory of its country")
}
