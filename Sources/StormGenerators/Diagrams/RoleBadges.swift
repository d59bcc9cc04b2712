/// Role badges drawn once in DOT: when a context plays the same roles on several relationships (`[U, OHS, PL]`
/// towards three downstreams), Graphviz would stack the same badge at the same end of the box; only the
/// first of those edges, in the order of the context maps, keeps it.
enum RoleBadges {
    static func once(_ diagram: Diagram) -> Diagram {
        var result = diagram
        var shown = Set<[String]>()
        for index in result.edges.indices {
            let edge = result.edges[index]
            if !edge.tail.isEmpty, !shown.insert([edge.from] + edge.tail).inserted { result.edges[index].tail = [] }
            if !edge.head.isEmpty, !shown.insert([edge.to, "\u{0}"] + edge.head).inserted { result.edges[index].head = [] }
        }
        return result
    }
}
