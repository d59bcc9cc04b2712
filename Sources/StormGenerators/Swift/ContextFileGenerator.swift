import StormModel
import StormSource
import StormSupport

/// One bounded context as one Swift file: a namespace enum holding every declaration of the context.
struct ContextFileGenerator {
    let names: SwiftNames
    let options: GeneratorOptions
    let header: GeneratedHeader

    init(names: SwiftNames, options: GeneratorOptions) {
        self.names = names
        self.options = options
        header = GeneratedHeader(model: names.model, options: options)
    }

    /// The file's text; `imports` are modules besides Foundation and StormRuntime (other contexts' targets
    /// in a package).
    func text(of context: BoundedContext, imports: [String] = []) throws(GeneratorError) -> WrittenText {
        var out = SwiftWriter(capacity: ContextFileGenerator.estimatedSize(of: context))
        writeHeader(from: context.files, imports: imports, into: &out)
        try writeNamespace(of: context, into: &out)
        return out.finish()
    }

    /// The generated-file header, naming the source `files`, and the imports.
    func writeHeader(from files: [FileID], imports: [String] = [], into out: inout SwiftWriter) {
        for line in header.lines(from: files) { out.line("// ", line) }
        out.line()
        for module in ["Foundation", "StormRuntime"] + imports { out.line("import ", module) }
    }

    /// The context's namespace enum, after a blank line.
    func writeNamespace(of context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        out.line()
        var doc = context.doc.isEmpty ? "The `\(context.name)` bounded context." : context.doc
        if let vision = context.vision { doc += "\n\nVision: \(vision)" }
        if let owner = context.owner { doc += "\n\nOwner: \(owner)" }
        out.doc(doc)
        try out.block("public enum ", names.context(context.name), ": StormRuntime.BoundedContext") { out throws(GeneratorError) in
            conformance(of: context, into: &out)
            out.line()
            try declarations(of: context, into: &out)
        }
    }

    /// A generous guess at the size of the file, so that its buffer seldom grows: generated code runs to
    /// about a kilobyte per event or command and four hundred bytes per field of theirs (memory the writer
    /// does not reach costs nothing).
    private static func estimatedSize(of context: BoundedContext) -> Int {
        let fields = context.events.reduce(0) { $0 + $1.fields.count } + context.commands.reduce(0) { $0 + $1.fields.count }
        return 65_536 + 2_048 * (context.events.count + context.commands.count) + 512 * fields
    }

    /// The context's `StormRuntime.BoundedContext` requirements.
    private func conformance(of context: BoundedContext, into out: inout SwiftWriter) {
        let events = context.events.map { context.reference($0.name) }
        let commands = context.commands.map { context.reference($0.name) }
        let contextName = out.keepStringLiteral(context.name), domainName = out.keepStringLiteral(context.domain)
        out.line("public static var contextName: String { ", contextName, " }")
        out.line("public static var domainName: String { ", domainName, " }")
        out.deprecated(if: events.contains(where: names.isDeprecated))
        out.startLine()
        out.write("public static var eventTypes: [any StormRuntime.DomainEvent.Type] { [")
        out.list(events) { out, event in out.write(names.qualified(event), ".self") }
        out.write("] }")
        out.endLine()
        out.deprecated(if: commands.contains(where: names.isDeprecated))
        out.startLine()
        out.write("public static var commandTypes: [any StormRuntime.DomainCommand.Type] { [")
        out.list(commands) { out, command in out.write(names.qualified(command), ".self") }
        out.write("] }")
        out.endLine()
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
            out.doc(value.doc, or: "Value object `", value.name, "`: defined by its attributes.")
            try records.write(Record("value", context.reference(value.name), deprecation: value.deprecation, fields: value.fields), into: &out)
        }
        for entity in context.entities {
            separate(&out)
            out.doc(entity.doc, or: "Entity `\(entity.name)`\(entity.identity.map { ", identified by `\($0.name)`" } ?? "").")
            try records.write(Record("entity", context.reference(entity.name), deprecation: entity.deprecation, fields: entity.fields), into: &out)
        }
        var commands: [String: Command] = [:]
        for command in context.commands where commands[command.name] == nil { commands[command.name] = command }
        for aggregate in context.aggregates {
            separate(&out)
            try AggregateGenerator(names: names, records: records).write(aggregate, in: context, commands: commands, into: &out)
        }
        let contextName = out.keepStringLiteral(context.name)
        for command in context.commands {
            separate(&out)
            let name = out.keep(command.name), aggregate = out.keep(command.aggregate ?? "")
            out.doc(command.doc, or: "Command `", name, command.aggregate == nil ? "`." : "`, decided by `", aggregate, command.aggregate == nil ? "" : "`.")
            let commandName = out.keepStringLiteral(command.name)
            try records.write(Record("command", context.reference(command.name), deprecation: command.deprecation, fields: command.fields,
                                     conformance: "StormRuntime.DomainCommand", nestedTypeNames: OutcomeGenerator.nestedTypeNames(of: command)),
                              into: &out, staticMembers: { out in
                out.line("public static var commandName: String { ", commandName, " }")
                out.line("public static var contextName: String { ", contextName, " }")
            }, nested: { out throws(GeneratorError) in
                try OutcomeGenerator(names: names, records: records).write(command, in: context, into: &out)
            })
        }
        let eventTypePrefix = Naming.cloudEventTypePrefix(of: context)
        for event in context.events {
            separate(&out)
            let name = out.keep(event.name), version = out.keep(String(event.version))
            out.doc(event.doc, or: "Event `", name, "`, version ", version, ".")
            let eventName = out.keepStringLiteral(event.name), eventType = out.keepStringLiteral(eventTypePrefix, event.name, ".v", String(event.version))
            try records.write(Record("event", context.reference(event.name), deprecation: event.deprecation, fields: event.fields,
                                     conformance: "StormRuntime.DomainEvent"), into: &out, staticMembers: { out in
                out.line("public static var eventName: String { ", eventName, " }")
                out.line("public static var contextName: String { ", contextName, " }")
                out.line("public static var schemaVersion: Int { ", version, " }")
                out.line("public static var eventType: String { ", eventType, " }")
            })
            try UpcasterGenerator(names: names, records: records).write(event, in: context, into: &out)
        }
        let behaviour = BehaviourGenerator(names: names, records: records)
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
