import StormModel
import StormSource

/// Facts about a model that several rules and the report need, computed once.
public struct ModelFacts: Sendable {
    /// Every consumption of an event (``Model/flows``).
    public let flows: [EventFlow]
    /// Events that some policy, read model or input port consumes, or that call a deadline off.
    public let consumed: Set<SymbolReference>
    /// Events that some output port publishes.
    public let published: Set<SymbolReference>
    /// Events that some command emits.
    public let emitted: Set<SymbolReference>
    /// The relationships between each pair of contexts (the pair in name order), in model order.
    private let relationshipsByPair: [ContextPair: [Relationship]]
    /// The relationships each context takes part in, in model order.
    private let relationshipsByContext: [String: [Relationship]]
    /// The flows that cross a boundary, by consuming context and by producing context, in flow order.
    private let crossingByConsumer: [String: [EventFlow]]
    private let crossingByProducer: [String: [EventFlow]]
    /// Where each consumer is declared, by context name and consumer (the first, should one be declared twice).
    private let consumerRanges: [String: [EventConsumer: SourceRange]]
    /// The relationships by the contexts they connect, and the one each flow travels along.
    public let relationshipIndex: RelationshipIndex

    public init(_ model: Model) {
        var pairs: [ContextPair: [Relationship]] = [:]
        for relationship in model.relationships where relationship.first != relationship.second {
            pairs[ContextPair(relationship.first, relationship.second), default: []].append(relationship)
        }
        relationshipsByPair = pairs
        var byContext: [String: [Relationship]] = [:]
        for relationship in model.relationships {
            byContext[relationship.first, default: []].append(relationship)
            if relationship.second != relationship.first { byContext[relationship.second, default: []].append(relationship) }
        }
        relationshipsByContext = byContext
        var consumers: [String: [EventConsumer: SourceRange]] = [:]
        for context in model.contexts where consumers[context.name] == nil {
            var ranges: [EventConsumer: SourceRange] = [:]
            for policy in context.policies where ranges[.policy(policy.name)] == nil { ranges[.policy(policy.name)] = policy.range }
            for readModel in context.readModels where ranges[.readModel(readModel.name)] == nil { ranges[.readModel(readModel.name)] = readModel.range }
            for product in context.dataProducts {
                for port in product.inputPorts where ranges[.inputPort(product: product.name, port: port.name)] == nil {
                    ranges[.inputPort(product: product.name, port: port.name)] = port.range
                }
            }
            consumers[context.name] = ranges
        }
        consumerRanges = consumers
        flows = model.flows
        let crossing = flows.filter(\.crossesBoundary)
        crossingByConsumer = Dictionary(grouping: crossing, by: \.consumer)
        crossingByProducer = Dictionary(grouping: crossing, by: \.producer)
        relationshipIndex = RelationshipIndex(model.relationships)
        // The sets are filled in place: no array of every reference is built first, and no event is copied.
        // A deadline's `unless` events are consumed too: they call the deadline off.
        var consumed = Set<SymbolReference>(minimumCapacity: flows.count)
        for flow in flows { consumed.insert(flow.event) }
        for context in model.contexts {
            for policy in context.policies {
                if case .after(_, _, _, let unless)? = policy.schedule { consumed.formUnion(unless) }
            }
        }
        self.consumed = consumed
        // Another domain's events (`use`) are emitted and published there.
        // So are an external context's: the system the organisation does not own emits them.
        var published = Set<SymbolReference>()
        var emitted = Set<SymbolReference>()
        for context in model.contexts {
            for product in context.dataProducts {
                for port in product.outputPorts { published.formUnion(port.events) }
            }
            for command in context.commands { emitted.formUnion(command.emits) }
            let used = model.usedInterfaces[context.name] != nil || context.isExternal
            for event in context.events where used || !event.emittedBy.isEmpty {
                let reference = context.reference(event.name)
                emitted.insert(reference)
                if used { published.insert(reference) }
            }
        }
        self.published = published
        self.emitted = emitted
    }

    /// The relationships of the context map between two contexts, in either direction.
    public func relationships(between a: String, and b: String) -> [Relationship] {
        a == b ? [] : relationshipsByPair[ContextPair(a, b)] ?? []
    }

    /// The relationships of the context map that involve a context, in model order.
    public func relationships(involving context: String) -> [Relationship] {
        relationshipsByContext[context] ?? []
    }

    /// The flows into a context from other contexts, in flow order.
    public func crossingFlows(into context: String) -> [EventFlow] { crossingByConsumer[context] ?? [] }

    /// The flows out of a context into other contexts, in flow order.
    public func crossingFlows(outOf context: String) -> [EventFlow] { crossingByProducer[context] ?? [] }

    /// The place where a consumer is declared in its context.
    public func range(of consumer: EventConsumer, in contextName: String) -> SourceRange? {
        consumerRanges[contextName]?[consumer]
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

/// Two context names in name order: the key of the relationships between them, whatever their direction.
private struct ContextPair: Hashable {
    var low: String
    var high: String
    init(_ a: String, _ b: String) { (low, high) = a < b ? (a, b) : (b, a) }
}
