/// Why a candidate matched: the rule that fired, or a piece of corroborating evidence.
public enum MatchRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// The exact name (apart from surrounding white space): what Ignition links on itself.
    case exactName = "exact-name"
    /// Equal strong match keys.
    case strongKey = "strong-key"
    /// Equal weak keys (person order, plurals, synonyms, initials).
    case weakKey = "weak-key"
    /// Similar names (Jaro-Winkler and weighted token overlap).
    case fuzzy
    case email
    case phone
    case companyNumber = "company-number"
    case postcode

    /// Higher wins when two candidates reach the same verdict.
    var rank: Int {
        switch self {
        case .exactName: 7
        case .strongKey: 6
        case .companyNumber: 5
        case .weakKey: 4
        case .fuzzy: 3
        case .email: 2
        case .phone: 1
        case .postcode: 0
        }
    }
}
