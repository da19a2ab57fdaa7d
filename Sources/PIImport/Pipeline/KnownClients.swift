/// The group keys of the clients grouped when a batch was started, as that batch's workers see them.
/// Groups only grow, so a row whose key is among them certainly joins a client grouped before it: on
/// a dry run its worker builds no record, only what taking the row reads
/// (``ClientRecordBuilder/Detail/identity``). What a run reports never depends on which keys are given.
struct KnownClients: Sendable {
    /// Which keys a run gives its batches: the groups' (`grouped`); `none` when records are kept (every
    /// record is built whole); tests also try `none` and `all` (no row's record built, and each built on
    /// the caller's thread when its client is new).
    enum Policy {
        case grouped, none, all
    }

    /// The groups' own table, shared rather than copied (the caller's next new client copies it).
    private let keys: [ClientGroups.Key: Int]
    private let claimsAll: Bool

    static let none = KnownClients(keys: [:], claimsAll: false)
    static let all = KnownClients(keys: [:], claimsAll: true)

    init(_ groups: ClientGroups) {
        self.init(keys: groups.slots, claimsAll: false)
    }

    private init(keys: [ClientGroups.Key: Int], claimsAll: Bool) {
        self.keys = keys
        self.claimsAll = claimsAll
    }

    var count: Int { keys.count }

    /// Whether the client with `key` is among them, and its slot in the groups when that is known (a
    /// test's `all` knows no slots).
    func find(_ key: ClientGroups.Key) -> (isKnown: Bool, slot: Int?) {
        let slot = keys[key]
        return (claimsAll || slot != nil, slot)
    }
}
