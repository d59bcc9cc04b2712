import StormModel

/// The events that cross from one context to another (consumed by a policy, a read model or a data
/// product's input port), matched to the context-map edges they travel along.
struct ContextMapEvents {
    /// Event names per producing and consuming context, in order of the first flow, each name once.
    private var crossings: [(producer: String, consumer: String, events: [String])] = []
    /// The pairs of contexts that some relationship connects.
    private var related: Set<Set<String>> = []

    init(model: Model) {
        for flow in model.crossContextFlows {
            if let index = crossings.firstIndex(where: { $0.producer == flow.producer && $0.consumer == flow.consumer }) {
                if !crossings[index].events.contains(flow.event.name) { crossings[index].events.append(flow.event.name) }
            } else {
                crossings.append((flow.producer, flow.consumer, [flow.event.name]))
            }
        }
        for relationship in model.relationships {
            related.insert([relationship.first, relationship.second])
        }
    }

    /// The edges with the events they carry added to their labels: events from the edge's first context to
    /// its second as they are, the other way round marked `← `. When several relationships connect the same
    /// contexts, the first carries the events.
    func labelled(_ edges: [DiagramEdge]) -> [DiagramEdge] {
        var labelledPairs: Set<Set<String>> = []
        return edges.map { edge in
            guard labelledPairs.insert([edge.from, edge.to]).inserted else { return edge }
            var edge = edge
            edge.label += events(from: edge.from, to: edge.to).map { DiagramLine(text: $0, emphasis: .body) }
            edge.label += events(from: edge.to, to: edge.from).map { DiagramLine(text: "← " + $0, emphasis: .body) }
            return edge
        }
    }

    /// A dotted edge for each pair of contexts that exchange events without a relationship between them.
    func unmappedEdges() -> [DiagramEdge] {
        crossings.filter { !related.contains([$0.producer, $0.consumer]) }.enumerated().map { index, crossing in
            DiagramEdge(id: "unmapped-flow-\(index + 1)", from: crossing.producer, to: crossing.consumer, style: .unmappedFlow,
                        label: [DiagramLine(text: "no relationship", emphasis: .title)]
                            + crossing.events.map { DiagramLine(text: $0, emphasis: .body) })
        }
    }

    private func events(from producer: String, to consumer: String) -> [String] {
        crossings.first { $0.producer == producer && $0.consumer == consumer }?.events ?? []
    }
}
