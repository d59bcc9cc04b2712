/// The attributes of DOT nodes, frames and edges: colours from ``DiagramPalette``, labels from ``DOTLabels``.
enum DOTStyles {
    static func node(_ node: DiagramNode) -> [(String, DOTValue)] {
        let colours = DiagramPalette.colours(node.role)
        let isContext = [.coreContext, .supportingContext, .genericContext, .context, .team].contains(node.role)
        var style = isContext ? ["rounded", "filled"] : ["filled"]
        if node.isMuddy || node.isForeign || node.isExternal { style.append("dashed") }
        var attributes: [(String, DOTValue)] = [
            ("label", .html(DOTLabels.lines(node.lines, titleSize: isContext ? 16 : 12))),
            ("fillcolor", .string(colours.fill)), ("color", .string(node.isMuddy ? DiagramPalette.mud : colours.stroke)),
            ("style", .string(style.joined(separator: ","))),
        ]
        switch node.role {
        case .coreContext, .supportingContext, .genericContext, .context, .team:
            attributes += [("margin", .string("0.3,0.15")), ("penwidth", .string(node.isMuddy ? "2.5" : "1.8"))]
        case .actor:
            attributes += [("width", .string("0.9")), ("height", .string("0.5"))]
        case .hotspot:
            attributes += [("shape", .string("note")), ("width", .string("1.3")), ("height", .string("0.8"))]
        case .externalSystem, .command, .aggregate, .event, .policy, .readModel:
            attributes += [("width", .string("1.3")), ("height", .string("0.8"))]
        case .gateway:
            attributes += [("shape", .string("diamond")), ("width", .string("0.5")), ("height", .string("0.5")), ("fixedsize", .string("true"))]
        case .failure:
            attributes += [("width", .string("1.3")), ("height", .string("0.6"))]
        }
        if node.isForeign { attributes.append(("fontcolor", .string(DiagramPalette.muted))) }
        return attributes
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

    static func edge(_ edge: DiagramEdge) -> [(String, DOTValue)] {
        let line = DiagramPalette.line(edge.style)
        var attributes: [(String, DOTValue)] = edge.id.map { [("id", .string($0))] } ?? []
        attributes += [("color", .string(line.colour)), ("penwidth", .string(line.width))]
        switch edge.style {
        case .partnership, .sharedKernel: attributes.append(("dir", .string("none")))
        case .separateWays: attributes += [("dir", .string("none")), ("style", .string("dashed"))]
        case .unmappedFlow: attributes.append(("style", .string("dotted")))
        case .crossContextFlow: attributes.append(("arrowsize", .string("1")))
        case .failure: attributes.append(("style", .string("dashed")))
        case .upstreamDownstream, .flow: break
        }
        if !edge.tail.isEmpty { attributes.append(("taillabel", .html(DOTLabels.badge(edge.tail, colour: line.colour)))) }
        if !edge.head.isEmpty { attributes.append(("headlabel", .html(DOTLabels.badge(edge.head, colour: line.colour)))) }
        if !edge.tail.isEmpty || !edge.head.isEmpty {
            attributes += [("labeldistance", .string("2.6")), ("labelangle", .string("0"))]
        }
        if !edge.label.isEmpty {
            attributes += [("label", .html(DOTLabels.lines(edge.label, titleSize: 11))), ("fontcolor", .string(line.colour))]
        }
        return attributes
    }
}
