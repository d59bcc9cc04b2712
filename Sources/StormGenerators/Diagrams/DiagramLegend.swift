import StormModel

/// One entry of a diagram's legend.
enum DiagramLegendEntry: Hashable {
    /// A colour swatch for boxes of the role.
    case role(DiagramNode.Role)
    case bigBallOfMud
    case crossContextFlow
    /// A dashed context box: a context the organisation does not own.
    case externalContext
    /// An abbreviation drawn at an edge's end, and what it means.
    case abbreviation(String, meaning: String)
}

extension Diagram {
    /// What the legend explains: only the colours and marks the diagram uses, always in the same order.
    var legend: [DiagramLegendEntry] { legend(nodes: content.allNodes) }

    /// The legend, given the diagram's nodes (``DiagramGroup/allNodes``) where the caller has them already.
    func legend(nodes: [DiagramNode]) -> [DiagramLegendEntry] {
        // One pass over the nodes and one over the edges: a flow diagram of a large context has thousands.
        var roles = Set<DiagramNode.Role>(), isMuddy = false, isExternal = false
        for node in nodes {
            roles.insert(node.role)
            isMuddy = isMuddy || node.isMuddy
            isExternal = isExternal || node.isExternal
        }
        if content.allGroups.contains(where: { $0.style == .aggregate }) { roles.insert(.aggregate) }
        var entries = DiagramNode.Role.allCases.filter(roles.contains).map(DiagramLegendEntry.role)
        if isMuddy { entries.append(.bigBallOfMud) }
        if isExternal { entries.append(.externalContext) }
        if edges.contains(where: { $0.style == .crossContextFlow }) { entries.append(.crossContextFlow) }
        var marks = Set<String>()
        for edge in edges where !edge.tail.isEmpty || !edge.head.isEmpty {
            marks.formUnion(edge.tail)
            marks.formUnion(edge.head)
        }
        entries += Self.abbreviations.filter { marks.contains($0.mark) }.map { .abbreviation($0.mark, meaning: $0.meaning) }
        return entries
    }

    /// The marks drawn at the ends of context-map edges, in the order the legend lists them.
    static let abbreviations: [(mark: String, meaning: String)] = [
        ("U", "upstream"), ("D", "downstream"),
        (UpstreamPattern.supplier.rawValue, "supplier"), (DownstreamPattern.customer.rawValue, "customer"),
        (UpstreamPattern.openHostService.rawValue, "open host service"),
        (UpstreamPattern.publishedLanguage.rawValue, "published language"),
        (DownstreamPattern.anticorruptionLayer.rawValue, "anticorruption layer"),
        (DownstreamPattern.conformist.rawValue, "conformist"),
    ]
}
