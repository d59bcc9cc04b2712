import StormModel

/// The event-storming timeline, left to right: of one context (the `flow` view) or of every context
/// (the `big-picture` view). Flows that cross a context boundary are drawn heavy and red.
enum FlowView {
    /// One context's stickies, plus the stickies of other contexts that its flows reach: the events its
    /// policies and read models consume, and the policies and read models that consume its events.
    /// `index` (made once for all the flow views of a model) finds those contexts without visiting the others.
    static func diagram(for context: BoundedContext, in model: Model, index: FlowIndex? = nil) -> Diagram {
        let index = index ?? FlowIndex(model)
        var root = DiagramGroup(id: model.name, title: model.name, style: .root)
        root.add(FlowStickies.group(for: context, in: model))
        var edges = FlowStickies.edges(of: context)
        let consumed = context.policies.flatMap(\.triggers) + context.readModels.flatMap(\.sources)
        let consumedFrom = Dictionary(grouping: consumed.filter { $0.context != context.name }, by: \.context)
        let consumers = Dictionary(grouping: index.foreignConsumers[context.name] ?? [], by: \.position)
        let neighbours = Set(consumedFrom.keys.compactMap { index.positions[$0] }).union(consumers.keys).sorted()
        for position in neighbours {
            let other = model.contexts[position]
            guard other.name != context.name else { continue }
            var neighbour = DiagramGroup(id: other.name, title: other.name, style: .foreignContext)
            for event in consumedFrom[other.name] ?? [] {
                neighbour.add(FlowStickies.sticky(FlowStickies.id(other.name, "event", event.name), .event, event.name, isForeign: true))
            }
            for (_, consumer, event) in consumers[position] ?? [] {
                neighbour.add(consumer)
                edges.append(DiagramEdge(from: FlowStickies.id(event.context, "event", event.name), to: consumer.id, style: .crossContextFlow))
            }
            if !neighbour.nodes.isEmpty { root.add(neighbour) }
        }
        return Diagram(name: model.name, title: "\(model.name) · \(context.name) · event flow", direction: .leftToRight,
                       content: root, edges: edges)
    }

    /// Where each context is, and who in other contexts consumes each context's events.
    struct FlowIndex {
        /// Each context's position in the model (the first, should a name be declared twice).
        var positions: [String: Int] = [:]
        /// By producing context: the policies and read models of other contexts that consume its
        /// events, as foreign stickies, with the consuming context's position and the event, in model order.
        var foreignConsumers: [String: [(position: Int, node: DiagramNode, event: SymbolReference)]] = [:]

        init(_ model: Model) {
            for (position, context) in model.contexts.enumerated() {
                if positions[context.name] == nil { positions[context.name] = position }
                for (node, event) in FlowView.consumers(in: context) where event.context != context.name {
                    foreignConsumers[event.context, default: []].append((position, node, event))
                }
            }
        }
    }

    /// Every context's stickies and every flow.
    static func bigPicture(of model: Model) -> Diagram {
        var root = DiagramGroup(id: model.name, title: model.name, style: .root)
        root.members = model.contexts.map { .group(FlowStickies.group(for: $0, in: model)) }
        return Diagram(name: model.name, title: "\(model.name) · big picture", direction: .leftToRight,
                       content: root, edges: model.contexts.flatMap(FlowStickies.edges(of:)))
    }

    /// The policies and read models of a context, as foreign stickies, with each event they consume.
    fileprivate static func consumers(in context: BoundedContext) -> [(DiagramNode, SymbolReference)] {
        let policies = context.policies.flatMap { policy in
            policy.triggers.map { (DesignStickies.policy(policy, id: FlowStickies.id(context.name, "policy", policy.name), isForeign: true), $0) }
        }
        let readModels = context.readModels.flatMap { readModel in
            readModel.sources.map { (FlowStickies.sticky(FlowStickies.id(context.name, "readModel", readModel.name), .readModel, readModel.name, isForeign: true), $0) }
        }
        return policies + readModels
    }
}
