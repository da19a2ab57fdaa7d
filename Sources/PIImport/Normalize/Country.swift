/// A country as ISO 3166-1 names it: the two- and three-letter codes, and the English name the
/// import writes (the common short name, e.g. `United Kingdom`, `United States`, `South Korea`).
public struct Country: Sendable, Hashable, CustomStringConvertible {
    /// ISO 3166-1 alpha-2, upper case (`AU`, `GB`).
    public let alpha2: String
    /// ISO 3166-1 alpha-3, upper case (`AUS`, `GBR`).
    public let alpha3: String
    /// The English name written to Ignition's `country` (`Australia`, `United Kingdom`).
    public let name: String

    public init(alpha2: String, alpha3: String, name: String) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.name = name
    }

    public var description: String { "\(name) (\(alpha2))" }
}
