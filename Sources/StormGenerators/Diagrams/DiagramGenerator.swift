import StormModel
import StormSupport

/// Context maps and event flows as pictures: Graphviz DOT and Mermaid text, the same bytes for the same
/// model on every run.
public enum DiagramGenerator {
    /// Every view in both languages: `context-map`, `big-picture`, `flow-<Context>` for each context and
    /// `lifecycle-<Context>` for each context with a lifecycle, and `teams` when the context maps relate teams,
    /// as `.dot` and `.mmd` files (the contents of `Generated/<Model>/Diagrams/`).
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        try GeneratedFile.collected { emit throws(GeneratorError) in try generate(model, options: options, emit: emit) }
    }

    /// The same files, handed to `emit` a few views at a time (``concurrentBatches(_:_:emit:)``).
    public static func generate(_ model: Model, options: GeneratorOptions, emit: ([GeneratedFile]) -> Void) throws(GeneratorError) {
        var views = [("context-map", DiagramOptions()), ("big-picture", DiagramOptions(view: .bigPicture))]
        views += model.contexts.map { ("flow-\($0.name)", DiagramOptions(view: .flow, context: $0.name)) }
        views += model.contexts.filter { !LifecycleView.machines(of: $0).isEmpty }
            .map { ("lifecycle-\($0.name)", DiagramOptions(view: .lifecycle, context: $0.name)) }
        // The team map, for a model whose context maps relate teams.
        if model.contextMaps.contains(where: { !$0.teamRelationships.isEmpty }) { views.append(("teams", DiagramOptions(view: .teams))) }
        let index = FlowView.FlowIndex(model)
        // The header names the model's files: worked out once, not once a view (a view a context).
        let header = GeneratedHeader.lines(for: model, options: options)
        try concurrentBatches(views, { view throws(GeneratorError) in
            let (name, diagram) = view
            let texts = try render(model, diagram: diagram, languages: DiagramLanguage.allCases, index: index, header: header)
            return zip(DiagramLanguage.allCases, texts).map { language, text in
                GeneratedFile(path: OutputPaths.diagram(name, language), text: text)
            }
        }, emit: emit)
    }

    /// One view of the model in one language, as `stormc map` prints it.
    ///
    /// Throws when the `flow` or `lifecycle` view names no context, or a context the model does not have,
    /// and when the `lifecycle` view's context declares no lifecycle.
    public static func render(_ model: Model, diagram: DiagramOptions = DiagramOptions(), language: DiagramLanguage,
                              options: GeneratorOptions = GeneratorOptions()) throws(GeneratorError) -> String {
        try render(model, diagram: diagram, languages: [language], index: nil,
                   header: GeneratedHeader.lines(for: model, options: options))[0].string
    }

    /// One view in each of `languages`, in their order (see ``render(_:diagram:language:options:)``), with
    /// the flow index of the model when it was made already, and the header lines, each as the bytes
    /// written. The picture is built once for all the languages.
    static func render(_ model: Model, diagram: DiagramOptions, languages: [DiagramLanguage],
                       index: FlowView.FlowIndex?, header: [String]) throws(GeneratorError) -> [WrittenText] {
        if diagram.view == .lifecycle {
            let context = try context(of: diagram, in: model)
            guard !LifecycleView.machines(of: context).isEmpty else {
                let others = model.contexts.filter { !LifecycleView.machines(of: $0).isEmpty }.map(\.name)
                throw GeneratorError("context '\(context.name)' declares no lifecycle; "
                    + (others.isEmpty ? "no context of the model does" : "contexts with one: \(others.joined(separator: ", "))"))
            }
            return languages.map { WrittenText(LifecycleView.render(context, model: model, language: $0, header: header)) }
        }
        let picture = try build(model, diagram, index: index)
        return languages.map { language in
            switch language {
            // Graphviz draws edge-end badges at the box, where equal ones would stack; Mermaid labels the edge.
            case .dot: DOTRenderer.render(RoleBadges.once(picture), header: header)
            case .mermaid: MermaidRenderer.render(picture, header: header)
            }
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
        case .flow, .lifecycle:
            // The lifecycle view is a state diagram, drawn by ``LifecycleView`` rather than from a ``Diagram``.
            return try FlowView.diagram(for: context(of: diagram, in: model), in: model, index: index)
        }
    }

    /// The context the `flow` or `lifecycle` view draws.
    private static func context(of diagram: DiagramOptions, in model: Model) throws(GeneratorError) -> BoundedContext {
        var names: String { model.contexts.map(\.name).joined(separator: ", ") }
        guard let name = diagram.context else {
            throw GeneratorError("the \(diagram.view.rawValue) view needs a context (--context NAME); the model has: \(names)")
        }
        guard let context = model.context(named: name) else {
            throw GeneratorError("no context named '\(name)'; the model has: \(names)")
        }
        return context
    }
}
