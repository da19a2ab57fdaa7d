/// What to do with one incoming client, and why.
public struct MatchDecision: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable, Codable {
        /// The client exists in the practice manager (XPM): write it with the reference's exact name (state
        /// LEAD) so Ignition's exact-name mapping links it; no new client.
        case link
        /// The client is already in the store (Practice Ignition): update that client, under its stored id
        /// and name, rather than create another.
        case update
        /// The client is only in the ledger: create it in Ignition with the ledger's exact name and an
        /// app-client link to the ledger contact (Ignition then invoices the existing contact).
        case linkLedger = "link-ledger"
        /// No reference matches: create it as given.
        case create
        /// A reference may be the same client: a person should decide. Written as given (a create) unless
        /// the caller holds it back.
        case review
        /// The same client as an earlier row of this import: merge its contacts into that row's client.
        case merge
    }

    public var action: Action
    /// The name to write: the reference's exact name for `link` and `link-ledger`, else the incoming one.
    public var name: String
    /// `LEAD` when the client is linked to XPM; nil to leave the record's state alone.
    public var state: ClientRecord.State?
    /// The reference linked to or updated, the most likely one for `review`, or the earlier row for `merge`.
    public var target: MatchCandidate?
    /// The ledger contact of a client linked in XPM, when the ledger has it too; for `update`, the XPM
    /// client or ledger contact found for the stored client.
    public var ledger: MatchCandidate?
    /// The next best candidate, if any.
    public var runnerUp: MatchCandidate?
    /// Close candidates that did not match, best first (kept for `create`, and for the others too).
    public var nearMisses: [MatchCandidate]
    /// One sentence on why; names are the only values it quotes.
    public var reason: String
    /// How many references (XPM, ledger and earlier rows together) were scored for this decision.
    public var candidatesScored = 0

    public init(
        action: Action, name: String, state: ClientRecord.State? = nil, target: MatchCandidate? = nil,
        ledger: MatchCandidate? = nil, runnerUp: MatchCandidate? = nil, nearMisses: [MatchCandidate] = [],
        reason: String
    ) {
        self.action = action
        self.name = name
        self.state = state
        self.target = target
        self.ledger = ledger
        self.runnerUp = runnerUp
        self.nearMisses = nearMisses
        self.reason = reason
    }

    /// The report's action: `link-ledger` is reported as `create` with its match filled in.
    public var reportAction: ImportReport.Decision.Action {
        switch action {
        case .link: .link
        case .update: .update
        case .linkLedger, .create: .create
        case .review: .review
        case .merge: .merge
        }
    }

    /// The report's match: the target for link, link-ledger, review and merge; the nearest miss for create.
    public var reportMatch: ImportReport.Match? {
        (target ?? (action == .create ? nearMisses.first : nil))?.reportMatch
    }

    /// The app-client links the written record should carry.
    public var appClients: [AppClient] {
        guard action == .link || action == .linkLedger || action == .update else { return [] }
        var links: [AppClient] = []
        for candidate in [target, ledger].compactMap({ $0 }) {
            guard let app = candidate.app else { continue }
            let link = AppClient(app: app, externalId: candidate.id ?? candidate.name, name: candidate.name)
            if !links.contains(link) { links.append(link) }
        }
        return links
    }

    /// Applies a `link`, `link-ledger` or `update` decision to the record to write: the reference's exact
    /// name, the state, the app-client links, and for `update` the stored client's id. Other actions leave
    /// it unchanged (`merge` is the caller's job).
    public func apply(to record: inout ClientRecord) {
        guard action == .link || action == .linkLedger || action == .update else { return }
        if action == .update { record.id = target?.id }
        record.name = name
        if let state { record.state = state }
        for link in appClients where !record.appClients.contains(link) { record.appClients.append(link) }
    }
}
