/// A state, territory or province: its postal abbreviation, English name and country.
public struct StateName: Sendable, Hashable, CustomStringConvertible {
    /// The abbreviation used in addresses (`NSW`, `CA`, `QC`).
    public let abbreviation: String
    /// The English name (`New South Wales`, `California`, `Quebec`).
    public let name: String
    /// The country's ISO 3166-1 alpha-2 code (`AU`, `US`, `CA`).
    public let country: String

    public var description: String { "\(name) (\(abbreviation), \(country))" }
}
