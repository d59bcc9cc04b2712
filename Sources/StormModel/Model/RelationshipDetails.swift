/// What a context map says of itself: `type system landscape`, `state to be` (Context Mapper's
/// `type = SYSTEM_LANDSCAPE`, `state = TO_BE`).
public enum ContextMapType: String, Sendable, Hashable, CaseIterable, Codable {
    /// The systems of an organisation and how they integrate.
    case systemLandscape = "system landscape"
    /// The teams of an organisation and how they depend on each other.
    case organizational
}

/// Whether a context map shows the landscape as it is or as it is meant to become.
public enum ContextMapState: String, Sendable, Hashable, CaseIterable, Codable {
    case asIs = "as is"
    case toBe = "to be"
}

/// How much a downstream can influence its upstream (Context Mapper's downstream rights).
public enum DownstreamRights: String, Sendable, Hashable, CaseIterable, Codable {
    case influencer
    case opinionLeader = "opinion leader"
    case vetoRight = "veto right"
    case decisionMaker = "decision maker"
    case monopolist
}

/// The details block of a relationship: `{ name "CustomerData" technology "REST over HTTP" exposes … }`.
public struct RelationshipDetails: Sendable, Hashable {
    /// The name of the integration.
    public var name: String?
    /// How it is implemented (`REST over HTTP`, `Kafka`).
    public var technology: String?
    /// The declarations of the upstream (or, for a symmetric relationship, of either side) it exposes.
    public var exposes: [SymbolReference]
    public var downstreamRights: DownstreamRights?

    public init(name: String? = nil, technology: String? = nil, exposes: [SymbolReference] = [], downstreamRights: DownstreamRights? = nil) {
        self.name = name
        self.technology = technology
        self.exposes = exposes
        self.downstreamRights = downstreamRights
    }

    /// Whether the block says anything.
    public var isEmpty: Bool { name == nil && technology == nil && exposes.isEmpty && downstreamRights == nil }
}
