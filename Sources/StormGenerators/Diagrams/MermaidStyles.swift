import StormSupport

/// The shapes, arrows, labels and class definitions of Mermaid diagrams, in the colours of
/// ``DiagramPalette``. Model text passes through ``MermaidEscaping/text(_:)``; the rest is fixed markup.
enum MermaidStyles {
    /// Writes a node statement: the shape tells the kind (rounded contexts, stadium actors, flag hotspots).
    static func write(_ node: DiagramNode, id: String, to out: inout TextBuffer) {
        let (open, close) = switch node.role {
        case .coreContext, .supportingContext, .genericContext, .context, .team: ("(", ")")
        case .actor: ("([", "])")
        case .externalSystem: ("[[", "]]")
        case .hotspot: (">", "]")
        case .gateway: ("{", "}")
        case .failure: ("[/", "/]")
        case .command, .aggregate, .event, .policy, .readModel: ("[", "]")
        }
        out.append(id)
        out.append(open)
        out.append(byte: UInt8(ascii: "\""))
        for (index, line) in node.lines.enumerated() {
            if index > 0 { out.append("<br/>") }
            switch line.emphasis {
            case .title: out.append("<b>")
            case .body: break
            case .note: out.append("<i>")
            case .warning: out.append("<b><i>")
            }
            out.append(MermaidEscaping.text(line.text))
            switch line.emphasis {
            case .title: out.append("</b>")
            case .body: break
            case .note: out.append("</i>")
            case .warning: out.append("</i></b>")
            }
        }
        out.append(byte: UInt8(ascii: "\""))
        out.append(close)
    }

    /// An edge statement: solid arrows for upstream/downstream and flows, plain lines for symmetric
    /// relationships, dotted for separate ways and unmapped flows, thick for flows across a boundary.
    static func edge(_ edge: DiagramEdge, from: String, to: String) -> String {
        let arrow = switch edge.style {
        case .upstreamDownstream, .flow: "-->"
        case .partnership, .sharedKernel: "---"
        case .separateWays: "-.-"
        case .unmappedFlow: "-.->"
        case .crossContextFlow: "==>"
        case .failure: "-.->"
        }
        var label = lines(edge.label)
        if !edge.tail.isEmpty || !edge.head.isEmpty {
            let roles = marks(edge.tail) + " #8594; " + marks(edge.head)
            label = label.isEmpty ? roles : roles + "<br/>" + label
        }
        return label.isEmpty ? "\(from) \(arrow) \(to)" : "\(from) \(arrow)|\"\(label)\"| \(to)"
    }

    /// A legend entry's box: its text and its class (a swatch's colours, or plain text for a mark).
    static func legendEntry(_ entry: DiagramLegendEntry) -> (text: String, className: String) {
        switch entry {
        case .role(let role): (MermaidEscaping.text(DiagramPalette.legendText(role)), className(role))
        case .bigBallOfMud: ("big ball of mud", "context")
        case .crossContextFlow: ("<b>#8594;</b> crosses a context boundary", "crossing")
        case .externalContext: ("external context (dashed): not owned", "outside")
        case .abbreviation(let mark, let meaning): ("<b>\(MermaidEscaping.text(mark))</b> \(MermaidEscaping.text(meaning))", "legendText")
        }
    }

    /// The class definitions, class assignments, frame styles and link styles of the diagram, whose nodes
    /// (``DiagramGroup/allNodes``) and legend are given.
    static func classes(_ diagram: Diagram, nodes: [DiagramNode], legend: [DiagramLegendEntry], ids: MermaidIDs) -> [String] {
        // The team class is defined only on the team map, so the other diagrams stay as they were.
        let hasTeams = nodes.contains { $0.role == .team }
        var lines = DiagramNode.Role.allCases.filter { $0 != .team || hasTeams }.map { role in
            let colours = DiagramPalette.colours(role)
            return "    classDef \(className(role)) fill:\(colours.fill),stroke:\(colours.stroke),color:\(colours.text)"
        }
        lines += [
            "    classDef mud stroke:\(DiagramPalette.mud),stroke-width:3px,stroke-dasharray:6 3",
            "    classDef foreign stroke-dasharray:5 3,color:\(DiagramPalette.muted)",
            "    classDef crossing fill:#FFFFFF,stroke:\(DiagramPalette.line(.crossContextFlow).colour),color:\(DiagramPalette.ink)",
            "    classDef legendText fill:none,stroke:none,color:\(DiagramPalette.ink)",
            "    classDef legendSpacer fill:none,stroke:none",
        ]
        // The nodes' IDs by role, and the muddy, foreign and external ones, found in one pass.
        var byRole: [DiagramNode.Role: [String]] = [:]
        var muddy: [String] = [], foreign: [String] = [], external: [String] = []
        for (place, node) in nodes.enumerated() {
            let id = ids.ofNode(place)
            byRole[node.role, default: []].append(id)
            if node.isMuddy { muddy.append(id) }
            if node.isForeign { foreign.append(id) }
            if node.isExternal { external.append(id) }
        }
        for role in DiagramNode.Role.allCases {
            if let members = byRole[role] { lines.append("    class \(members.joined(separator: ",")) \(className(role))") }
        }
        // Defined only where used, so diagrams without external contexts stay as they were.
        if !external.isEmpty || legend.contains(.externalContext) {
            lines.append("    classDef outside stroke:\(DiagramPalette.muted),stroke-width:2px,stroke-dasharray:8 4")
        }
        for (name, members) in [("mud", muddy), ("foreign", foreign), ("outside", external)] where !members.isEmpty {
            lines.append("    class \(members.joined(separator: ",")) \(name)")
        }
        for group in diagram.content.allGroups.dropFirst() {
            let colours = DiagramPalette.frame(group.style)
            let dashes = group.style == .foreignContext ? ",stroke-dasharray:5 3" : ""
            lines.append("    style \(ids.group(group.id)) fill:\(colours.fill),stroke:\(colours.stroke),color:\(colours.text)\(dashes)")
        }
        // The edges' places by style, found in one pass.
        var byStyle: [DiagramEdge.Style: [String]] = [:]
        for (place, edge) in diagram.edges.enumerated() { byStyle[edge.style, default: []].append(String(place)) }
        for style in DiagramEdge.Style.allCases {
            guard let indices = byStyle[style] else { continue }
            let line = DiagramPalette.line(style)
            lines.append("    linkStyle \(indices.joined(separator: ",")) stroke:\(line.colour),stroke-width:\(line.width)px")
        }
        return lines
    }

    private static func lines(_ lines: [DiagramLine]) -> String {
        lines.map { line in
            let text = MermaidEscaping.text(line.text)
            return switch line.emphasis {
            case .title: "<b>\(text)</b>"
            case .body: text
            case .note: "<i>\(text)</i>"
            case .warning: "<b><i>\(text)</i></b>"
            }
        }.joined(separator: "<br/>")
    }

    private static func marks(_ marks: [String]) -> String {
        guard let side = marks.first else { return "" }
        return (["<b>\(MermaidEscaping.text(side))</b>"] + marks.dropFirst().map(MermaidEscaping.text)).joined(separator: " ")
    }

    private static func className(_ role: DiagramNode.Role) -> String {
        switch role {
        case .coreContext: "core"
        case .supportingContext: "supporting"
        case .genericContext: "generic"
        case .context: "context"
        case .actor: "actor"
        case .externalSystem: "external"
        case .command: "command"
        case .aggregate: "aggregate"
        case .event: "event"
        case .policy: "policy"
        case .readModel: "readModel"
        case .hotspot: "hotspot"
        case .team: "team"
        case .gateway: "gateway"
        case .failure: "failure"
        }
    }
}
