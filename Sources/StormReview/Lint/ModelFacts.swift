import StormModel
import StormSource

/// Facts about a model that several rules and the report need, computed once.
public struct ModelFacts: Sendable {
    /// Every consumption of an event (``Model/flows``).
    public let flows: [EventFlow]
    /// Events that some policy, read model or input port consumes.
    public let consumed: Set<SymbolReference>
    /// Events that some output port publishes.
    public let published: Set<SymbolReference>
    /// Events that some command emits.
    public let emitted: Set<SymbolReference>
    /// The relationships by the contexts they connect, and the one each flow travels along.
    public let relationshipIndex: RelationshipIndex
    private let model: Model

    public init(_ model: Model) {
        self.model = model
        flows = model.flows
        relationshipIndex = RelationshipIndex(model.relationships)
        consumed = Set(flows.map(\.event))
        published = Set(model.contexts.flatMap { $0.dataProducts.flatMap { $0.outputPorts.flatMap(\.events) } })
        emitted = Set(model.contexts.flatMap { context in
            context.commands.flatMap(\.emits) + context.events.filter { !$0.emittedBy.isEmpty }.map { context.reference($0.name) }
        })
    }

    /// The relationships of the context map between two contexts, in either direction.
    public func relationships(between a: String, and b: String) -> [Relationship] {
        relationshipIndex.between(a, and: b)
    }

    /// The place where a consumer is declared in its context.
    public func range(of consumer: EventConsumer, in contextName: String) -> SourceRange? {
        guard let context = model.context(named: contextName) else { return nil }
        switch consumer {
        case .policy(let name): return context.policies.first { $0.name == name }?.range
        case .readModel(let name): return context.readModels.first { $0.name == name }?.range
        case .inputPort(let product, let port):
            return context.dataProducts.first { $0.name == product }?.inputPorts.first { $0.name == port }?.range
        }
    }

    /// The words that name a consumer in messages: "policy `ScoreEveryTrip`".
    public static func describe(_ consumer: EventConsumer) -> String {
        switch consumer {
        case .policy(let name): "policy `\(name)`"
        case .readModel(let name): "read model `\(name)`"
        case .inputPort: "input port `\(consumer.displayName)`"
        }
    }
}
