import StormModel

/// Which contexts each context's generated code refers to: in a package, each context is a target, and
/// its target depends on theirs.
struct ContextDependencies {
    /// For each context name, the names of the contexts it refers to, in model order.
    let dependencies: [String: [String]]

    init(model: Model) {
        var result: [String: [String]] = [:]
        for context in model.contexts {
            var referenced = Set<String>()
            var fields: [Field] = context.valueObjects.flatMap(\.fields)
            fields += context.entities.flatMap(\.fields)
            fields += context.aggregates.flatMap(\.fields)
            fields += context.commands.flatMap(\.fields)
            fields += context.events.flatMap(\.fields)
            fields += context.readModels.flatMap(\.fields)
            fields += context.commands.flatMap { $0.failures.flatMap(\.fields) }
            fields += context.readModels.flatMap { $0.queries.flatMap(\.parameters) }
            for field in fields { if let reference = field.type.namedReference { referenced.insert(reference.context) } }
            for query in context.readModels.flatMap(\.queries) { if let reference = query.returns.namedReference { referenced.insert(reference.context) } }
            for policy in context.policies { referenced.formUnion((policy.triggers + policy.issuedCommands).map(\.context)) }
            for readModel in context.readModels { referenced.formUnion(readModel.sources.map(\.context)) }
            for product in context.dataProducts {
                referenced.formUnion((product.inputPorts + product.outputPorts).flatMap(\.events).map(\.context))
            }
            referenced.remove(context.name)
            result[context.name] = model.contexts.map(\.name).filter(referenced.contains)
        }
        dependencies = result
    }

    /// The contexts grouped so that no two groups refer to each other: each strongly connected component
    /// of the references (Tarjan's algorithm), singletons for contexts in no cycle. Groups come in model order
    /// of their first context; contexts keep model order inside a group.
    func components(in order: [String]) -> [[String]] {
        var index: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var stack: [String] = []
        var onStack = Set<String>()
        var found: [[String]] = []
        func connect(_ name: String) {
            index[name] = index.count
            lowLink[name] = index[name]
            stack.append(name)
            onStack.insert(name)
            for next in dependencies[name] ?? [] {
                if index[next] == nil {
                    connect(next)
                    lowLink[name] = min(lowLink[name]!, lowLink[next]!)
                } else if onStack.contains(next) {
                    lowLink[name] = min(lowLink[name]!, index[next]!)
                }
            }
            guard lowLink[name] == index[name] else { return }
            var component: [String] = []
            while let top = stack.popLast() {
                onStack.remove(top)
                component.append(top)
                if top == name { break }
            }
            found.append(component)
        }
        for name in order where index[name] == nil { connect(name) }
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return found.map { $0.sorted { position[$0]! < position[$1]! } }.sorted { position[$0[0]]! < position[$1[0]]! }
    }
}
