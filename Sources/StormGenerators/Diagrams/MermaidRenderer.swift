import StormSupport

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
        // Written line by line into one buffer: a flow diagram of a large context has thousands of lines.
        var out = TextBuffer(capacity: 1 << 14)
        for line in header { write(MermaidEscaping.comment(line), to: &out) }
        write("flowchart " + direction, to: &out)
        let legend = MermaidLegend(diagram.legend, rows: diagram.direction == .topToBottom ? 4 : 2)
        for line in legend.frame { write(line, to: &out) }
        write("    subgraph \(MermaidLegend.picture)[\"<b>\(MermaidEscaping.text(diagram.title))</b>\"]", to: &out)
        write("        direction " + direction, to: &out)
        members(of: diagram.content, ids: ids, depth: 2, into: &out)
        write("    end", to: &out)
        for edge in diagram.edges { write("    " + MermaidStyles.edge(edge, from: ids[edge.from], to: ids[edge.to]), to: &out) }
        // After the edges, so that `linkStyle` numbers count the diagram's edges from 0.
        for line in legend.rows { write(line, to: &out) }
        for line in MermaidStyles.classes(diagram, ids: ids) { write(line, to: &out) }
        for line in legend.styles { write(line, to: &out) }
        return out.text
    }

    /// Writes one line and its line break.
    private static func write(_ line: String, to out: inout TextBuffer) {
        out.append(line)
        out.append(byte: UInt8(ascii: "\n"))
    }

    private static func members(of group: DiagramGroup, ids: MermaidIDs, depth: Int, into out: inout TextBuffer) {
        for member in group.members {
            out.appendSpaces(4 * depth)
            switch member {
            case .node(let node):
                MermaidStyles.write(node, id: ids[node.id], to: &out)
                out.append(byte: UInt8(ascii: "\n"))
            case .group(let inner):
                out.append("subgraph ")
                out.append(ids.group(inner.id))
                out.append("[\"")
                if let caption = inner.caption {
                    out.append("<i>")
                    out.append(MermaidEscaping.text(caption))
                    out.append("</i> ")
                }
                out.append("<b>")
                out.append(MermaidEscaping.text(inner.title))
                out.append("</b>\"]\n")
                members(of: inner, ids: ids, depth: depth + 1, into: &out)
                out.appendSpaces(4 * depth)
                out.append("end\n")
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
        let allNodes = diagram.content.allNodes
        nodes.reserveCapacity(allNodes.count)
        func add(_ name: String) {
            if nodes[name] == nil { nodes[name] = "n" + String(nodes.count + 1) }
        }
        for node in allNodes { add(node.id) }
        for edge in diagram.edges {
            add(edge.from)
            add(edge.to)
        }
        for (index, group) in diagram.content.allGroups.dropFirst().enumerated() { groups[group.id] = "g\(index + 1)" }
    }

    /// The Mermaid ID of a node.
    subscript(node: String) -> String { nodes[node] ?? "" }

    /// The Mermaid ID of a frame.
    func group(_ id: String) -> String { groups[id] ?? "" }
}
