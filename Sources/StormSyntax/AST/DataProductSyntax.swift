import StormSource

/// `data product Name { owner, ports, objectives }`
public struct DataProductSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var members: [DataProductMemberSyntax]
    public var closingComments: [String]
    public init(info: DeclarationInfo, name: Name, members: [DataProductMemberSyntax], closingComments: [String] = []) {
        self.info = info
        self.name = name
        self.members = members
        self.closingComments = closingComments
    }
}

/// Something declared inside a data product.
public enum DataProductMemberSyntax: Sendable, Hashable {
    /// `owner Team`
    case owner(Name, info: DeclarationInfo)
    /// `input port name consumes Context.Event, …`
    case inputPort(PortSyntax)
    /// `output port name publishes Event, … { objectives }`
    case outputPort(PortSyntax)
    /// `freshness 5 minutes` or `availability 99.9%`, for the whole product.
    case objective(ObjectiveSyntax)

    public var info: DeclarationInfo {
        switch self {
        case .owner(_, let info): info
        case .inputPort(let p), .outputPort(let p): p.info
        case .objective(let o): o.info
        }
    }
}

/// An input or output port: the events it consumes or publishes, and (output ports) its own objectives.
public struct PortSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var events: [QualifiedName]
    public var objectives: [ObjectiveSyntax]
    public var closingComments: [String]
    public init(info: DeclarationInfo, name: Name, events: [QualifiedName], objectives: [ObjectiveSyntax], closingComments: [String] = []) {
        self.info = info
        self.name = name
        self.events = events
        self.objectives = objectives
        self.closingComments = closingComments
    }
}

/// A service-level objective.
public struct ObjectiveSyntax: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `freshness 5 minutes`: data is at most this old.
        case freshness(amount: Int, unit: TimeUnit)
        /// `availability 99.9%`, the percentage as written.
        case availability(percent: String)
    }
    public var info: DeclarationInfo
    public var kind: Kind
    public init(info: DeclarationInfo, kind: Kind) {
        self.info = info
        self.kind = kind
    }
}
