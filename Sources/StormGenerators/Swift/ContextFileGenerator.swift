import StormModel

/// One bounded context as one Swift file: a namespace enum holding every declaration of the context.
struct ContextFileGenerator {
    let names: SwiftNames
    let options: GeneratorOptions

    /// The file's text; `imports` are modules besides Foundation and StormRuntime (other contexts' targets
    /// in a package).
    func contents(of context: BoundedContext, imports: [String] = []) throws(GeneratorError) -> String {
        var out = SwiftWriter()
        writeHeader(imports: imports, into: &out)
        try writeNamespace(of: context, into: &out)
        return out.text
    }

    /// The generated-file header and the imports.
    func writeHeader(imports: [String] = [], into out: inout SwiftWriter) {
        for line in GeneratedHeader.lines(for: names.model, options: options) { out.line("// " + line) }
        out.line()
        for module in ["Foundation", "StormRuntime"] + imports { out.line("import \(module)") }
    }

    /// The context's namespace enum, after a blank line.
    func writeNamespace(of context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        out.line()
        var doc = context.doc.isEmpty ? "The `\(context.name)` bounded context." : context.doc
        if let vision = context.vision { doc += "\n\nVision: \(vision)" }
        if let owner = context.owner { doc += "\n\nOwner: \(owner)" }
        out.doc(doc)
        var failure: GeneratorError?
        out.block("public enum \(names.context(context.name)): StormRuntime.BoundedContext") { out in
            conformance(of: context, into: &out)
            out.line()
            do throws(GeneratorError) { try declarations(of: context, into: &out) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// The context's `StormRuntime.BoundedContext` requirements.
    private func conformance(of context: BoundedContext, into out: inout SwiftWriter) {
        let events = context.events.map { context.reference($0.name) }
        let commands = context.commands.map { context.reference($0.name) }
        out.line("public static var contextName: String { \(SwiftIdentifier.stringLiteral(context.name)) }")
        out.line("public static var domainName: String { \(SwiftIdentifier.stringLiteral(context.domain)) }")
        out.deprecated(if: events.contains(where: names.isDeprecated))
        out.line("public static var eventTypes: [any StormRuntime.DomainEvent.Type] { [\(events.map { names.qualified($0) + ".self" }.joined(separator: ", "))] }")
        out.deprecated(if: commands.contains(where: names.isDeprecated))
        out.line("public static var commandTypes: [any StormRuntime.DomainCommand.Type] { [\(commands.map { names.qualified($0) + ".self" }.joined(separator: ", "))] }")
    }

    private func declarations(of context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        var first = true
        func separate(_ out: inout SwiftWriter) {
            if !first { out.line() }
            first = false
        }
        let records = RecordGenerator(names: names)
        for identifier in context.identifiers {
            separate(&out)
            IdentifierGenerator(names: names).write(identifier, in: context, into: &out)
        }
        for enumeration in context.enumerations {
            separate(&out)
            try EnumerationGenerator(names: names).write(enumeration, in: context, into: &out)
        }
        for value in context.valueObjects {
            separate(&out)
            try records.write(Record(name: names.type(context.reference(value.name)), doc: value.doc,
                                     fallbackDoc: "Value object `\(value.name)`: defined by its attributes.",
                                     deprecation: value.deprecation, fields: value.fields,
                                     owner: "value `\(context.name).\(value.name)`"), into: &out)
        }
        for entity in context.entities {
            separate(&out)
            try records.write(Record(name: names.type(context.reference(entity.name)), doc: entity.doc,
                                     fallbackDoc: "Entity `\(entity.name)`\(entity.identity.map { ", identified by `\($0.name)`" } ?? "").",
                                     deprecation: entity.deprecation, fields: entity.fields,
                                     owner: "entity `\(context.name).\(entity.name)`"), into: &out)
        }
        let commands = Dictionary(context.commands.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for aggregate in context.aggregates {
            separate(&out)
            try AggregateGenerator(names: names).write(aggregate, in: context, commands: commands, into: &out)
        }
        for command in context.commands {
            separate(&out)
            try records.write(Record(name: names.type(context.reference(command.name)), doc: command.doc,
                                     fallbackDoc: "Command `\(command.name)`\(command.aggregate.map { ", decided by `\($0)`" } ?? "").",
                                     deprecation: command.deprecation, fields: command.fields,
                                     conformances: ["StormRuntime.DomainCommand"],
                                     staticMembers: [
                                        "public static var commandName: String { \(SwiftIdentifier.stringLiteral(command.name)) }",
                                        "public static var contextName: String { \(SwiftIdentifier.stringLiteral(context.name)) }",
                                     ],
                                     owner: "command `\(context.name).\(command.name)`"), into: &out)
        }
        for event in context.events {
            separate(&out)
            try records.write(Record(name: names.type(context.reference(event.name)), doc: event.doc,
                                     fallbackDoc: "Event `\(event.name)`, version \(event.version).",
                                     deprecation: event.deprecation, fields: event.fields,
                                     conformances: ["StormRuntime.DomainEvent"],
                                     staticMembers: [
                                        "public static var eventName: String { \(SwiftIdentifier.stringLiteral(event.name)) }",
                                        "public static var contextName: String { \(SwiftIdentifier.stringLiteral(context.name)) }",
                                        "public static var schemaVersion: Int { \(event.version) }",
                                        "public static var eventType: String { \(SwiftIdentifier.stringLiteral(Naming.cloudEventType(context: context, event: event))) }",
                                     ],
                                     owner: "event `\(context.name).\(event.name)`"), into: &out)
        }
        let behaviour = BehaviourGenerator(names: names)
        for policy in context.policies {
            separate(&out)
            try behaviour.write(policy, in: context, into: &out)
        }
        for readModel in context.readModels {
            separate(&out)
            try behaviour.write(readModel, in: context, into: &out)
        }
        for product in context.dataProducts {
            separate(&out)
            try DataProductGenerator(names: names).write(product, in: context, into: &out)
        }
    }
}
