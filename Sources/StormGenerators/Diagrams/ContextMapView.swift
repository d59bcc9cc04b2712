import StormModel

/// The context map as a picture: a box per bounded context, an edge per relationship.
///
/// Upstream/downstream edges point from upstream to downstream and carry the roles of each end
/// (`U` with `OHS`, `PL`, `S`; `D` with `ACL`, `CF`, `C`); partnership and shared kernel are labelled
/// lines without arrows; separate ways is dashed. With `showEvents`, edges list the events that cross
/// them, and events flowing between contexts that no relationship connects get a dotted edge of their own.
enum ContextMapView {
    static func diagram(for model: Model, clustering: DiagramClustering, showEvents: Bool) -> Diagram {
        let muddy = Set(model.relationships.flatMap(\.bigBallOfMud))
        let nodes = model.contexts.map { node(for: $0, in: model, isMuddy: muddy.contains($0.name)) }
        let crossings = showEvents ? ContextMapEvents(model: model) : nil
        var edges = model.relationships.enumerated().map { position, relationship in
            var edge = edge(for: relationship, number: position + 1)
            edge.label += detailLines(relationship.details)
            edge.label += crossings?.lines(forRelationshipAt: position, from: edge.from) ?? []
            return edge
        }
        edges += crossings?.unmappedEdges() ?? []
        return Diagram(name: model.name, title: "\(model.name) · context map" + settingsCaption(model), direction: .topToBottom,
                       content: group(nodes, of: model, by: clustering), edges: edges)
    }

    /// The box of a context: its name, the subdomain it implements and its kind, its team.
    static func node(for context: BoundedContext, in model: Model, isMuddy: Bool) -> DiagramNode {
        let subdomain = context.subdomain.flatMap(model.subdomain)
        var lines = [DiagramLine(text: context.name, emphasis: .title)]
        if let subdomain {
            lines.append(DiagramLine(text: "\(subdomain.name) · \(subdomain.kind.rawValue)", emphasis: .body))
        }
        if let owner = context.owner {
            lines.append(DiagramLine(text: "team \(owner)", emphasis: .note))
        }
        if model.usedInterfaces[context.name] != nil {
            lines.append(DiagramLine(text: "domain \(context.domain) · used interface", emphasis: .note))
        }
        if context.isExternal {
            lines.append(DiagramLine(text: "external", emphasis: .note))
        }
        if isMuddy {
            lines.append(DiagramLine(text: "Big Ball of Mud", emphasis: .warning))
        }
        var node = DiagramNode(id: context.name, role: DiagramPalette.contextRole(subdomain?.kind), lines: lines, isMuddy: isMuddy)
        node.isExternal = context.isExternal
        return node
    }

    /// The edge of a relationship; `number` counts relationships from 1 in the order of the context maps.
    static func edge(for relationship: Relationship, number: Int) -> DiagramEdge {
        var edge = DiagramEdge(id: "relationship-\(number)", from: relationship.first, to: relationship.second, style: .upstreamDownstream)
        switch relationship.kind {
        case .upstreamDownstream:
            edge.tail = ["U"] + relationship.upstreamPatterns.map(\.rawValue)
            edge.head = ["D"] + relationship.downstreamPatterns.map(\.rawValue)
            if relationship.isCustomerSupplier { edge.label = [DiagramLine(text: "Customer/Supplier", emphasis: .title)] }
        case .partnership:
            edge.style = .partnership
            edge.label = [DiagramLine(text: "Partnership", emphasis: .title)]
        case .sharedKernel:
            edge.style = .sharedKernel
            edge.label = [DiagramLine(text: "Shared Kernel", emphasis: .title)]
        case .separateWays:
            edge.style = .separateWays
            edge.label = [DiagramLine(text: "Separate Ways", emphasis: .title)]
        }
        return edge
    }

    /// The nodes in frames by team or domain, frames in order of their first context. A context stands
    /// outside the frames when it has no team, or (by domain) implements no subdomain: it belongs to no
    /// domain then, whatever the model's name.
    static func group(_ nodes: [DiagramNode], of model: Model, by clustering: DiagramClustering) -> DiagramGroup {
        // Frames are found by id and a frame's nodes kept in a set, not searched for each context: a model of
        // thousands of contexts would make either search quadratic.
        enum Place { case node(DiagramNode), frame(Int) }
        var places: [Place] = []
        var outside = Set<DiagramNode>()
        var frames: [DiagramGroup] = []
        var framed: [Set<DiagramNode>] = []
        var frameIndexes: [String: Int] = [:]
        for (context, node) in zip(model.contexts, nodes) {
            let key: String? = switch clustering {
            case .team: context.owner
            case .domain: context.subdomain?.domain
            case .none: nil
            }
            guard let key else {
                if outside.insert(node).inserted { places.append(.node(node)) }
                continue
            }
            let id = "\(clustering.rawValue).\(key)"
            if let index = frameIndexes[id] {
                if framed[index].insert(node).inserted { frames[index].members.append(.node(node)) }
            } else {
                frameIndexes[id] = frames.count
                places.append(.frame(frames.count))
                frames.append(DiagramGroup(id: id, title: key, caption: clustering.rawValue, style: .cluster, members: [.node(node)]))
                framed.append([node])
            }
        }
        var root = DiagramGroup(id: model.name, title: model.name, style: .root)
        root.members = places.map { place in
            switch place {
            case .node(let node): .node(node)
            case .frame(let index): .group(frames[index])
            }
        }
        return root
    }
}
