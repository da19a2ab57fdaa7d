/// The match keys of one client name: what ``MatchKey/keys(for:)`` returns, the same way for
/// incoming rows and for reference clients (domain.md 6.4).
///
/// Keys are for matching only; a written record keeps the source's exact name.
public struct MatchKeys: Sendable, Hashable {
    /// The key of the whole name. For a split name, its sides joined by their canonical marker
    /// (`ashfield holdings atf ashfield family trust`, `jane doe ta janes bakery`).
    public var key: String
    /// Keys whose equality means "likely the same client": the key of an unsplit name, or each side of
    /// an ATF / T/A split; plus `first last` for a name written `Last, First`.
    public var strong: [String]
    /// Keys for the review bucket, never for a link on their own: the sorted-token (person order) key,
    /// the plural / synonym folded key, and the initial-and-surname key of a person's name.
    public var weak: [String]
    /// The legal party of an ATF split (the trustee), which is a client of its own: a match on this key
    /// alone is not a match on the trust.
    public var trustee: String?
    /// Whether the name reads like a person's name (two or three plain words, no legal form, no trade
    /// word): two people with the same name are told apart by their contact details.
    public var isPersonLike: Bool
    /// Whether a legal form was stripped (the name is an incorporated body's).
    public var hadLegalForm: Bool

    public init(
        key: String, strong: [String], weak: [String], trustee: String? = nil, isPersonLike: Bool = false,
        hadLegalForm: Bool = false
    ) {
        self.key = key
        self.strong = strong
        self.weak = weak
        self.trustee = trustee
        self.isPersonLike = isPersonLike
        self.hadLegalForm = hadLegalForm
    }
}
