import Foundation

/// Turns what people type in a country column into the English country name Ignition stores, and
/// gives the ISO 3166-1 alpha-2 code the phone and postcode normalizers take.
///
/// Recognised forms, all case-, accent-, dot- and spacing-insensitive: ISO alpha-2 (`AU`) and alpha-3
/// (`AUS`) codes, the English short name (`Australia`), the ISO long or formal form
/// (`Korea, Republic of`, `United Kingdom of Great Britain and Northern Ireland`), and common variants
/// and misspellings (`Aus`, `N.Z.`, `Aotearoa`, `U.K.`, `England`, `Scotland`, `U.S.A.`, `America`,
/// `Holland`, `Ivory Coast`, `Burma`, `Türkiye`, `St Lucia`). A leading `The` is ignored.
/// Unknown values are kept as given (cleaned of stray white space) with a `country-unknown` warning.
///
/// - Important: for **country** columns only. `CA` is Canada here, never California, and `GA` is
///   Gabon, not Georgia: a state column must go through ``StateNames`` instead.
///
/// - Complexity: one lookup by bytes (``ExactNameTable``) for a name or code as listed (`Australia`, the
///   common case); otherwise O(*n*) in the length of the text to build the lookup key, then one hash lookup.
public enum CountryNames {
    /// The country's English name, or the value kept as given with a `country-unknown` warning.
    public static func normalize(_ text: String) -> Normalized<String> {
        if let index = table.byExact.value(for: text) {
            return Normalized(table.countries[index].name)
        }
        let cleaned = TextCleaner.clean(text)
        if cleaned.value.isEmpty { return cleaned }
        if let country = lookup(cleaned.value) {
            return Normalized(country.name)
        }
        return Normalized(cleaned.value, notes: cleaned.notes + [.countryUnknown])
    }

    /// The country a code, name or variant stands for; `nil` when unknown.
    public static func lookup(_ text: String) -> Country? {
        if let index = table.byExact.value(for: text) { return table.countries[index] }
        let key = lookupKey(text)
        if key.isEmpty { return nil }
        return table.byKey[key].map { table.countries[$0] }
    }

    /// The ISO 3166-1 alpha-2 code of a country code, name or variant (`Australia` → `AU`,
    /// `England` → `GB`); `nil` when unknown.
    public static func code(for text: String) -> String? {
        if let index = table.byExact.value(for: text) { return table.countries[index].alpha2 }
        return lookup(text)?.alpha2
    }

    /// ``code(for:)`` for a name's UTF-8, found without making a string when it is one of the names
    /// the table holds exactly (most rows' countries).
    static func code(for text: UnsafeBufferPointer<UInt8>) -> String? {
        if let index = table.byExact.value(for: text) { return table.countries[index].alpha2 }
        return lookup(String(decoding: text, as: UTF8.self))?.alpha2
    }

    /// Whether `text` is exactly one of the names, codes or variants the table holds, which
    /// ``normalize(_:)`` turns into the country's name with nothing to note.
    static func isExactName(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        table.byExact.value(for: text) != nil
    }

    /// A caller's country argument as an upper-case alpha-2 code: two letters are taken as a code
    /// (`au` → `AU`, `UK` → `GB`), anything else is looked up (`Australia` → `AU`). `nil` when empty.
    static func alpha2(_ country: String?) -> String? {
        guard let packed = packedAlpha2(country) else { return nil }
        return String(unsafeUninitializedCapacity: 2) { buffer in
            buffer[0] = UInt8(truncatingIfNeeded: packed >> 8)
            buffer[1] = UInt8(truncatingIfNeeded: packed)
            return 2
        }
    }

    /// ``alpha2(_:)`` packed in two bytes (`AU` → 0x4155), so the normalizers can switch on it without
    /// making a string.
    static func packedAlpha2(_ country: String?) -> UInt16? {
        guard let country else { return nil }
        let packed = StringBytes.withBytes(country) { bytes -> UInt16? in
            guard bytes.count == 2 else { return nil }
            let first = bytes[0] & ~0x20
            let second = bytes[1] & ~0x20
            guard first &- 0x41 < 26, second &- 0x41 < 26 else { return nil }
            let packed = UInt16(first) << 8 | UInt16(second)
            return packed == CountryCode.uk ? CountryCode.gb : packed
        }
        if let packed { return packed }
        if country.isEmpty { return nil }
        guard let code = lookup(country)?.alpha2.utf8, code.count == 2 else { return nil }
        return UInt16(code.first!) << 8 | UInt16(code[code.index(after: code.startIndex)])
    }

    /// Every ISO 3166-1 country, in alpha-2 order.
    public static var all: [Country] { table.countries }

    // MARK: - Keys

    /// The text folded for lookup: lower-case ASCII letters and digits in words separated by one space,
    /// accents and width folded, dots and apostrophes dropped, `&` read as `and`, `st` as `saint`, and a
    /// leading `the` dropped. `U.S.A.` → `usa`; `Côte d’Ivoire` → `cote divoire`.
    static func lookupKey(_ text: String) -> String {
        var source = text
        if !StringBytes.isASCII(text) {
            source = text.folding(
                options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        }
        return source.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 4 + 8) { out in
                var count = 0
                var wordStart = -1
                var words = 0  // words seen, a dropped leading `the` included
                func startWord() {
                    guard wordStart < 0 else { return }
                    if count > 0 {
                        out[count] = 0x20
                        count += 1
                    }
                    wordStart = count
                }
                func endWord() {
                    guard wordStart >= 0 else { return }
                    let word = UnsafeBufferPointer(rebasing: out[wordStart..<count])
                    if words == 0 && word.elementsEqual("the".utf8) {
                        count = wordStart
                    } else if word.elementsEqual("st".utf8) {
                        for byte in "saint".utf8 {
                            out[wordStart] = byte
                            wordStart += 1
                        }
                        count = wordStart
                    }
                    words += 1
                    wordStart = -1
                }
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    switch byte {
                    case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
                        startWord()
                        out[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                        count += 1
                    case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "`"):
                        continue
                    case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80
                        && (bytes[index + 1] == 0x98 || bytes[index + 1] == 0x99):
                        index += 2  // ‘ ’
                    case 0xCA where index < bytes.count && bytes[index] == 0xBC,  // ʼ
                        0xC2 where index < bytes.count && bytes[index] == 0xB4:  // ´
                        index += 1
                    case UInt8(ascii: "&"):
                        endWord()
                        startWord()
                        for letter in "and".utf8 {
                            out[count] = letter
                            count += 1
                        }
                        endWord()
                    default:
                        endWord()
                    }
                }
                endWord()
                if count > 0 && out[count - 1] == 0x20 { count -= 1 }
                return count
            }
        }
    }

    // MARK: - Table

    struct Table: Sendable {
        var countries: [Country] = []
        /// Names and upper-case codes exactly as written (the fast path).
        var byExact = ExactNameTable()
        /// Lookup keys of codes, names and variants.
        var byKey: [String: Int] = [:]
        /// Keys that more than one row claimed (a table error; tested to be empty).
        var conflicts: [String] = []
    }

    static let table: Table = {
        var table = Table()
        table.countries.reserveCapacity(249)
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: "|").map { String($0) }
            guard fields.count >= 3 else { continue }
            let index = table.countries.count
            table.countries.append(Country(alpha2: fields[0], alpha3: fields[1], name: fields[2]))
            for field in fields[0...2] { table.byExact.insert(field, index) }
            for field in fields {
                let key = lookupKey(field)
                if let existing = table.byKey[key], existing != index {
                    table.conflicts.append(key)
                } else {
                    table.byKey[key] = index
                }
            }
        }
        return table
    }()

    /// `alpha-2|alpha-3|name|variants…`, one country a line. Names are the common English short names.
    /// Variants that fold to a key already listed (accents, case, dots) are left out.
    private static let data = """
        AD|AND|Andorra
        AE|ARE|United Arab Emirates|UAE|Emirates
        AF|AFG|Afghanistan
        AG|ATG|Antigua and Barbuda|Antigua
        AI|AIA|Anguilla
        AL|ALB|Albania
        AM|ARM|Armenia
        AO|AGO|Angola
        AQ|ATA|Antarctica
        AR|ARG|Argentina
        AS|ASM|American Samoa
        AT|AUT|Austria|Österreich
        AU|AUS|Australia|Aust|Austrailia|Australlia|Austalia|Australila|Austraila|Commonwealth of Australia
        AW|ABW|Aruba
        AX|ALA|Åland Islands|Aland
        AZ|AZE|Azerbaijan
        BA|BIH|Bosnia and Herzegovina|Bosnia
        BB|BRB|Barbados
        BD|BGD|Bangladesh
        BE|BEL|Belgium
        BF|BFA|Burkina Faso
        BG|BGR|Bulgaria
        BH|BHR|Bahrain
        BI|BDI|Burundi
        BJ|BEN|Benin
        BL|BLM|Saint Barthélemy|St Barts
        BM|BMU|Bermuda
        BN|BRN|Brunei|Brunei Darussalam
        BO|BOL|Bolivia|Bolivia (Plurinational State of)|Plurinational State of Bolivia
        BQ|BES|Caribbean Netherlands|Bonaire, Sint Eustatius and Saba|Bonaire
        BR|BRA|Brazil|Brasil
        BS|BHS|Bahamas
        BT|BTN|Bhutan
        BV|BVT|Bouvet Island
        BW|BWA|Botswana
        BY|BLR|Belarus
        BZ|BLZ|Belize
        CA|CAN|Canada
        CC|CCK|Cocos (Keeling) Islands|Cocos Islands|Keeling Islands
        CD|COD|Democratic Republic of the Congo|Congo, Democratic Republic of the|Congo, The Democratic Republic of the|DR Congo|DRC|Congo (Kinshasa)|Congo-Kinshasa
        CF|CAF|Central African Republic
        CG|COG|Republic of the Congo|Congo|Congo, Republic of the|Congo (Brazzaville)|Congo-Brazzaville
        CH|CHE|Switzerland|Schweiz|Suisse
        CI|CIV|Côte d'Ivoire|Ivory Coast
        CK|COK|Cook Islands
        CL|CHL|Chile
        CM|CMR|Cameroon
        CN|CHN|China|People's Republic of China|PRC|Mainland China
        CO|COL|Colombia
        CR|CRI|Costa Rica
        CU|CUB|Cuba
        CV|CPV|Cape Verde|Cabo Verde
        CW|CUW|Curaçao
        CX|CXR|Christmas Island
        CY|CYP|Cyprus
        CZ|CZE|Czechia|Czech Republic
        DE|DEU|Germany|Deutschland
        DJ|DJI|Djibouti
        DK|DNK|Denmark
        DM|DMA|Dominica
        DO|DOM|Dominican Republic
        DZ|DZA|Algeria
        EC|ECU|Ecuador
        EE|EST|Estonia
        EG|EGY|Egypt
        EH|ESH|Western Sahara
        ER|ERI|Eritrea
        ES|ESP|Spain|España
        ET|ETH|Ethiopia
        FI|FIN|Finland
        FJ|FJI|Fiji
        FK|FLK|Falkland Islands|Falkland Islands (Malvinas)|Falklands
        FM|FSM|Micronesia|Micronesia (Federated States of)|Federated States of Micronesia
        FO|FRO|Faroe Islands|Faeroe Islands
        FR|FRA|France
        GA|GAB|Gabon
        GB|GBR|United Kingdom|UK|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|United Kingdom of Great Britain and Northern Ireland|United Kingdom (UK)|ENG|SCT|WLS|NIR
        GD|GRD|Grenada
        GE|GEO|Georgia
        GF|GUF|French Guiana
        GG|GGY|Guernsey
        GH|GHA|Ghana
        GI|GIB|Gibraltar
        GL|GRL|Greenland
        GM|GMB|Gambia
        GN|GIN|Guinea
        GP|GLP|Guadeloupe
        GQ|GNQ|Equatorial Guinea
        GR|GRC|Greece
        GS|SGS|South Georgia and the South Sandwich Islands|South Georgia
        GT|GTM|Guatemala
        GU|GUM|Guam
        GW|GNB|Guinea-Bissau
        GY|GUY|Guyana
        HK|HKG|Hong Kong|Hong Kong SAR|Hong Kong SAR China
        HM|HMD|Heard Island and McDonald Islands
        HN|HND|Honduras
        HR|HRV|Croatia|Hrvatska
        HT|HTI|Haiti
        HU|HUN|Hungary
        ID|IDN|Indonesia
        IE|IRL|Ireland|Republic of Ireland|Eire
        IL|ISR|Israel
        IM|IMN|Isle of Man
        IN|IND|India
        IO|IOT|British Indian Ocean Territory
        IQ|IRQ|Iraq
        IR|IRN|Iran|Iran, Islamic Republic of|Islamic Republic of Iran
        IS|ISL|Iceland
        IT|ITA|Italy|Italia
        JE|JEY|Jersey
        JM|JAM|Jamaica
        JO|JOR|Jordan
        JP|JPN|Japan
        KE|KEN|Kenya
        KG|KGZ|Kyrgyzstan
        KH|KHM|Cambodia
        KI|KIR|Kiribati
        KM|COM|Comoros
        KN|KNA|Saint Kitts and Nevis
        KP|PRK|North Korea|Korea, Democratic People's Republic of|Democratic People's Republic of Korea|DPRK
        KR|KOR|South Korea|Korea, Republic of|Republic of Korea|Korea
        KW|KWT|Kuwait
        KY|CYM|Cayman Islands
        KZ|KAZ|Kazakhstan
        LA|LAO|Laos|Lao People's Democratic Republic|Lao PDR
        LB|LBN|Lebanon
        LC|LCA|Saint Lucia
        LI|LIE|Liechtenstein
        LK|LKA|Sri Lanka
        LR|LBR|Liberia
        LS|LSO|Lesotho
        LT|LTU|Lithuania
        LU|LUX|Luxembourg
        LV|LVA|Latvia
        LY|LBY|Libya
        MA|MAR|Morocco
        MC|MCO|Monaco
        MD|MDA|Moldova|Moldova, Republic of|Republic of Moldova
        ME|MNE|Montenegro
        MF|MAF|Saint Martin|Saint Martin (French part)
        MG|MDG|Madagascar
        MH|MHL|Marshall Islands
        MK|MKD|North Macedonia|Macedonia|Republic of North Macedonia
        ML|MLI|Mali
        MM|MMR|Myanmar|Burma|Myanmar (Burma)
        MN|MNG|Mongolia
        MO|MAC|Macao|Macau|Macao SAR China
        MP|MNP|Northern Mariana Islands
        MQ|MTQ|Martinique
        MR|MRT|Mauritania
        MS|MSR|Montserrat
        MT|MLT|Malta
        MU|MUS|Mauritius
        MV|MDV|Maldives
        MW|MWI|Malawi
        MX|MEX|Mexico
        MY|MYS|Malaysia
        MZ|MOZ|Mozambique
        NA|NAM|Namibia
        NC|NCL|New Caledonia
        NE|NER|Niger
        NF|NFK|Norfolk Island
        NG|NGA|Nigeria
        NI|NIC|Nicaragua
        NL|NLD|Netherlands|Holland|Netherlands, Kingdom of the|Nederland
        NO|NOR|Norway
        NP|NPL|Nepal
        NR|NRU|Nauru
        NU|NIU|Niue
        NZ|NZL|New Zealand|Aotearoa|Aotearoa New Zealand|New Zealand Aotearoa|New Zeland|Newzealand|New Zealnd
        OM|OMN|Oman
        PA|PAN|Panama
        PE|PER|Peru
        PF|PYF|French Polynesia
        PG|PNG|Papua New Guinea
        PH|PHL|Philippines
        PK|PAK|Pakistan
        PL|POL|Poland
        PM|SPM|Saint Pierre and Miquelon
        PN|PCN|Pitcairn Islands|Pitcairn
        PR|PRI|Puerto Rico
        PS|PSE|Palestine|Palestine, State of|State of Palestine|Palestinian Territories
        PT|PRT|Portugal
        PW|PLW|Palau
        PY|PRY|Paraguay
        QA|QAT|Qatar
        RE|REU|Réunion
        RO|ROU|Romania
        RS|SRB|Serbia
        RU|RUS|Russia|Russian Federation
        RW|RWA|Rwanda
        SA|SAU|Saudi Arabia|KSA
        SB|SLB|Solomon Islands
        SC|SYC|Seychelles
        SD|SDN|Sudan
        SE|SWE|Sweden
        SG|SGP|Singapore
        SH|SHN|Saint Helena|Saint Helena, Ascension and Tristan da Cunha
        SI|SVN|Slovenia
        SJ|SJM|Svalbard and Jan Mayen
        SK|SVK|Slovakia
        SL|SLE|Sierra Leone
        SM|SMR|San Marino
        SN|SEN|Senegal
        SO|SOM|Somalia
        SR|SUR|Suriname
        SS|SSD|South Sudan
        ST|STP|São Tomé and Príncipe
        SV|SLV|El Salvador
        SX|SXM|Sint Maarten|Sint Maarten (Dutch part)
        SY|SYR|Syria|Syrian Arab Republic
        SZ|SWZ|Eswatini|Swaziland
        TC|TCA|Turks and Caicos Islands
        TD|TCD|Chad
        TF|ATF|French Southern Territories
        TG|TGO|Togo
        TH|THA|Thailand
        TJ|TJK|Tajikistan
        TK|TKL|Tokelau
        TL|TLS|Timor-Leste|East Timor
        TM|TKM|Turkmenistan
        TN|TUN|Tunisia
        TO|TON|Tonga
        TR|TUR|Turkey|Türkiye
        TT|TTO|Trinidad and Tobago
        TV|TUV|Tuvalu
        TW|TWN|Taiwan|Taiwan, Province of China
        TZ|TZA|Tanzania|Tanzania, United Republic of|United Republic of Tanzania
        UA|UKR|Ukraine
        UG|UGA|Uganda
        UM|UMI|United States Minor Outlying Islands
        US|USA|United States|United States of America|America|United States (USA)|Untied States|United State|Unites States
        UY|URY|Uruguay
        UZ|UZB|Uzbekistan
        VA|VAT|Vatican City|Holy See|Holy See (Vatican City State)|Vatican
        VC|VCT|Saint Vincent and the Grenadines
        VE|VEN|Venezuela|Venezuela (Bolivarian Republic of)
        VG|VGB|British Virgin Islands|Virgin Islands, British
        VI|VIR|U.S. Virgin Islands|Virgin Islands, U.S.
        VN|VNM|Vietnam|Viet Nam
        VU|VUT|Vanuatu
        WF|WLF|Wallis and Futuna
        WS|WSM|Samoa
        YE|YEM|Yemen
        YT|MYT|Mayotte
        ZA|ZAF|South Africa|RSA
        ZM|ZMB|Zambia
        ZW|ZWE|Zimbabwe
        """
}

extension NormalizationNote {
    static let countryUnknown = Self(.countryUnknown, .warning, "country kept as given: not a known country name or code")
}
