import StormModel

/// Context maps and event flows as pictures: Graphviz DOT and Mermaid text, the same bytes for the same
/// model on every run.
public enum DiagramGenerator {
    /// Every view in both languages: `context-map`, `big-picture`, `flow-<Context>` for each context and
    /// `teams` when the context maps relate teams,
    /// as `.dot` and `.mmd` files (the contents of `Generated/<Model>/Diagrams/`).
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        var views = [("context-map", DiagramOptions()), ("big-picture", DiagramOptions(view: .bigPicture))]
        views += model.contexts.map { ("flow-\($0.name)", DiagramOptions(view: .flow, context: $0.name)) }
        // The team map, for a model whose context maps relate teams.
        if model.contextMaps.contains(where: { !$0.teamRelationships.isEmpty }) { views.append(("teams", DiagramOptions(view: .teams))) }
        var files: [GeneratedFile] = []
        let index = FlowView.FlowIndex(model)
        // The header names the model's files: worked out once, not once a view (a view a context).
        let header = GeneratedHeader.lines(for: model, options: options)
        for (name, diagram) in views {
            for language in DiagramLanguage.allCases {
                let contents = try render(model, diagram: diagram, language: language, index: index, header: header)
                files.append(GeneratedFile(path: OutputPaths.diagram(name, language), contents: contents))
            }
        }
        return files
    }

    /// One view of the model in one language, as `stormc map` prints it.
    ///
    /// Throws when the `flow` view names no context, or a context the model does not have.
    public static func render(_ model: Model, diagram: DiagramOptions = DiagramOptions(), language: DiagramLanguage,
                              options: GeneratorOptions = GeneratorOptions()) throws(GeneratorError) -> String {
        try render(model, diagram: diagram, language: language, index: nil,
                   header: GeneratedHeader.lines(for: model, options: options))
    }

    /// ``render(_:diagram:language:options:)`` with the flow index of the model, when it was made
    /// already, and the header lines.
    static func render(_ model: Model, diagram: DiagramOptions, language: DiagramLanguage,
                       index: FlowView.FlowIndex?, header: [String]) throws(GeneratorError) -> String {
        let picture = try build(model, diagram, index: index)
        return switch language {
        // Graphviz draws edge-end badges at the box, where equal ones would stack; Mermaid labels the edge.
        case .dot: DOTRenderer.render(RoleBadges.once(picture), header: header)
        case .mermaid: MermaidRenderer.render(picture, header: header)
        }
    }

    /// The language-independent picture of a view.
    static func build(_ model: Model, _ diagram: DiagramOptions, index: FlowView.FlowIndex? = nil) throws(GeneratorError) -> Diagram {
        switch diagram.view {
        case .contextMap:
            let map = diagram.collapse == .domain ? ContextMapCollapse.diagram(for: model)
                : ContextMapView.diagram(for: model, clustering: diagram.clustering, showEvents: diagram.showEvents)
            guard let focus = diagram.focus else { return map }
            return try ContextMapFocus.focus(map, on: focus, depth: diagram.depth)
        case .bigPicture:
            return FlowView.bigPicture(of: model)
        case .teams:
            return TeamMapView.diagram(for: model)
        case .flow:
            var names: String { model.contexts.map(\.name).joined(separator: ", ") }
            guard let name = diagram.context else {
                throw GeneratorError("the flow view needs a context (--context NAME); the model has: \(names)")
            }
            guard let context = model.context(named: name) else {
                throw GeneratorError("no context named '\(name)'; the model has: \(names)")
            }
            return FlowView.diagram(for: context, in: model, index: index)
        }
    }
}
