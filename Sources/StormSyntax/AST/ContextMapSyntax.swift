import StormSource

/// `context map Name { relationships }`
public struct ContextMapSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var relationships: [RelationshipSyntax]
    public var closingComments: [String]
    /// `type …` and `state …` at the head of the map, in source order.
    public var settings: [ContextMapSettingSyntax]
    /// Relationships between teams (`team A [U] -> [D] team B`), in source order.
    public var teamRelationships: [TeamRelationshipSyntax] = []
    public init(info: DeclarationInfo, name: Name, relationships: [RelationshipSyntax], closingComments: [String] = [],
                settings: [ContextMapSettingSyntax] = []) {
        self.info = info
        self.name = name
        self.relationships = relationships
        self.closingComments = closingComments
        self.settings = settings
    }
}

/// One relationship between two contexts, in Context Mapper's notation
/// (`Trips [U, OHS, PL] -> [D, ACL] Scoring`, `A [P] <-> [P] B`, `A [SK] <-> [SK] B`)
/// or in words (`A partnership B`, `A shared kernel B`, `A separate ways B`).
public struct RelationshipSyntax: Sendable, Hashable {
    /// How the two sides are joined.
    public enum Connector: String, Sendable, Hashable {
        /// `->`: the left context is upstream.
        case rightArrow = "->"
        /// `<-`: the right context is upstream.
        case leftArrow = "<-"
        /// `<->`: symmetric (partnership or shared kernel).
        case bidirectional = "<->"
        /// `partnership` in words.
        case partnership = "partnership"
        /// `shared kernel` in words.
        case sharedKernel = "shared kernel"
        /// `separate ways` in words.
        case separateWays = "separate ways"
    }

    public var info: DeclarationInfo
    public var left: Name
    /// The roles in brackets on the left (`U`, `OHS`, …), as written; the checker validates them.
    public var leftRoles: [Name]
    public var connector: Connector
    public var connectorRange: SourceRange
    public var rightRoles: [Name]
    public var right: Name
    /// The block after the relationship (`{ name "…" technology "…" exposes … }`), when written.
    public var details: RelationshipDetailsSyntax?
    public init(info: DeclarationInfo, left: Name, leftRoles: [Name], connector: Connector, connectorRange: SourceRange, rightRoles: [Name], right: Name) {
        self.info = info
        self.left = left
        self.leftRoles = leftRoles
        self.connector = connector
        self.connectorRange = connectorRange
        self.rightRoles = rightRoles
        self.right = right
    }
}
