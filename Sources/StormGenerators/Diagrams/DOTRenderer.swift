import StormSupport
/// Writes a ``Diagram`` as Graphviz DOT: fixed fonts and layout settings, statements in the diagram's
/// order, no attribute that varies between runs, so the same model always gives the same bytes.
enum DOTRenderer {
    /// The diagram as a DOT `digraph`, preceded by the header lines as comments.
    static func render(_ diagram: Diagram, header: [String]) -> WrittenText {
        var printer = DOTPrinter()
        header.forEach { printer.line(DOTEscaping.comment($0)) }
        // The graph's name only shows as the SVG's <title>, which Graphviz writes without escaping
        // entity-like text, so it is made of safe characters.
        printer.block("digraph \(DOTPrinter.id(FileNames.component(diagram.name)))") { printer in
            let isMap = diagram.direction == .topToBottom
            printer.statement("graph", [
                ("label", .html("<FONT POINT-SIZE=\"22\"><B>\(DOTEscaping.html(diagram.title))</B></FONT>")),
                ("labelloc", .string("t")), ("fontname", .string(DiagramPalette.font)), ("fontcolor", .string(DiagramPalette.ink)),
                ("rankdir", .string(isMap ? "TB" : "LR")), ("nodesep", .string(isMap ? "0.8" : "0.35")),
                ("ranksep", .string(isMap ? "1.1" : "0.6")), ("pad", .string("0.4")), ("bgcolor", .string("white")),
            ])
            printer.statement("node", [
                ("fontname", .string(DiagramPalette.font)), ("fontsize", .string("12")), ("fontcolor", .string(DiagramPalette.ink)),
                ("shape", .string("box")), ("style", .string("filled")), ("penwidth", .string("1.2")),
            ])
            printer.statement("edge", [
                ("fontname", .string(DiagramPalette.font)), ("fontsize", .string("10")), ("fontcolor", .string(DiagramPalette.muted)),
                ("arrowsize", .string("0.8")),
            ])
            printer.line("")
            members(of: diagram.content, into: &printer)
            printer.line("")
            for edge in diagram.edges {
                printer.open(edge: edge.from, to: edge.to)
                DOTStyles.edge(edge, into: &printer)
                printer.close()
            }
            let legend = diagram.legend
            if !legend.isEmpty {
                printer.line("")
                printer.statement(DOTPrinter.id("storm:legend"), [("shape", .string("plain")), ("style", .string("solid")),
                                                                   ("label", .html(DOTLabels.legend(legend)))])
            }
        }
        return printer.finish()
    }

    private static func members(of group: DiagramGroup, into printer: inout DOTPrinter) {
        for member in group.members {
            switch member {
            case .node(let node):
                printer.open(node: node.id)
                DOTStyles.node(node, into: &printer)
                printer.close()
            case .group(let inner):
                printer.block("subgraph " + DOTPrinter.id("cluster_" + inner.id)) { printer in
                    printer.statement("graph", DOTStyles.frame(inner))
                    members(of: inner, into: &printer)
                    // Graphviz leaves out a frame with nothing inside; an invisible point keeps it.
                    if inner.members.isEmpty {
                        printer.statement(DOTPrinter.id("storm:empty:" + inner.id), [("shape", .string("point")), ("style", .string("invis"))])
                    }
                }
            }
        }
    }
}
