import StormModel

/// The events that cross from one context to another (consumed by a policy, a read model or a data
/// product's input port), each attached to the relationship it travels along in its own direction.
struct ContextMapEvents {
    /// Event names per producing and consuming context, in order of the first flow, each name once.
    private var crossings: [(producer: String, consumer: String, events: [String])] = []
    /// The relationships, and which one carries each crossing.
    private let index: RelationshipIndex
    /// The crossings (positions in `crossings`) each relationship carries, by its position in the model.
    private var carriedBy: [Int: [Int]] = [:]

    init(model: Model) {
        var positions: [[String]: Int] = [:]
        var seen: Set<[String]> = []
        for flow in model.crossContextFlows where seen.insert([flow.producer, flow.consumer, flow.event.name]).inserted {
            let key = [flow.producer, flow.consumer]
            if let position = positions[key] {
                crossings[position].events.append(flow.event.name)
            } else {
                positions[key] = crossings.count
                crossings.append((flow.producer, flow.consumer, [flow.event.name]))
            }
        }
        index = RelationshipIndex(model.relationships)
        for (number, crossing) in crossings.enumerated() {
            if let position = index.carrierPosition(from: crossing.producer, to: crossing.consumer) { carriedBy[position, default: []].append(number) }
        }
    }

    /// The events that travel along the relationship at `position` in ``Model/relationships``, a line each:
    /// events from the edge's first context (`from`) to its second as they are, the other way round (across
    /// a partnership or a shared kernel) marked `← `. An upstream/downstream relationship carries only events
    /// of its upstream; when several relationships carry the same direction, the first does.
    func lines(forRelationshipAt position: Int, from: String) -> [DiagramLine] {
        let carried = (carriedBy[position] ?? []).map { crossings[$0] }
        return carried.filter { $0.producer == from }.flatMap(\.events).map { DiagramLine(text: $0, emphasis: .body) }
            + carried.filter { $0.producer != from }.flatMap(\.events).map { DiagramLine(text: "← " + $0, emphasis: .body) }
    }

    /// A dotted edge for each producer and consumer whose events no relationship carries: labelled
    /// "no relationship" when none connects them, "no relationship this way" when the map only has one in
    /// the other direction or says they go separate ways.
    func unmappedEdges() -> [DiagramEdge] {
        crossings.filter { index.carrierPosition(from: $0.producer, to: $0.consumer) == nil }.enumerated().map { number, crossing in
            let title = index.between(crossing.producer, and: crossing.consumer).isEmpty ? "no relationship" : "no relationship this way"
            return DiagramEdge(id: "unmapped-flow-\(number + 1)", from: crossing.producer, to: crossing.consumer, style: .unmappedFlow,
                               label: [DiagramLine(text: title, emphasis: .title)] + crossing.events.map { DiagramLine(text: $0, emphasis: .body) })
        }
    }
}
