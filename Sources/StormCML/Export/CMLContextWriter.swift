import StormModel

/// Bounded contexts: settings, aggregates, the types outside aggregates (in a module named after the
/// context, since CML holds types only in aggregates and modules), and the flows of commands and policies.
extension CMLWriter {
    mutating func writeContext(_ context: BoundedContext) {
        checkNames(of: context)
        var header = "BoundedContext \(Self.name(context.name))"
        if let subdomain = context.subdomain { header += " implements \(Self.name(subdomain.name))" }
        lines.append(header + " {")
        if let vision = context.vision { lines.append("  domainVisionStatement = \(Self.quoted(vision))") }
        for setting in Self.settings(in: context.doc, keys: ["responsibilities", "implementationTechnology"]) { lines.append("  " + setting) }
        for actor in context.actors { leftOut("actor `\(actor.name)`", at: actor.range) }
        for system in context.externalSystems { leftOut("external system `\(system.name)`", at: system.range) }
        for hotspot in context.hotspots { leftOut("a hotspot", at: hotspot.range) }
        for readModel in context.readModels { leftOut("read model `\(readModel.name)`", at: readModel.range) }
        for product in context.dataProducts { leftOut("data product `\(product.name)`", at: product.range) }
        for identifier in context.identifiers {
            leftOut("identifier type `\(identifier.name)` (its fields become `\(identifier.rawType.rawValue)`)", at: identifier.range)
        }
        writeFlow(of: context)
        let loose = (
            values: context.valueObjects.filter { $0.aggregate == nil }, entities: context.entities.filter { $0.aggregate == nil },
            commands: context.commands.filter { $0.aggregate == nil }
        )
        if !loose.values.isEmpty || !loose.entities.isEmpty || !context.enumerations.isEmpty || !context.events.isEmpty || !loose.commands.isEmpty {
            lines.append("  Module \(Self.name(Self.moduleName(context.name))) {")
            for entity in loose.entities { writeType("Entity", entity.name, entity.fields, in: context, indent: "    ") }
            for value in loose.values { writeType("ValueObject", value.name, value.fields, in: context, indent: "    ") }
            for enumeration in context.enumerations {
                lines.append("    enum \(Self.name(enumeration.name)) {")
                lines.append("      " + enumeration.cases.map { Self.name($0.name) }.joined(separator: ", "))
                lines.append("    }")
            }
            for event in context.events { writeType("DomainEvent", event.name, event.fields, in: context, indent: "    ") }
            for command in loose.commands { writeType("CommandEvent", command.name, command.fields, in: context, indent: "    ") }
            lines.append("  }")
        }
        // The members of each aggregate, grouped once (not searched for per aggregate).
        var members: [String: [(keyword: String, name: String, fields: [Field])]] = [:]
        for entity in context.entities { if let aggregate = entity.aggregate { members[aggregate, default: []].append(("Entity", entity.name, entity.fields)) } }
        for value in context.valueObjects { if let aggregate = value.aggregate { members[aggregate, default: []].append(("ValueObject", value.name, value.fields)) } }
        for command in context.commands { if let aggregate = command.aggregate { members[aggregate, default: []].append(("CommandEvent", command.name, command.fields)) } }
        // The names a lifecycle's state enum must not take, gathered once per context.
        var taken: Set<String> = []
        if context.aggregates.contains(where: { $0.lifecycle != nil }) {
            taken = Set(context.enumerations.map(\.name) + context.valueObjects.map(\.name) + context.entities.map(\.name)
                        + context.events.map(\.name) + context.commands.map(\.name) + context.aggregates.map(\.name))
        }
        for aggregate in context.aggregates { writeAggregate(aggregate, members: members[aggregate.name] ?? [], of: context, taken: taken) }
        lines.append("}")
        lines.append("")
    }

    /// `Trips` → `trips`: the module holding a context's types outside aggregates.
    static func moduleName(_ context: String) -> String { context.prefix(1).lowercased() + context.dropFirst() }

    mutating func writeAggregate(_ aggregate: Aggregate, members: [(keyword: String, name: String, fields: [Field])], of context: BoundedContext,
                                 taken: Set<String>) {
        lines.append("  Aggregate \(Self.name(aggregate.name)) {")
        writeType("Entity", aggregate.name, aggregate.fields, in: context, indent: "    ", root: true)
        for invariant in aggregate.invariants { lines.append("    // Storm invariant: \(invariant)") }
        if !aggregate.invariants.isEmpty { leftOut("the invariants of aggregate `\(aggregate.name)`", at: aggregate.range) }
        for member in members { writeType(member.keyword, member.name, member.fields, in: context, indent: "    ") }
        writeLifecycleStates(aggregate, taken: taken)
        lines.append("  }")
    }

    mutating func writeType(_ keyword: String, _ name: String, _ fields: [Field], in context: BoundedContext, indent: String, root: Bool = false) {
        lines.append("\(indent)\(keyword) \(Self.name(name)) {")
        if root { lines.append("\(indent)  aggregateRoot") }
        for field in fields {
            guard Self.expressible(field.type.nonOptional) else {
                // CML's attributes are a type or a collection of one (Sculptor's `Map` is for operations only).
                leftOut("field `\(field.name)` of type `\(field.type)` (a CML attribute is a type or a list of one)", at: field.range)
                lines.append("\(indent)  // Storm field \(field.name): \(field.type)")
                continue
            }
            let (type, reference) = cml(field.type.nonOptional)
            lines.append("\(indent)  \(reference ? "- " : "")\(type) \(Self.name(field.name))\(field.type.isOptional ? " nullable" : "")")
            if field.defaultValue != nil { leftOut("the default value of `\(field.name)`", at: field.range) }
            if field.isPII || field.isIdentity || field.deprecation != nil { leftOut("the annotations of `\(field.name)`", at: field.range) }
        }
        lines.append("\(indent)}")
    }

    /// Whether a CML attribute can have `type`: no map, no list of lists.
    static func expressible(_ type: TypeReference) -> Bool {
        switch type {
        case .map: false
        case .list(let element):
            switch element.nonOptional {
            case .list, .map: false
            default: true
            }
        default: true
        }
    }

    /// The CML type of a Storm type, and whether it is written as a reference (`- Type name`).
    func cml(_ type: TypeReference) -> (String, Bool) {
        switch type {
        case .primitive(let primitive):
            let name = switch primitive {
            case .string: "String"; case .int: "long"; case .double: "double"; case .decimal: "BigDecimal"; case .bool: "boolean"
            case .timestamp: "Date"; case .date: "LocalDate"; case .uuid: "UUID"; case .duration: "Duration"
            }
            return (name, false)
        case .identifier(let reference):
            return cml(.primitive(identifiers[reference] ?? .uuid))
        case .valueObject(let reference), .entity(let reference), .enumeration(let reference):
            return (Self.name(reference.name), true)
        case .list(let element):
            let (inner, reference) = cml(element.nonOptional)
            return ("List<\(inner)>", reference)
        case .map(let element):
            let (inner, reference) = cml(element.nonOptional)
            return ("Map<String, \(inner)>", reference)
        case .optional(let wrapped):
            return cml(wrapped)
        }
    }

    /// The commands' events, the aggregates' lifecycles and the policies of `context`, as one flow of its
    /// application layer. A command with transitions gets one step per group of states it leaves
    /// (`command C delegates to Agg [A, B -> C X D] emits event E X F`), first and in the lifecycle's order,
    /// so that the first state written stays the initial one when imported back.
    mutating func writeFlow(of context: BoundedContext) {
        var steps: [String] = []
        var commands: [String: Command] = [:]
        for command in context.commands where commands[command.name] == nil { commands[command.name] = command }
        var delegated: Set<String> = []
        for aggregate in context.aggregates {
            guard let lifecycle = aggregate.lifecycle else { continue }
            for group in Self.transitionGroups(lifecycle) {
                guard let command = commands[group.command], let emits = eventProduction(command) else {
                    leftOut("the transitions by `\(group.command)` of aggregate `\(aggregate.name)` (a CML flow step emits an event)", at: lifecycle.range)
                    continue
                }
                delegated.insert(group.command)
                let to = group.to.map { Self.name($0) + (lifecycle.finalStatesDeclared && lifecycle.finalStates.contains($0) ? "*" : "") }
                steps.append("command \(Self.name(group.command)) delegates to \(Self.name(aggregate.name)) [\(group.from.map { Self.name($0) }.joined(separator: ", ")) -> "
                             + to.joined(separator: " X ") + "] emits event " + emits)
            }
        }
        for command in context.commands where !command.emits.isEmpty && !delegated.contains(command.name) {
            guard let emits = eventProduction(command) else { continue }
            steps.append("command \(Self.name(command.name)) emits event " + emits)
        }
        for policy in context.policies {
            if policy.triggers.count > 1 {
                leftOut("policy `\(policy.name)` reacting to any of several events", at: policy.range)
                continue
            }
            guard let trigger = policy.triggers.first, !policy.commands.isEmpty else { continue }
            let choices = policy.choices.count > 1 ? policy.choices : [policy.commands]
            guard let invoked = alternatives(choices, single: policy.choices.count > 1) else {
                leftOut("the choices of policy `\(policy.name)` (CML alternatives are single commands)", at: policy.range)
                continue
            }
            steps.append("event \(Self.name(trigger.name)) triggers command " + invoked)
        }
        guard !steps.isEmpty else { return }
        lines.append("  Application {")
        lines.append("    Flow \(Self.name(context.name))Flow {")
        for step in steps { lines.append("      " + step) }
        lines.append("    }")
        lines.append("  }")
    }

    /// `A + B`, or `A X B` when the alternatives are `single` names each; nil when CML cannot say it
    /// (alternatives of several names).
    func alternatives(_ choices: [[SymbolReference]], single: Bool) -> String? {
        guard single else { return choices.flatMap { $0 }.map { Self.name($0.name) }.joined(separator: " + ") }
        guard choices.allSatisfy({ $0.count == 1 }) else { return nil }
        return choices.map { Self.name($0[0].name) }.joined(separator: " X ")
    }

    /// What a command emits as a CML event production, or nil (with a warning) when CML cannot say it.
    mutating func eventProduction(_ command: Command) -> String? {
        guard !command.emits.isEmpty else { return nil }
        guard let production = alternatives(command.outcomes.count > 1 ? command.outcomes : [command.emits], single: command.outcomes.count > 1) else {
            leftOut("the outcomes of command `\(command.name)` (CML alternatives are single events)", at: command.range)
            return nil
        }
        return production
    }

    /// A lifecycle's transitions as CML state transitions: per command, the states it leaves with the
    /// same targets, two at most (CML's limit), in the order first written.
    static func transitionGroups(_ lifecycle: Lifecycle) -> [(command: String, from: [String], to: [String])] {
        var targets: [String: [String: [String]]] = [:]
        var order: [(command: String, from: String)] = []
        for transition in lifecycle.transitions {
            if targets[transition.command]?[transition.from] == nil { order.append((transition.command, transition.from)) }
            if !(targets[transition.command]?[transition.from] ?? []).contains(transition.to) {
                targets[transition.command, default: [:]][transition.from, default: []].append(transition.to)
            }
        }
        var groups: [(command: String, from: [String], to: [String])] = []
        var open: [String: Int] = [:]
        for (command, from) in order {
            let to = targets[command]?[from] ?? []
            let key = command + "\u{0}" + to.joined(separator: "\u{0}")
            if let at = open[key], groups[at].from.count < 2 {
                groups[at].from.append(from)
                open[key] = nil
            } else {
                open[key] = groups.count
                groups.append((command, [from], to))
            }
        }
        return groups
    }

    /// `enum <Aggregate>Lifecycle { aggregateLifecycle … }`: the states a CML state transition names.
    mutating func writeLifecycleStates(_ aggregate: Aggregate, taken: Set<String>) {
        guard let lifecycle = aggregate.lifecycle else { return }
        var name = aggregate.name + "Lifecycle"
        while taken.contains(name) { name += "States" }
        lines.append("    enum \(Self.name(name)) {")
        lines.append("      aggregateLifecycle")
        lines.append("      " + lifecycle.states.map { Self.name($0) }.joined(separator: ", "))
        lines.append("    }")
    }
}
