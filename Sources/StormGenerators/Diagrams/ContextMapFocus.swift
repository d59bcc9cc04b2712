/// A context and its neighbours: the context map cut down to the contexts at most `depth` relationships
/// away from one context (`stormc map --focus CONTEXT --depth N`), and the edges between them.
enum ContextMapFocus {
    static func focus(_ diagram: Diagram, on name: String, depth: Int) throws(GeneratorError) -> Diagram {
        let ids = diagram.content.allNodes.map(\.id)
        guard ids.contains(name) else {
            throw GeneratorError("no context named '\(name)' on the map; the map has: \(ids.joined(separator: ", "))")
        }
        var neighbours: [String: [String]] = [:]
        for edge in diagram.edges {
            neighbours[edge.from, default: []].append(edge.to)
            neighbours[edge.to, default: []].append(edge.from)
        }
        var kept: Set<String> = [name]
        var frontier = [name]
        for _ in 0..<max(0, depth) {
            frontier = frontier.flatMap { neighbours[$0] ?? [] }.filter { kept.insert($0).inserted }
            if frontier.isEmpty { break }
        }
        var focused = diagram
        focused.title += " · \(name) and its neighbours"
        focused.content = keeping(kept, in: diagram.content) ?? DiagramGroup(id: diagram.content.id, title: diagram.content.title, style: .root)
        focused.edges = diagram.edges.filter { kept.contains($0.from) && kept.contains($0.to) }
        return focused
    }

    /// The frame with only the kept nodes; nil for a frame left empty (the root always stays).
    private static func keeping(_ kept: Set<String>, in group: DiagramGroup) -> DiagramGroup? {
        var result = group
        result.members = group.members.compactMap { member in
            switch member {
            case .node(let node): kept.contains(node.id) ? member : nil
            case .group(let inner): keeping(kept, in: inner).map(DiagramGroup.Member.group)
            }
        }
        return result.members.isEmpty && group.style != .root ? nil : result
    }
}
