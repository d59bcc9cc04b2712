import StormSource

/// A context map: how bounded contexts relate.
public struct ContextMap: Sendable, Hashable {
    public var name: String
    public var doc: String
    public var relationships: [Relationship]
    public var range: SourceRange
    /// `type system landscape` or `type organizational`, when the map says.
    public var type: ContextMapType?
    /// `state as is` or `state to be`, when the map says.
    public var state: ContextMapState?
    /// Relationships between teams (`team A [U] -> [D] team B`), in source order.
    public var teamRelationships: [TeamRelationship] = []
    public init(name: String, doc: String, relationships: [Relationship], range: SourceRange) {
        self.name = name
        self.doc = doc
        self.relationships = relationships
        self.range = range
    }

    /// The contexts that appear in the map, in order of first appearance.
    public var contexts: [String] {
        var seen = Set<String>()
        return relationships.flatMap { [$0.first, $0.second] }.filter { seen.insert($0).inserted }
    }
}

/// A pattern on the upstream side of a relationship.
public enum UpstreamPattern: String, Sendable, Hashable, CaseIterable, Codable {
    /// `OHS`: a protocol offered to all downstreams.
    case openHostService = "OHS"
    /// `PL`: a well-documented shared language for the exchange.
    case publishedLanguage = "PL"
    /// `S`: the supplier in a customer/supplier relationship.
    case supplier = "S"
}

/// A pattern on the downstream side of a relationship.
public enum DownstreamPattern: String, Sendable, Hashable, CaseIterable, Codable {
    /// `ACL`: a translation layer that protects the downstream model.
    case anticorruptionLayer = "ACL"
    /// `CF`: the downstream adopts the upstream model as it is.
    case conformist = "CF"
    /// `C`: the customer in a customer/supplier relationship.
    case customer = "C"
}

/// One relationship of a context map.
public struct Relationship: Sendable, Hashable {
    /// The kind of relationship.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// `U -> D`: the downstream depends on the upstream (customer/supplier when marked `S`/`C`).
        case upstreamDownstream
        /// `[P] <-> [P]`: two teams succeed or fail together.
        case partnership
        /// `[SK] <-> [SK]`: a shared part of the model.
        case sharedKernel
        /// `separate ways`: no integration at all.
        case separateWays
    }

    public var kind: Kind
    /// The upstream context for `upstreamDownstream`; the left context otherwise.
    public var first: String
    /// The downstream context for `upstreamDownstream`; the right context otherwise.
    public var second: String
    /// Sorted in declaration order of the enum.
    public var upstreamPatterns: [UpstreamPattern]
    public var downstreamPatterns: [DownstreamPattern]
    /// Contexts this relationship marks as a big ball of mud (`BBoM`).
    public var bigBallOfMud: [String]
    public var doc: String
    public var range: SourceRange
    /// What the relationship's block says: its name, technology, what it exposes, the downstream's rights.
    public var details = RelationshipDetails()

    public init(kind: Kind, first: String, second: String, upstreamPatterns: [UpstreamPattern] = [],
                downstreamPatterns: [DownstreamPattern] = [], bigBallOfMud: [String] = [], doc: String = "", range: SourceRange) {
        self.kind = kind
        self.first = first
        self.second = second
        self.upstreamPatterns = upstreamPatterns
        self.downstreamPatterns = downstreamPatterns
        self.bigBallOfMud = bigBallOfMud
        self.doc = doc
        self.range = range
    }

    /// The upstream context, for upstream/downstream relationships.
    public var upstream: String? { kind == .upstreamDownstream ? first : nil }
    /// The downstream context, for upstream/downstream relationships.
    public var downstream: String? { kind == .upstreamDownstream ? second : nil }
    /// Whether the relationship is customer/supplier.
    public var isCustomerSupplier: Bool { upstreamPatterns.contains(.supplier) || downstreamPatterns.contains(.customer) }
    /// Whether the relationship involves the context.
    public func involves(_ context: String) -> Bool { first == context || second == context }
}
