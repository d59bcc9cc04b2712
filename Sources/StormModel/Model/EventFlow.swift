/// Something in a context that consumes events.
public enum EventConsumer: Sendable, Hashable {
    case policy(String)
    case readModel(String)
    /// An input port of a data product: product name, port name.
    case inputPort(product: String, port: String)

    /// The consumer's name as shown to people (`ScoreEveryTrip`, `TripFeed.scores`).
    public var displayName: String {
        switch self {
        case .policy(let name), .readModel(let name): name
        case .inputPort(let product, let port): "\(product).\(port)"
        }
    }
}

/// One event consumed by one consumer of some context.
public struct EventFlow: Sendable, Hashable {
    public var event: SymbolReference
    /// The consuming context.
    public var consumer: String
    public var via: EventConsumer
    public init(event: SymbolReference, consumer: String, via: EventConsumer) {
        self.event = event
        self.consumer = consumer
        self.via = via
    }
    /// The producing context.
    public var producer: String { event.context }
    /// Whether the event crosses a context boundary.
    public var crossesBoundary: Bool { producer != consumer }
}

extension Model {
    /// Every consumption of an event, in context order then source order: policies, read models, input ports.
    public var flows: [EventFlow] {
        contexts.flatMap { context -> [EventFlow] in
            context.policies.flatMap { policy in
                policy.triggers.map { EventFlow(event: $0, consumer: context.name, via: .policy(policy.name)) }
            } + context.readModels.flatMap { readModel in
                readModel.sources.map { EventFlow(event: $0, consumer: context.name, via: .readModel(readModel.name)) }
            } + context.dataProducts.flatMap { product in
                product.inputPorts.flatMap { port in
                    port.events.map { EventFlow(event: $0, consumer: context.name, via: .inputPort(product: product.name, port: port.name)) }
                }
            }
        }
    }

    /// The flows that cross a context boundary.
    public var crossContextFlows: [EventFlow] { flows.filter(\.crossesBoundary) }
}
