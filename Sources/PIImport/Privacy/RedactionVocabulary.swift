/// The words the redactor recognises around numbers: tax labels, public-number labels and the
/// filler words allowed between a label and its number (domain.md 5.1 rule 2).
///
/// Words are compared as a packed key of their lower-cased ASCII letters (5 bits each, first 12
/// letters, plus a flag for longer words), so looking one up never allocates.
enum RedactionVocabulary {
    /// A label that protects a public register number when the value validates as that kind.
    enum PublicLabel: Sendable, Hashable {
        case abn, acn, nzbn, bn, business, vat, company
    }

    /// A word that names an identifier only together with the next word (`tax` + `file`).
    enum Prefix: Sendable, Hashable {
        case tax, national, social, unique, taxpayer, employer, company, business
    }

    enum Role: Sendable, Hashable {
        case secretLabel
        case publicLabel(PublicLabel)
        case prefix(Prefix)
        /// Allowed between a label and its number: `no`, `number`, `is`, `and`…
        case connector
    }

    static let maximumLetters = 12

    /// Folds one more ASCII letter (any case) into a word key.
    @inline(__always)
    static func extend(_ key: UInt64, letterCount: Int, with byte: UInt8) -> UInt64 {
        guard letterCount < maximumLetters else { return key | (1 << 63) }
        return (key << 5) | UInt64((byte | 0x20) &- 0x60)
    }

    static func key(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        for (index, byte) in word.utf8.enumerated() { key = extend(key, letterCount: index, with: byte) }
        return key
    }

    private static func table(_ entries: [(String, Role)]) -> [UInt64: Role] {
        var result: [UInt64: Role] = [:]
        for (word, role) in entries { result[key(word)] = role }
        return result
    }

    static let roles: [UInt64: Role] = table(
        [
            "tfn", "tfns", "ird", "irds", "ssn", "ssns", "sin", "utr", "utrs", "ni", "nino", "ninos", "ein", "itin",
            "atin", "tin", "gst", "taxid", "taxno", "taxnumber", "taxfilenumber", "irdno",
        ].map { ($0, .secretLabel) }
            + [
                ("abn", .publicLabel(.abn)), ("acn", .publicLabel(.acn)), ("arbn", .publicLabel(.acn)),
                ("nzbn", .publicLabel(.nzbn)), ("bn", .publicLabel(.bn)), ("hst", .publicLabel(.bn)),
                ("vat", .publicLabel(.vat)), ("crn", .publicLabel(.company)),
                ("tax", .prefix(.tax)), ("national", .prefix(.national)), ("social", .prefix(.social)),
                ("unique", .prefix(.unique)), ("taxpayer", .prefix(.taxpayer)), ("employer", .prefix(.employer)),
                ("company", .prefix(.company)), ("business", .prefix(.business)),
            ]
            + [
                "no", "nos", "number", "numbers", "num", "nbr", "nr", "is", "was", "id", "ref", "reference", "and",
                "or", "gb", "nz", "of", "s",
            ].map { ($0, .connector) }
    )

    private static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map(key)) }

    static let numberWords = keys(["number", "numbers", "no", "num", "nbr", "nr", "reg", "registration"])
    static let taxFollowers = keys(
        ["id", "ids", "identifier", "identification", "number", "numbers", "no", "num", "nbr", "nr", "ref",
         "reference", "file", "reg", "registration"])
    static let taxpayerFollowers = keys(
        ["id", "identifier", "identification", "number", "no", "ref", "reference"])
    static let insuranceFollowers = keys(["insurance"])
    static let socialFollowers = keys(["security", "insurance"])
    static let uniqueFollowers = keys(["taxpayer"])
    static let employerFollowers = keys(["identification"])

    /// The role of `prefix` followed by the word `key`, if the pair names an identifier.
    static func role(of prefix: Prefix, followedBy key: UInt64) -> Role? {
        switch prefix {
        case .tax: taxFollowers.contains(key) ? .secretLabel : nil
        case .national: insuranceFollowers.contains(key) ? .secretLabel : nil
        case .social: socialFollowers.contains(key) ? .secretLabel : nil
        case .unique: uniqueFollowers.contains(key) ? .secretLabel : nil
        case .taxpayer: taxpayerFollowers.contains(key) ? .secretLabel : nil
        case .employer: employerFollowers.contains(key) ? .secretLabel : nil
        case .company: numberWords.contains(key) ? .publicLabel(.company) : nil
        case .business: numberWords.contains(key) ? .publicLabel(.business) : nil
        }
    }
}
