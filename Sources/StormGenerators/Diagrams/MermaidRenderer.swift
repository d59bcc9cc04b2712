/// Writes a ``Diagram`` as a Mermaid `flowchart`, so a map renders inside Markdown on any code host.
///
/// Node and frame IDs are generated (`n1`, `g1`, in drawing order), so no name can collide with a Mermaid
/// keyword such as `end`; names only appear in quoted labels.
///
/// The picture sits in a frame of its own (`picture`, titled like the DOT graph, drawn without an outline)
/// that no edge leaves, so Mermaid lays it out apart from the legend: the legend stands beside a
/// top-to-bottom picture and above a left-to-right one, and no edge is routed through it.
enum MermaidRenderer {
    /// The diagram as Mermaid text, preceded by the header lines as comments.
    static func render(_ diagram: Diagram, header: [String]) -> String {
        let ids = MermaidIDs(diagram)
        let direction = diagram.direction == .topToBottom ? "TB" : "LR"
        var lines = header.map(MermaidEscaping.comment)
        lines.append("flowchart " + direction)
        let legend = MermaidLegend(diagram.legend, rows: diagram.direction == .topToBottom ? 4 : 2)
        lines += legend.frame
        lines.append("    subgraph \(MermaidLegend.picture)[\"<b>\(MermaidEscaping.text(diagram.title))</b>\"]")
        lines.append("        direction " + direction)
        lines += members(of: diagram.content, ids: ids, depth: 2)
        lines.append("    end")
        lines += diagram.edges.map { "    " + MermaidStyles.edge($0, from: ids[$0.from], to: ids[$0.to]) }
        // After the edges, so that `linkStyle` numbers count the diagram's edges from 0.
        lines += legend.rows
        lines += MermaidStyles.classes(diagram, ids: ids)
        lines += legend.styles
        return lines.joined(separator: "\n") + "\n"
    }

    private static func members(of group: DiagramGroup, ids: MermaidIDs, depth: Int) -> [String] {
        let indent = String(repeating: "    ", count: depth)
        return group.members.flatMap { member -> [String] in
            switch member {
            case .node(let node):
                return [indent + MermaidStyles.node(node, id: ids[node.id])]
            case .group(let inner):
                let caption = inner.caption.map { "<i>\(MermaidEscaping.text($0))</i> " } ?? ""
                return [indent + "subgraph \(ids.group(inner.id))[\"\(caption)<b>\(MermaidEscaping.text(inner.title))</b>\"]"]
                    + members(of: inner, ids: ids, depth: depth + 1) + [indent + "end"]
            }
        }
    }
}

/// The generated Mermaid IDs of a diagram's nodes (`n1`, …) and frames (`g1`, …), in drawing order.
struct MermaidIDs {
    private var nodes: [String: String] = [:]
    private var groups: [String: String] = [:]

    init(_ diagram: Diagram) {
        // Edges of a model that failed to resolve may name nodes no frame holds; they get IDs too.
        let names = diagram.content.allNodes.map(\.id) + diagram.edges.flatMap { [$0.from, $0.to] }
        for name in names where nodes[name] == nil { nodes[name] = "n\(nodes.count + 1)" }
        for (index, group) in diagram.content.allGroups.dropFirst().enumerated() { groups[group.id] = "g\(index + 1)" }
    }

    /// The Mermaid ID of a node.
    subscript(node: String) -> String { nodes[node] ?? "" }

    /// The Mermaid ID of a frame.
    func group(_ id: String) -> String { groups[id] ?? "" }
}
