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
    static func render(_ diagram: Diagram, header: [String]) -> WrittenText {
        // The nodes and the legend found once, for the IDs, the frames, the classes and the legend.
        let nodes = diagram.content.allNodes
        let legendEntries = diagram.legend(nodes: nodes)
        let ids = MermaidIDs(diagram, nodes: nodes)
        let direction = diagram.direction == .topToBottom ? "TB" : "LR"
        // Written line by line into one buffer: a flow diagram of a large context has thousands of lines.
        var out = TextBuffer(capacity: 1 << 14)
        for line in header { write(MermaidEscaping.comment(line), to: &out) }
        write("flowchart " + direction, to: &out)
        let legend = MermaidLegend(legendEntries, rows: diagram.direction == .topToBottom ? 4 : 2)
        for line in legend.frame { write(line, to: &out) }
        write("    subgraph \(MermaidLegend.picture)[\"<b>\(MermaidEscaping.text(diagram.title))</b>\"]", to: &out)
        write("        direction " + direction, to: &out)
        var drawn = 0
        members(of: diagram.content, ids: ids, depth: 2, drawn: &drawn, into: &out)
        write("    end", to: &out)
        for index in diagram.edges.indices {
            let ends = ids.ends(ofEdge: index)
            out.append("    ")
            MermaidIDs.write(ends.from, to: &out)
            out.append(MermaidStyles.edge(diagram.edges[index]))
            MermaidIDs.write(ends.to, to: &out)
            out.append(byte: UInt8(ascii: "\n"))
        }
        // After the edges, so that `linkStyle` numbers count the diagram's edges from 0.
        for line in legend.rows { write(line, to: &out) }
        MermaidStyles.writeClasses(diagram, nodes: nodes, legend: legendEntries, ids: ids, to: &out)
        for line in legend.styles { write(line, to: &out) }
        return out.finish()
    }

    /// Writes one line and its line break.
    private static func write(_ line: String, to out: inout TextBuffer) {
        out.append(line)
        out.append(byte: UInt8(ascii: "\n"))
    }

    /// Writes the frame's members; `drawn` counts the nodes written so far, which are drawn in the order of
    /// ``DiagramGroup/allNodes``, so that each node's ID is found by its place.
    private static func members(of group: DiagramGroup, ids: MermaidIDs, depth: Int, drawn: inout Int, into out: inout TextBuffer) {
        for member in group.members {
            out.appendSpaces(4 * depth)
            switch member {
            case .node(let node):
                MermaidIDs.write(ids.ofNode(drawn), to: &out)
                MermaidStyles.write(node, to: &out)
                drawn += 1
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
                members(of: inner, ids: ids, depth: depth + 1, drawn: &drawn, into: &out)
                out.appendSpaces(4 * depth)
                out.append("end\n")
            }
        }
    }
}

/// The generated Mermaid IDs of a diagram's nodes (`n1`, …) and frames (`g1`, …), in drawing order.
///
/// Each node's number and each edge's ends are found once, by name, and then read by place: the node at a
/// place of ``DiagramGroup/allNodes``, the edge at a place of the diagram's edges. A node's ID is its
/// number, written as `n` and digits where it is needed (``write(_:to:)``), never made a string: a big
/// picture has a node for each sticky of the model.
struct MermaidIDs {
    /// The number of each node, by the node's ID in the diagram.
    private var nodes: NameTable<String, Int>
    private var groups: [String: String] = [:]
    /// The number of the node at each place of the diagram's nodes.
    private var byPlace: [Int] = []
    /// The numbers of each edge's ends, by the edge's place.
    private var edgeEnds: [Ends] = []

    /// The numbers of the nodes an edge joins.
    struct Ends {
        let from: Int
        let to: Int
    }

    /// The IDs of `diagram`, whose nodes, in drawing order, are `nodes`.
    init(_ diagram: Diagram, nodes allNodes: [DiagramNode]) {
        nodes = NameTable(capacity: allNodes.count)
        byPlace.reserveCapacity(allNodes.count)
        edgeEnds.reserveCapacity(diagram.edges.count)
        func number(of name: String) -> Int {
            if let known = nodes[name] { return known }
            let number = nodes.count + 1
            nodes.updateValue(number, forKey: name)
            return number
        }
        for index in allNodes.indices { byPlace.append(number(of: allNodes[index].id)) }
        // Edges of a model that failed to resolve may name nodes no frame holds; they get IDs too.
        for index in diagram.edges.indices { edgeEnds.append(Ends(from: number(of: diagram.edges[index].from), to: number(of: diagram.edges[index].to))) }
        for (index, group) in diagram.content.allGroups.dropFirst().enumerated() { groups[group.id] = "g\(index + 1)" }
    }

    /// The number of the node at `place` in the diagram's nodes.
    func ofNode(_ place: Int) -> Int { byPlace[place] }

    /// The numbers of the ends of the edge at `place` in the diagram's edges.
    func ends(ofEdge place: Int) -> Ends { edgeEnds[place] }

    /// The Mermaid ID of a frame.
    func group(_ id: String) -> String { groups[id] ?? "" }

    /// Writes the ID of the node numbered `number`: `n` and its digits.
    static func write(_ number: Int, to out: inout TextBuffer) {
        out.append(byte: UInt8(ascii: "n"))
        out.append(number)
    }
}
