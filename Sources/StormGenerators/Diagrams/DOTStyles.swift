/// The attributes of DOT nodes, frames and edges: colours from ``DiagramPalette``, labels from ``DOTLabels``.
enum DOTStyles {
    /// Writes the attributes of a node into the open statement of `printer`.
    static func node(_ node: DiagramNode, into printer: inout DOTPrinter) {
        let colours = DiagramPalette.colours(node.role)
        let isContext = switch node.role {
        case .coreContext, .supportingContext, .genericContext, .context, .team: true
        default: false
        }
        let dashed = node.isMuddy || node.isForeign || node.isExternal
        printer.attribute("label") { DOTLabels.write(node.lines, titleSize: isContext ? 16 : 12, to: &$0) }
        printer.attribute("fillcolor", colours.fill)
        printer.attribute("color", node.isMuddy ? DiagramPalette.mud : colours.stroke)
        printer.attribute("style", isContext ? (dashed ? "rounded,filled,dashed" : "rounded,filled") : (dashed ? "filled,dashed" : "filled"))
        switch node.role {
        case .coreContext, .supportingContext, .genericContext, .context, .team:
            printer.attribute("margin", "0.3,0.15")
            printer.attribute("penwidth", node.isMuddy ? "2.5" : "1.8")
        case .actor:
            printer.attribute("width", "0.9")
            printer.attribute("height", "0.5")
        case .hotspot:
            printer.attribute("shape", "note")
            printer.attribute("width", "1.3")
            printer.attribute("height", "0.8")
        case .externalSystem, .command, .aggregate, .event, .policy, .readModel:
            printer.attribute("width", "1.3")
            printer.attribute("height", "0.8")
        case .gateway:
            printer.attribute("shape", "diamond")
            printer.attribute("width", "0.5")
            printer.attribute("height", "0.5")
            printer.attribute("fixedsize", "true")
        case .failure:
            printer.attribute("width", "1.3")
            printer.attribute("height", "0.6")
        }
        if node.isForeign { printer.attribute("fontcolor", DiagramPalette.muted) }
    }

    static func frame(_ group: DiagramGroup) -> [(String, DOTValue)] {
        let colours = DiagramPalette.frame(group.style)
        let style: String, width: String, titleSize: Int
        switch group.style {
        case .root, .cluster: (style, width, titleSize) = ("rounded,filled", "1.2", 14)
        case .context: (style, width, titleSize) = ("rounded,filled", "2", 16)
        case .foreignContext: (style, width, titleSize) = ("rounded,dashed", "1.2", 14)
        case .aggregate: (style, width, titleSize) = ("filled", "1.2", 12)
        }
        return [
            ("label", .html(DOTLabels.frame(group, titleSize: titleSize))), ("labeljust", .string("l")),
            ("style", .string(style)), ("fillcolor", .string(colours.fill)), ("color", .string(colours.stroke)),
            ("fontcolor", .string(colours.text)), ("penwidth", .string(width)), ("margin", .string("14")),
        ]
    }

    /// Writes the attributes of an edge into the open statement of `printer`.
    static func edge(_ edge: DiagramEdge, into printer: inout DOTPrinter) {
        let line = DiagramPalette.line(edge.style)
        if let id = edge.id { printer.attribute("id", id) }
        printer.attribute("color", line.colour)
        printer.attribute("penwidth", line.width)
        switch edge.style {
        case .partnership, .sharedKernel: printer.attribute("dir", "none")
        case .separateWays:
            printer.attribute("dir", "none")
            printer.attribute("style", "dashed")
        case .unmappedFlow: printer.attribute("style", "dotted")
        case .crossContextFlow: printer.attribute("arrowsize", "1")
        case .failure: printer.attribute("style", "dashed")
        case .upstreamDownstream, .flow: break
        }
        if !edge.tail.isEmpty { printer.attribute("taillabel", .html(DOTLabels.badge(edge.tail, colour: line.colour))) }
        if !edge.head.isEmpty { printer.attribute("headlabel", .html(DOTLabels.badge(edge.head, colour: line.colour))) }
        if !edge.tail.isEmpty || !edge.head.isEmpty {
            printer.attribute("labeldistance", "2.6")
            printer.attribute("labelangle", "0")
        }
        if !edge.label.isEmpty {
            printer.attribute("label") { DOTLabels.write(edge.label, titleSize: 11, to: &$0) }
            printer.attribute("fontcolor", line.colour)
        }
    }
}
