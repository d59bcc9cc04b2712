/// What a data product promises: who owns it, what it consumes and publishes, how fresh and how available.
///
/// Generated code gives every data product of the model a `descriptor` of this type, so a service can
/// publish its contract (for a catalogue, a health check or a test) from the same source as its code.
public struct DataProductDescriptor: Hashable, Sendable, Codable {
    /// `<domain>.<context>.<Product>`, domain and context in lower case (`motorinsurance.scoring.TripFeed`).
    public var id: String
    /// The product's name in the model.
    public var name: String
    /// The business domain it belongs to.
    public var domain: String
    /// The bounded context that serves it.
    public var context: String
    /// The owning team, if known.
    public var owner: String?
    /// The model's documentation of the product.
    public var summary: String
    /// The ports that consume events.
    public var inputPorts: [PortDescriptor]
    /// The ports that publish events.
    public var outputPorts: [PortDescriptor]
    /// The objectives of the product as a whole.
    public var objectives: ServiceLevelObjectives

    /// Creates a descriptor.
    public init(id: String, name: String, domain: String, context: String, owner: String?, summary: String,
                inputPorts: [PortDescriptor], outputPorts: [PortDescriptor], objectives: ServiceLevelObjectives) {
        self.id = id
        self.name = name
        self.domain = domain
        self.context = context
        self.owner = owner
        self.summary = summary
        self.inputPorts = inputPorts
        self.outputPorts = outputPorts
        self.objectives = objectives
    }
}

/// One input or output port of a data product.
public struct PortDescriptor: Hashable, Sendable, Codable {
    /// The port's name in the model.
    public var name: String
    /// The CloudEvents `type` of every event the port consumes or publishes.
    public var eventTypes: [String]
    /// The port's objectives: its own, or else the product's.
    public var objectives: ServiceLevelObjectives

    /// Creates a port descriptor.
    public init(name: String, eventTypes: [String], objectives: ServiceLevelObjectives) {
        self.name = name
        self.eventTypes = eventTypes
        self.objectives = objectives
    }
}

/// Service-level objectives of a data product or one of its ports.
public struct ServiceLevelObjectives: Hashable, Sendable, Codable {
    /// The longest acceptable delay between an event happening and its being served.
    public var freshness: ISODuration?
    /// The share of time the product or port is to be available, in percent (`99.9`).
    public var availabilityPercent: Double?

    /// Creates objectives; nil means none was declared.
    public init(freshness: ISODuration? = nil, availabilityPercent: Double? = nil) {
        self.freshness = freshness
        self.availabilityPercent = availabilityPercent
    }
}
