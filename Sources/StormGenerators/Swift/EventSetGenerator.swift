import StormModel
import StormSource

/// The enums through which behaviour sees events and commands: `Event` (a `DomainEventSet`, one case per
/// event) and `Command` (one case per command), nested in an aggregate, a policy, a read model or a port.
struct EventSetGenerator {
    let names: SwiftNames

    /// `public enum Event: StormRuntime.DomainEventSet` (or another `name`) with a case per event of `events`.
    func writeEvents(_ events: [SymbolReference], named name: String = "Event", doc: String, owner: String, range: SourceRange,
                     into out: inout SwiftWriter) throws(GeneratorError) {
        let (events, cases) = try names.cases(events, owner: owner, range: range)
        var entries: [(type: String, name: String, deprecated: Bool)] = []
        entries.reserveCapacity(events.count)
        for (event, name) in zip(events, cases) {
            entries.append((names.qualified(event), SwiftIdentifier.escaped(name), names.isDeprecated(event)))
        }
        let anyDeprecated = entries.contains(where: \.deprecated)
        out.doc(doc)
        out.block("public enum ", name, ": StormRuntime.DomainEventSet") { out in
            for entry in entries {
                out.deprecated(if: entry.deprecated)
                out.line("case ", entry.name, "(", entry.type, ")")
            }
            if !entries.isEmpty { out.line() }
            out.line("/// The event types of the set, in declaration order.")
            out.deprecated(if: anyDeprecated)
            out.startLine()
            out.write("public static var eventTypes: [any StormRuntime.DomainEvent.Type] { [")
            out.list(entries) { out, entry in out.write(entry.type, ".self") }
            out.write("] }")
            out.endLine()
            out.line()
            out.line("/// The event of this case.")
            out.deprecated(if: anyDeprecated)
            out.block("public var event: any StormRuntime.DomainEvent") { out in
                out.line("switch self {")
                for entry in entries { out.line("case .", entry.name, "(let event): event") }
                out.line("}")
            }
            out.line()
            out.line("/// The case holding `event`, or nil when the event is not of the set.")
            out.deprecated(if: anyDeprecated)
            out.block("public init?(_ event: any StormRuntime.DomainEvent)") { out in
                guard !entries.isEmpty else { return out.line("return nil") }
                out.line("switch event {")
                for entry in entries { out.line("case let event as ", entry.type, ": self = .", entry.name, "(event)") }
                out.line("default: return nil")
                out.line("}")
            }
        }
    }

    /// `public enum Command: Hashable, Sendable` with a case per command of `commands`.
    func writeCommands(_ commands: [SymbolReference], doc: String, owner: String, range: SourceRange,
                       into out: inout SwiftWriter) throws(GeneratorError) {
        let (commands, cases) = try names.cases(commands, owner: owner, range: range)
        out.doc(doc)
        out.block("public enum Command: Hashable, Sendable") { out in
            for (command, name) in zip(commands, cases) {
                out.deprecated(if: names.isDeprecated(command))
                out.line("case ", SwiftIdentifier.escaped(name), "(", names.qualified(command), ")")
            }
        }
    }
}
