import StormModel
import StormSource

/// The enums through which behaviour sees events and commands: `Event` (a `DomainEventSet`, one case per
/// event) and `Command` (one case per command), nested in an aggregate, a policy, a read model or a port.
struct EventSetGenerator {
    let names: SwiftNames

    /// `public enum Event: StormRuntime.DomainEventSet` (or another `name`) with a case per event of `events`.
    func writeEvents(_ events: [SymbolReference], named name: String = "Event", doc: String, owner: String, range: SourceRange,
                     into out: inout SwiftWriter) throws(GeneratorError) {
        let cases = try names.cases(events, owner: owner, range: range)
        let entries = zip(events, cases).map { (type: names.qualified($0), name: SwiftIdentifier.escaped($1), deprecated: names.isDeprecated($0)) }
        let anyDeprecated = entries.contains(where: \.deprecated)
        out.doc(doc)
        out.block("public enum \(name): StormRuntime.DomainEventSet") { out in
            for entry in entries {
                out.deprecated(if: entry.deprecated)
                out.line("case \(entry.name)(\(entry.type))")
            }
            if !entries.isEmpty { out.line() }
            out.doc("The event types of the set, in declaration order.")
            out.deprecated(if: anyDeprecated)
            out.line("public static var eventTypes: [any StormRuntime.DomainEvent.Type] { [\(entries.map { "\($0.type).self" }.joined(separator: ", "))] }")
            out.line()
            out.doc("The event of this case.")
            out.deprecated(if: anyDeprecated)
            out.block("public var event: any StormRuntime.DomainEvent") { out in
                out.switchBlock("self", entries.map { "case .\($0.name)(let event): event" })
            }
            out.line()
            out.doc("The case holding `event`, or nil when the event is not of the set.")
            out.deprecated(if: anyDeprecated)
            out.block("public init?(_ event: any StormRuntime.DomainEvent)") { out in
                guard !entries.isEmpty else { return out.line("return nil") }
                out.switchBlock("event", entries.map { "case let event as \($0.type): self = .\($0.name)(event)" } + ["default: return nil"])
            }
        }
    }

    /// `public enum Command: Hashable, Sendable` with a case per command of `commands`.
    func writeCommands(_ commands: [SymbolReference], doc: String, owner: String, range: SourceRange,
                       into out: inout SwiftWriter) throws(GeneratorError) {
        let cases = try names.cases(commands, owner: owner, range: range)
        out.doc(doc)
        out.block("public enum Command: Hashable, Sendable") { out in
            for (command, name) in zip(commands, cases) {
                out.deprecated(if: names.isDeprecated(command))
                out.line("case \(SwiftIdentifier.escaped(name))(\(names.qualified(command)))")
            }
        }
    }
}
