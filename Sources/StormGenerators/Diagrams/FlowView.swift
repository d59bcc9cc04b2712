import StormModel

/// The event-storming timeline, left to right: of one context (the `flow` view) or of every context
/// (the `big-picture` view). Flows that cross a context boundary are drawn heavy and red.
enum FlowView {
    /// One context's stickies, plus the stickies of other contexts that its flows reach: the events its
    /// policies and read models consume, and the policies and read models that consume its events.
    static func diagram(for context: BoundedContext, in model: Model) -> Diagram {
        var root = DiagramGroup(id: model.name, title: model.name, style: .root)
        root.add(FlowStickies.group(for: context, in: model))
        var edges = FlowStickies.edges(of: context)
        let consumed = context.policies.flatMap(\.triggers) + context.readModels.flatMap(\.sources)
        for other in model.contexts where other.name != context.name {
            var neighbour = DiagramGroup(id: other.name, title: other.name, style: .foreignContext)
            for event in consumed where event.context == other.name {
                neighbour.add(FlowStickies.sticky(FlowStickies.id(other.name, "event", event.name), .event, event.name, isForeign: true))
            }
            for (consumer, event) in consumers(in: other) where event.context == context.name {
                neighbour.add(consumer)
                edges.append(DiagramEdge(from: FlowStickies.id(event.context, "event", event.name), to: consumer.id, style: .crossContextFlow))
            }
            if !neighbour.nodes.isEmpty { root.add(neighbour) }
        }
        return Diagram(name: model.name, title: "\(model.name) · \(context.name) · event flow", direction: .leftToRight,
                       content: root, edges: edges)
    }

    /// Every context's stickies and every flow.
    static func bigPicture(of model: Model) -> Diagram {
        var root = DiagramGroup(id: model.name, title: model.name, style: .root)
        root.members = model.contexts.map { .group(FlowStickies.group(for: $0, in: model)) }
        return Diagram(name: model.name, title: "\(model.name) · big picture", direction: .leftToRight,
                       content: root, edges: model.contexts.flatMap(FlowStickies.edges(of:)))
    }

    /// The policies and read models of a context, as foreign stickies, with each event they consume.
    private static func consumers(in context: BoundedContext) -> [(DiagramNode, SymbolReference)] {
        let policies = context.policies.flatMap { policy in
            policy.triggers.map { (FlowStickies.sticky(FlowStickies.id(context.name, "policy", policy.name), .policy, policy.name, isForeign: true), $0) }
        }
        let readModels = context.readModels.flatMap { readModel in
            readModel.sources.map { (FlowStickies.sticky(FlowStickies.id(context.name, "readModel", readModel.name), .readModel, readModel.name, isForeign: true), $0) }
        }
        return policies + readModels
    }
}
