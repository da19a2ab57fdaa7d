/// Decides from a header cell whether a column holds tax numbers (domain.md 5.1 rule 1).
///
/// The header is normalised to lower-case word tokens: a leading `*` (Xero's mandatory marker) and
/// punctuation are dropped, camel case is split (`PrimaryTaxIdentifier` → `primary tax identifier`,
/// `IRDNumber` → `ird number`), `#` reads as `no`, and single letters in a row are joined
/// (`T.F.N.` → `tfn`). Matching is on whole tokens, so `Business`, `Singapore`, `Cousin`, `Since`
/// and `Basin St` never match `sin`.
///
/// Secret tokens win over public ones: `TFN / ABN` is a tax column.
public struct TaxColumnClassifier: Sendable {
    /// What to do with a header that reads exactly `TaxNumber` (or `Tax Number`).
    public enum TaxNumberPolicy: Sendable, Hashable {
        /// Drop the column (default; right for XPM, where `TaxNumber` is a TFN/IRD/SSN, and for Xero
        /// organisations in NZ, the US or an unknown country).
        case drop
        /// Keep values that validate as an ABN and drop the rest. Only for Xero contact exports from an
        /// Australian organisation, whose `TaxNumber` is the ABN.
        case keepValidABN
    }

    public var taxNumberPolicy: TaxNumberPolicy

    public init(taxNumberPolicy: TaxNumberPolicy = .drop) {
        self.taxNumberPolicy = taxNumberPolicy
    }

    /// The class of the column headed `header`.
    public func classify(_ header: String) -> TaxColumnClassification {
        let tokens = Self.tokens(of: header)
        guard !tokens.isEmpty else { return .ordinary }
        if Self.containsSecret(tokens) {
            if taxNumberPolicy == .keepValidABN, tokens == ["tax", "number"] || tokens == ["taxnumber"] {
                return .taxNumberKeepingValidABN
            }
            return .taxNumber
        }
        if let classification = Self.publicClassification(tokens) { return classification }
        return .ordinary
    }

    /// Whether the column headed `header` is dropped as a whole.
    public func isTaxColumn(_ header: String) -> Bool {
        classify(header).dropsColumn
    }

    // MARK: - Matching

    /// Tokens that on their own name a secret identifier (or a compound header written without case or spaces).
    static let secretWords: Set<String> = [
        "tfn", "tfns", "ird", "irds", "utr", "utrs", "ni", "nino", "ninos", "ssn", "ssns", "sin", "sins",
        "itin", "atin", "ein", "tin", "taxid", "taxids", "taxno", "taxnumber", "taxnumbers", "taxnumbertype",
        "taxfilenumber", "taxfileno", "taxidentifier", "taxidnumber", "taxidentificationnumber",
        "taxregno", "taxregistrationnumber", "taxref", "taxreference", "primarytaxidentifier",
        "secondarytaxidentifier", "socialsecurity", "socialsecuritynumber", "socialsecurityno",
        "socialinsurance", "socialinsurancenumber", "nationalinsurance", "nationalinsurancenumber",
        "nationalinsuranceno", "irdnumber", "irdno", "ninumber", "nino", "ninonumber", "tfnnumber", "ssnnumber",
        "sinnumber", "utrnumber", "uniquetaxpayerreference", "taxpayerid", "taxpayernumber", "gstnumber", "gstno",
        "employeridentificationnumber", "einnumber", "itinnumber",
    ]

    /// Words that make a secret identifier when followed by one of the given words.
    static let secretPairs: [String: Set<String>] = [
        "tax": [
            "id", "ids", "identifier", "identification", "number", "numbers", "no", "num", "nbr", "nr", "ref",
            "reference", "reg", "registration", "file",
        ],
        "gst": ["number", "no", "num", "nbr", "nr", "id", "reg", "registration"],  // NZ: the IRD number
        "unique": ["taxpayer"],
        "taxpayer": ["id", "identifier", "identification", "number", "no", "ref", "reference"],
        "national": ["insurance"],
        "social": ["security", "insurance"],
        "employer": ["identification"],
    ]

    static let publicWords: [String: TaxIdentifierKind] = [
        "abn": .auABN, "abns": .auABN, "acn": .auACN, "arbn": .auACN, "nzbn": .nzNZBN, "bn": .caBN,
        "vat": .ukVAT, "vatnumber": .ukVAT, "vatno": .ukVAT, "vatreg": .ukVAT, "businessnumber": .auABN,
        "abnnumber": .auABN, "acnnumber": .auACN, "nzbnnumber": .nzNZBN,
    ]

    /// Company registration numbers: public, but with no checkable kind.
    static let companyNumberWords: Set<String> = ["companynumber", "companyno", "crn"]

    static let numberWords: Set<String> = ["number", "no", "num", "nbr", "nr", "reg", "registration", "id"]

    static func containsSecret(_ tokens: [String]) -> Bool {
        for (index, token) in tokens.enumerated() {
            if secretWords.contains(token) { return true }
            if index + 1 < tokens.count, let followers = secretPairs[token], followers.contains(tokens[index + 1]) {
                return true
            }
        }
        return false
    }

    static func publicClassification(_ tokens: [String]) -> TaxColumnClassification? {
        for (index, token) in tokens.enumerated() {
            if let kind = publicWords[token] { return .publicIdentifier(kind) }
            if companyNumberWords.contains(token) { return .publicIdentifier(nil) }
            guard index + 1 < tokens.count, numberWords.contains(tokens[index + 1]) else { continue }
            switch token {
            case "company": return .publicIdentifier(nil)
            case "business": return .publicIdentifier(.auABN)  // XPM BusinessNumber is the ABN
            case "hst": return .publicIdentifier(.caBN)  // CA "GST/HST Number"
            default: continue
            }
        }
        return nil
    }

    // MARK: - Normalisation

    /// The lower-case word tokens of `header` (see the type's documentation).
    static func tokens(of header: String) -> [String] {
        var raw: [String] = []
        var current = ""
        var previous: Character? = nil
        func flush() {
            if !current.isEmpty { raw.append(current.lowercased()) }
            current = ""
        }
        let characters = Array(header.drop { $0 == "*" || $0.isWhitespace })
        for (index, character) in characters.enumerated() {
            if character == "#" {
                flush()
                raw.append("no")
                previous = nil
                continue
            }
            guard character.isLetter || character.isNumber else {
                flush()
                previous = nil
                continue
            }
            if let before = previous {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let camelBoundary = before.isLowercase && character.isUppercase
                let acronymEnd = before.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                let digitBoundary = before.isNumber != character.isNumber
                if camelBoundary || acronymEnd || digitBoundary { flush() }
            }
            current.append(character)
            previous = character
        }
        flush()
        // Join runs of single letters: "T.F.N." -> "tfn", "N I Number" -> "ni number".
        var tokens: [String] = []
        var letters = ""
        for token in raw {
            if token.count == 1, token.first!.isLetter {
                letters += token
                continue
            }
            if !letters.isEmpty { tokens.append(letters) }
            letters = ""
            tokens.append(token)
        }
        if !letters.isEmpty { tokens.append(letters) }
        return tokens
    }
}
