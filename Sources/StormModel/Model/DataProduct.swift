import StormSource

/// A data product: data a domain serves to others, with an owner, ports and service-level objectives.
public struct DataProduct: Sendable, Hashable {
    public var name: String
    public var doc: String
    /// The owning team: declared in the product, or else the owner of its context.
    public var owner: String?
    public var inputPorts: [Port]
    public var outputPorts: [Port]
    /// Objectives declared for the whole product (ports inherit them).
    public var freshness: TimeSpan?
    public var availability: Availability?
    public var range: SourceRange
    public init(name: String, doc: String, owner: String?, inputPorts: [Port], outputPorts: [Port], freshness: TimeSpan?, availability: Availability?, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.owner = owner
        self.inputPorts = inputPorts
        self.outputPorts = outputPorts
        self.freshness = freshness
        self.availability = availability
        self.range = range
    }
}

/// An input port (events consumed) or an output port (events published) of a data product.
public struct Port: Sendable, Hashable {
    public var name: String
    public var doc: String
    public var events: [SymbolReference]
    /// The port's own freshness objective, or else the product's.
    public var freshness: TimeSpan?
    /// The port's own availability objective, or else the product's.
    public var availability: Availability?
    public var range: SourceRange
    public init(name: String, doc: String, events: [SymbolReference], freshness: TimeSpan?, availability: Availability?, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.events = events
        self.freshness = freshness
        self.availability = availability
        self.range = range
    }
}

/// An availability objective, as a percentage written in the model (`99.9`).
public struct Availability: Sendable, Hashable {
    /// The percentage as written, without `%`.
    public var percent: String
    public init(percent: String) { self.percent = percent }
    /// The percentage as a number.
    public var value: Double { Double(percent) ?? 0 }
}
