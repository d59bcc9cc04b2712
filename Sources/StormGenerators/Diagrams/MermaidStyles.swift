import StormSupport

/// The shapes, arrows, labels and class definitions of Mermaid diagrams, in the colours of
/// ``DiagramPalette``. Model text passes through ``MermaidEscaping/text(_:)``; the rest is fixed markup.
enum MermaidStyles {
    /// Writes a node statement after its ID: the shape tells the kind (rounded contexts, stadium actors,
    /// flag hotspots).
    static func write(_ node: DiagramNode, to out: inout TextBuffer) {
        let (open, close) = switch node.role {
        case .coreContext, .supportingContext, .genericContext, .context, .team: ("(", ")")
        case .actor: ("([", "])")
        case .externalSystem: ("[[", "]]")
        case .hotspot: (">", "]")
        case .gateway: ("{", "}")
        case .failure: ("[/", "/]")
        case .command, .aggregate, .event, .policy, .readModel: ("[", "]")
        }
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

    /// An edge statement between its ends' IDs (` --> `, ` -->|"label"| `): solid arrows for
    /// upstream/downstream and flows, plain lines for symmetric relationships, dotted for separate ways
    /// and unmapped flows, thick for flows across a boundary.
    static func edge(_ edge: DiagramEdge) -> String {
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
        return label.isEmpty ? " \(arrow) " : " \(arrow)|\"\(label)\"| "
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

    /// Writes the class definitions, class assignments, frame styles and link styles of the diagram, whose
    /// nodes (``DiagramGroup/allNodes``) and legend are given, a line each. The lists of node IDs and edge
    /// places, which hold every node and edge of a big picture, are written number by number.
    static func writeClasses(_ diagram: Diagram, nodes: [DiagramNode], legend: [DiagramLegendEntry], ids: MermaidIDs,
                             to out: inout TextBuffer) {
        func line(_ text: String) {
            out.append(text)
            out.append(byte: UInt8(ascii: "\n"))
        }
        // Writes `start`, the numbers (as node IDs when `asNodes`) separated by commas, and `end`, as a line.
        func list(_ start: String, _ numbers: [Int], asNodes: Bool, _ end: String) {
            out.append(start)
            for (index, number) in numbers.enumerated() {
                if index > 0 { out.append(byte: UInt8(ascii: ",")) }
                if asNodes { MermaidIDs.write(number, to: &out) } else { out.append(number) }
            }
            line(end)
        }
        // The team class is defined only on the team map, so the other diagrams stay as they were.
        let hasTeams = nodes.contains { $0.role == .team }
        let roles = DiagramNode.Role.allCases
        for role in roles where role != .team || hasTeams {
            let colours = DiagramPalette.colours(role)
            line("    classDef \(className(role)) fill:\(colours.fill),stroke:\(colours.stroke),color:\(colours.text)")
        }
        line("    classDef mud stroke:\(DiagramPalette.mud),stroke-width:3px,stroke-dasharray:6 3")
        line("    classDef foreign stroke-dasharray:5 3,color:\(DiagramPalette.muted)")
        line("    classDef crossing fill:#FFFFFF,stroke:\(DiagramPalette.line(.crossContextFlow).colour),color:\(DiagramPalette.ink)")
        line("    classDef legendText fill:none,stroke:none,color:\(DiagramPalette.ink)")
        line("    classDef legendSpacer fill:none,stroke:none")
        // The nodes' numbers by role (in the order of `roles`), and the muddy, foreign and external ones, found in one pass.
        var byRole = [[Int]](repeating: [], count: roles.count)
        var muddy: [Int] = [], foreign: [Int] = [], external: [Int] = []
        for place in nodes.indices {
            let number = ids.ofNode(place)
            byRole[roles.firstIndex(of: nodes[place].role)!].append(number)
            if nodes[place].isMuddy { muddy.append(number) }
            if nodes[place].isForeign { foreign.append(number) }
            if nodes[place].isExternal { external.append(number) }
        }
        for (position, role) in roles.enumerated() where !byRole[position].isEmpty {
            list("    class ", byRole[position], asNodes: true, " " + className(role))
        }
        // Defined only where used, so diagrams without external contexts stay as they were.
        if !external.isEmpty || legend.contains(.externalContext) {
            line("    classDef outside stroke:\(DiagramPalette.muted),stroke-width:2px,stroke-dasharray:8 4")
        }
        for (name, members) in [("mud", muddy), ("foreign", foreign), ("outside", external)] where !members.isEmpty {
            list("    class ", members, asNodes: true, " " + name)
        }
        for group in diagram.content.allGroups.dropFirst() {
            let colours = DiagramPalette.frame(group.style)
            let dashes = group.style == .foreignContext ? ",stroke-dasharray:5 3" : ""
            line("    style \(ids.group(group.id)) fill:\(colours.fill),stroke:\(colours.stroke),color:\(colours.text)\(dashes)")
        }
        // The edges' places by style (in the order of `styles`), found in one pass.
        let styles = DiagramEdge.Style.allCases
        var byStyle = [[Int]](repeating: [], count: styles.count)
        for place in diagram.edges.indices { byStyle[styles.firstIndex(of: diagram.edges[place].style)!].append(place) }
        for (position, style) in styles.enumerated() where !byStyle[position].isEmpty {
            let stroke = DiagramPalette.line(style)
            list("    linkStyle ", byStyle[position], asNodes: false, " stroke:\(stroke.colour),stroke-width:\(stroke.width)px")
        }
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
