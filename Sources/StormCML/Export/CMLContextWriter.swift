import StormModel

/// Bounded contexts: settings, aggregates, the types outside aggregates (in a module named after the
/// context, since CML holds types only in aggregates and modules), and the flows of commands and policies.
extension CMLWriter {
    mutating func writeContext(_ context: BoundedContext) {
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
        for aggregate in context.aggregates { writeAggregate(aggregate, members: members[aggregate.name] ?? [], of: context) }
        lines.append("}")
        lines.append("")
    }

    /// `Trips` → `trips`: the module holding a context's types outside aggregates.
    static func moduleName(_ context: String) -> String { context.prefix(1).lowercased() + context.dropFirst() }

    mutating func writeAggregate(_ aggregate: Aggregate, members: [(keyword: String, name: String, fields: [Field])], of context: BoundedContext) {
        lines.append("  Aggregate \(Self.name(aggregate.name)) {")
        writeType("Entity", aggregate.name, aggregate.fields, in: context, indent: "    ", root: true)
        for invariant in aggregate.invariants { lines.append("    // Storm invariant: \(invariant)") }
        if !aggregate.invariants.isEmpty { leftOut("the invariants of aggregate `\(aggregate.name)`", at: aggregate.range) }
        for member in members { writeType(member.keyword, member.name, member.fields, in: context, indent: "    ") }
        lines.append("  }")
    }

    mutating func writeType(_ keyword: String, _ name: String, _ fields: [Field], in context: BoundedContext, indent: String, root: Bool = false) {
        lines.append("\(indent)\(keyword) \(Self.name(name)) {")
        if root { lines.append("\(indent)  aggregateRoot") }
        for field in fields {
            let (type, reference) = cml(field.type.nonOptional)
            lines.append("\(indent)  \(reference ? "- " : "")\(type) \(Self.name(field.name))\(field.type.isOptional ? " nullable" : "")")
            if field.defaultValue != nil { leftOut("the default value of `\(field.name)`", at: field.range) }
            if field.isPII || field.isIdentity || field.deprecation != nil { leftOut("the annotations of `\(field.name)`", at: field.range) }
        }
        lines.append("\(indent)}")
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

    /// The commands' events and the policies of `context`, as one flow of its application layer.
    mutating func writeFlow(of context: BoundedContext) {
        var steps: [String] = []
        for command in context.commands where !command.emits.isEmpty {
            steps.append("command \(Self.name(command.name)) emits event " + command.emits.map { Self.name($0.name) }.joined(separator: " + "))
        }
        for policy in context.policies {
            if policy.triggers.count > 1 {
                leftOut("policy `\(policy.name)` reacting to any of several events", at: policy.range)
                continue
            }
            guard let trigger = policy.triggers.first, !policy.commands.isEmpty else { continue }
            steps.append("event \(Self.name(trigger.name)) triggers command " + policy.commands.map { Self.name($0.name) }.joined(separator: " + "))
        }
        guard !steps.isEmpty else { return }
        lines.append("  Application {")
        lines.append("    Flow \(Self.name(context.name))Flow {")
        for step in steps { lines.append("      " + step) }
        lines.append("    }")
        lines.append("  }")
    }
}
