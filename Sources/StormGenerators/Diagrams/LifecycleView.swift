import StormModel

/// The `lifecycle` view: each aggregate of one context that declares a `lifecycle`, as a state machine.
/// Its states are rounded boxes inside the aggregate's frame; a dot points at the initial state, every
/// final state points at a ringed dot, and each transition is an arrow labelled with its command.
///
/// It is drawn as Graphviz DOT and as a Mermaid `stateDiagram-v2` (not a flowchart: code hosts draw state
/// diagrams in the UML notation readers know), both in source order.
enum LifecycleView {
    /// The aggregates of `context` that have a lifecycle, with it.
    static func machines(of context: BoundedContext) -> [(aggregate: Aggregate, lifecycle: Lifecycle)] {
        context.aggregates.compactMap { aggregate in aggregate.lifecycle.map { (aggregate, $0) } }
    }

    /// The picture of `context`'s lifecycles in `language`, preceded by the header lines as comments.
    static func render(_ context: BoundedContext, model: Model, language: DiagramLanguage, header: [String]) -> String {
        let title = "\(model.name) · \(context.name) · lifecycles"
        return switch language {
        case .dot: dot(context, model: model, title: title, header: header)
        case .mermaid: mermaid(context, title: title, header: header)
        }
    }

    /// The states of a lifecycle with their positions, for short generated IDs.
    private static func positions(_ lifecycle: Lifecycle) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (index, state) in lifecycle.states.enumerated() where positions[state] == nil { positions[state] = index + 1 }
        return positions
    }

    private static func dot(_ context: BoundedContext, model: Model, title: String, header: [String]) -> String {
        var printer = DOTPrinter()
        header.forEach { printer.line(DOTEscaping.comment($0)) }
        let state = DiagramColours(fill: "#FFFFFF", stroke: DiagramPalette.colours(.aggregate).stroke)
        printer.block("digraph \(DOTPrinter.id(FileNames.component(model.name)))") { printer in
            printer.statement("graph", [
                ("label", .html("<FONT POINT-SIZE=\"22\"><B>\(DOTEscaping.html(title))</B></FONT>")),
                ("labelloc", .string("t")), ("fontname", .string(DiagramPalette.font)), ("fontcolor", .string(DiagramPalette.ink)),
                ("rankdir", .string("LR")), ("nodesep", .string("0.5")), ("ranksep", .string("0.7")), ("pad", .string("0.4")),
                ("bgcolor", .string("white")),
            ])
            printer.statement("node", [
                ("fontname", .string(DiagramPalette.font)), ("fontsize", .string("12")), ("fontcolor", .string(DiagramPalette.ink)),
                ("shape", .string("box")), ("style", .string("rounded,filled")), ("fillcolor", .string(state.fill)),
                ("color", .string(state.stroke)), ("penwidth", .string("1.4")),
            ])
            printer.statement("edge", [
                ("fontname", .string(DiagramPalette.font)), ("fontsize", .string("10")), ("fontcolor", .string(DiagramPalette.colours(.command).stroke)),
                ("color", .string(DiagramPalette.muted)), ("arrowsize", .string("0.8")),
            ])
            for (aggregate, lifecycle) in machines(of: context) {
                let prefix = FlowStickies.id(context.name, "aggregate", aggregate.name)
                func node(_ state: String) -> String { DOTPrinter.id(prefix + ".state." + state) }
                let frame = DiagramGroup(id: prefix, title: aggregate.name, caption: "aggregate", style: .aggregate)
                printer.line("")
                printer.block("subgraph " + DOTPrinter.id("cluster_" + prefix)) { printer in
                    printer.statement("graph", DOTStyles.frame(frame))
                    printer.statement(DOTPrinter.id(prefix + ".initial"), [
                        ("shape", .string("point")), ("width", .string("0.18")), ("color", .string(DiagramPalette.ink)),
                        ("fillcolor", .string(DiagramPalette.ink)), ("style", .string("filled")),
                    ])
                    let finals = Set(lifecycle.finalStates)
                    for state in lifecycle.states {
                        printer.statement(node(state), [("label", .html("<B>\(DOTEscaping.html(DiagramText.lines(state).joined(separator: " ")))</B>"))]
                            + (finals.contains(state) ? [("penwidth", .string("2.4"))] : []))
                    }
                    if !lifecycle.finalStates.isEmpty {
                        printer.statement(DOTPrinter.id(prefix + ".final"), [
                            ("shape", .string("doublecircle")), ("label", .string("")), ("width", .string("0.12")),
                            ("color", .string(DiagramPalette.ink)), ("fillcolor", .string(DiagramPalette.ink)), ("style", .string("filled")),
                        ])
                    }
                }
                if let initial = lifecycle.initialState {
                    printer.statement(DOTPrinter.id(prefix + ".initial") + " -> " + node(initial), [])
                }
                for transition in lifecycle.transitions {
                    printer.statement(node(transition.from) + " -> " + node(transition.to),
                                      [("label", .html(DOTEscaping.html(DiagramText.lines(transition.command).joined(separator: " "))))])
                }
                for state in lifecycle.finalStates {
                    printer.statement(node(state) + " -> " + DOTPrinter.id(prefix + ".final"), [])
                }
            }
        }
        return printer.output
    }

    /// Mermaid IDs are generated (`a1`, `a1_s2`) so no name can collide with a keyword; names only
    /// appear in quoted descriptions and in transition labels, escaped. The picture is a
    /// composite state of its own, titled like the DOT graph.
    private static func mermaid(_ context: BoundedContext, title: String, header: [String]) -> String {
        var lines = header.map(MermaidEscaping.comment)
        lines += ["stateDiagram-v2", "    direction LR", "    state \"\(MermaidEscaping.text(title))\" as picture {"]
        var finalIDs: [String] = []
        for (index, (aggregate, lifecycle)) in machines(of: context).enumerated() {
            let id = "a\(index + 1)"
            let positions = positions(lifecycle)
            func state(_ name: String) -> String { "\(id)_s\(positions[name] ?? 0)" }
            lines.append("        state \"\(MermaidEscaping.text(aggregate.name))\" as \(id) {")
            for name in lifecycle.states {
                lines.append("            state \"\(MermaidEscaping.text(name))\" as \(state(name))")
            }
            if let initial = lifecycle.initialState { lines.append("            [*] --> \(state(initial))") }
            for transition in lifecycle.transitions {
                lines.append("            \(state(transition.from)) --> \(state(transition.to)) : \(MermaidEscaping.text(transition.command))")
            }
            for name in lifecycle.finalStates { lines.append("            \(state(name)) --> [*]") }
            lines.append("        }")
            finalIDs += lifecycle.finalStates.map(state)
        }
        lines.append("    }")
        let stroke = DiagramPalette.colours(.aggregate).stroke
        lines.append("    classDef finalState stroke:\(stroke),stroke-width:3px")
        if !finalIDs.isEmpty { lines.append("    class \(finalIDs.joined(separator: ",")) finalState") }
        return lines.joined(separator: "\n") + "\n"
    }
}
