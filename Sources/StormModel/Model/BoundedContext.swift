import StormSource

/// A bounded context: the boundary within which a model and its language are consistent.
public struct BoundedContext: Sendable, Hashable {
    public var name: String
    public var doc: String
    /// The subdomain the context implements, if declared.
    public var subdomain: SubdomainReference?
    /// The domain of the implemented subdomain; the model's name when the context implements none.
    public var domain: String
    /// The owning team's name.
    public var owner: String?
    public var vision: String?
    public var actors: [Actor]
    public var externalSystems: [ExternalSystem]
    public var identifiers: [IdentifierType]
    /// Value objects of the context, including those declared inside its aggregates.
    public var valueObjects: [ValueObject]
    /// Entities of the context, including those declared inside its aggregates.
    public var entities: [Entity]
    public var enumerations: [Enumeration]
    public var aggregates: [Aggregate]
    /// Commands of the context, including those declared inside its aggregates.
    public var commands: [Command]
    public var events: [Event]
    public var policies: [Policy]
    public var readModels: [ReadModel]
    /// Hotspots of the context, including those inside its aggregates.
    public var hotspots: [Hotspot]
    public var dataProducts: [DataProduct]
    public var range: SourceRange
    /// The ranges of the `extend context` blocks that add to the context, in source order (files sorted
    /// by path); empty for a context written in one block.
    public var extensions: [SourceRange] = []
    /// Whether the context is `external`: a system the organisation does not own (a payment provider, a
    /// government registry). It is drawn apart on the map, and the review asks nothing of its design.
    public var isExternal = false

    /// The files the context is written in: its own, then its extensions', each once.
    public var files: [FileID] {
        var files = [range.file]
        var seen: Set<FileID> = [range.file]
        for part in extensions where seen.insert(part.file).inserted { files.append(part.file) }
        return files
    }

    public init(name: String, doc: String = "", subdomain: SubdomainReference? = nil, domain: String, owner: String? = nil,
                vision: String? = nil, actors: [Actor] = [], externalSystems: [ExternalSystem] = [],
                identifiers: [IdentifierType] = [], valueObjects: [ValueObject] = [], entities: [Entity] = [],
                enumerations: [Enumeration] = [], aggregates: [Aggregate] = [], commands: [Command] = [],
                events: [Event] = [], policies: [Policy] = [], readModels: [ReadModel] = [], hotspots: [Hotspot] = [],
                dataProducts: [DataProduct] = [], range: SourceRange) {
        self.name = name
        self.doc = doc
        self.subdomain = subdomain
        self.domain = domain
        self.owner = owner
        self.vision = vision
        self.actors = actors
        self.externalSystems = externalSystems
        self.identifiers = identifiers
        self.valueObjects = valueObjects
        self.entities = entities
        self.enumerations = enumerations
        self.aggregates = aggregates
        self.commands = commands
        self.events = events
        self.policies = policies
        self.readModels = readModels
        self.hotspots = hotspots
        self.dataProducts = dataProducts
        self.range = range
    }

    /// A reference to a declaration of this context.
    public func reference(_ name: String) -> SymbolReference { SymbolReference(context: self.name, name: name) }

    public func event(named name: String) -> Event? { events.first { $0.name == name } }
    public func command(named name: String) -> Command? { commands.first { $0.name == name } }
    public func aggregate(named name: String) -> Aggregate? { aggregates.first { $0.name == name } }
    public func valueObject(named name: String) -> ValueObject? { valueObjects.first { $0.name == name } }
    public func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
    public func enumeration(named name: String) -> Enumeration? { enumerations.first { $0.name == name } }
    public func identifier(named name: String) -> IdentifierType? { identifiers.first { $0.name == name } }
}

/// A person or role that issues commands (a yellow sticky).
public struct Actor: Sendable, Hashable {
    public var name: String
    public var doc: String
    public var range: SourceRange
    public init(name: String, doc: String, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.range = range
    }
}

/// A system outside the model that issues commands (a pink sticky).
public struct ExternalSystem: Sendable, Hashable {
    public var name: String
    public var doc: String
    public var range: SourceRange
    public init(name: String, doc: String, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.range = range
    }
}

/// An open question on the wall (a pink sticky).
public struct Hotspot: Sendable, Hashable {
    public var text: String
    public var doc: String
    /// The aggregate it was written in, if any.
    public var aggregate: String?
    public var range: SourceRange
    public init(text: String, doc: String, aggregate: String?, range: SourceRange) {
        self.text = text
        self.doc = doc
        self.aggregate = aggregate
        self.range = range
    }
}
