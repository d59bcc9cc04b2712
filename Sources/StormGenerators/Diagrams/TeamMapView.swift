import StormModel

/// The team map: a box per team with its contact and what it owns, an edge per team relationship of the
/// context maps. Upstream/downstream edges carry `U` and `D`; Team Topologies interaction modes are
/// labelled (`Collaboration` a line without arrows, `X-as-a-Service` and `Facilitating` arrows from the
/// providing or facilitating team).
enum TeamMapView {
    static func diagram(for model: Model) -> Diagram {
        // What each team owns, in model order: its contexts, and aggregates and data products it owns
        // inside another team's context.
        var owned: [String: [String]] = [:]
        for context in model.contexts {
            if let owner = context.owner { owned[owner, default: []].append(context.name) }
            for aggregate in context.aggregates where aggregate.owner != nil && aggregate.owner != context.owner {
                owned[aggregate.owner!, default: []].append("\(context.name).\(aggregate.name)")
            }
            for product in context.dataProducts where product.owner != nil && product.owner != context.owner {
                owned[product.owner!, default: []].append("\(context.name).\(product.name)")
            }
        }
        var root = DiagramGroup(id: model.name, title: model.name, style: .root)
        for team in model.teams {
            var lines = [DiagramLine(text: team.name, emphasis: .title)]
            if let things = owned[team.name], !things.isEmpty {
                lines.append(DiagramLine(text: "owns " + things.joined(separator: ", "), emphasis: .body))
            }
            if let contact = team.contact { lines.append(DiagramLine(text: contact, emphasis: .note)) }
            root.add(DiagramNode(id: team.name, role: .team, lines: lines))
        }
        let relationships = model.contextMaps.flatMap(\.teamRelationships)
        let edges = relationships.enumerated().map { position, relationship in
            edge(for: relationship, number: position + 1)
        }
        return Diagram(name: model.name, title: "\(model.name) · team map", direction: .topToBottom, content: root, edges: edges)
    }

    static func edge(for relationship: TeamRelationship, number: Int) -> DiagramEdge {
        var edge = DiagramEdge(id: "team-relationship-\(number)", from: relationship.first, to: relationship.second, style: .upstreamDownstream)
        switch relationship.kind {
        case .upstreamDownstream:
            edge.tail = ["U"]
            edge.head = ["D"]
        case .collaboration:
            edge.style = .partnership
            edge.label = [DiagramLine(text: "Collaboration", emphasis: .title)]
        case .xAsAService:
            edge.label = [DiagramLine(text: "X-as-a-Service", emphasis: .title)]
        case .facilitating:
            edge.style = .flow
            edge.label = [DiagramLine(text: "Facilitating", emphasis: .title)]
        }
        return edge
    }
}
