import StormModel

/// The events that cross from one context to another (consumed by a policy, a read model or a data
/// product's input port), each attached to the relationship it travels along in its own direction.
struct ContextMapEvents {
    /// Event names per producing and consuming context, in order of the first flow, each name once.
    private var crossings: [(producer: String, consumer: String, events: [String])] = []
    /// The relationships, and which one carries each crossing.
    private let index: RelationshipIndex

    init(model: Model) {
        var positions: [[String]: Int] = [:]
        for flow in model.crossContextFlows {
            let key = [flow.producer, flow.consumer]
            if let position = positions[key] {
                if !crossings[position].events.contains(flow.event.name) { crossings[position].events.append(flow.event.name) }
            } else {
                positions[key] = crossings.count
                crossings.append((flow.producer, flow.consumer, [flow.event.name]))
            }
        }
        index = RelationshipIndex(model.relationships)
    }

    /// The edges of the relationships, in the order of ``Model/relationships``, with the events each carries
    /// added to its label: events from the edge's first context to its second as they are, the other way
    /// round (across a partnership or a shared kernel) marked `← `. An upstream/downstream edge carries
    /// only events from its upstream; when several relationships carry the same direction, the first does.
    func labelled(_ edges: [DiagramEdge]) -> [DiagramEdge] {
        var carried: [Int: [(forward: Bool, event: String)]] = [:]
        for crossing in crossings {
            guard let position = index.carrierPosition(from: crossing.producer, to: crossing.consumer), position < edges.count else { continue }
            let forward = edges[position].from == crossing.producer
            carried[position, default: []] += crossing.events.map { (forward, $0) }
        }
        return edges.enumerated().map { position, edge in
            guard let events = carried[position] else { return edge }
            var edge = edge
            edge.label += events.filter(\.forward).map { DiagramLine(text: $0.event, emphasis: .body) }
            edge.label += events.filter { !$0.forward }.map { DiagramLine(text: "← " + $0.event, emphasis: .body) }
            return edge
        }
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
