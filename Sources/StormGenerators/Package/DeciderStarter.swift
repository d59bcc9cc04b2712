import StormModel

/// The starter decider of an aggregate, and its given/when/then test: behaviour derived from the model
/// that the team then owns and changes.
///
/// `decide` emits a command's events, each built from the command's fields of the same name and type,
/// when every required field of the event can be filled that way; otherwise it refuses the command as not
/// decided (`StormRuntime.UndecidedCommand`). A command the model gives a choice (alternative outcomes,
/// failures) or scenarios is always left to the team: its scenarios say what to decide.
/// `evolve` creates the state from an event that carries every required field of the state, and copies
/// the fields an event shares with the state.
struct DeciderStarter {
    let names: SwiftNames
    let context: BoundedContext
    let aggregate: Aggregate
    /// The names of the commands the aggregate's scenarios try.
    let scenarioCommands: Set<String>

    init(names: SwiftNames, context: BoundedContext, aggregate: Aggregate) {
        self.names = names
        self.context = context
        self.aggregate = aggregate
        scenarioCommands = Set(aggregate.scenarios.map(\.when.reference.name))
    }

    var typeName: String { SwiftIdentifier.typeName(aggregate.name + "Decider") }
    var qualified: String { names.qualified(context.reference(aggregate.name)) }

    /// Fields of `source` usable for `target`'s fields of the same name and type (not deprecated), as
    /// `label: source.field` arguments, or nil when a required field of `target` has no match.
    func arguments(for target: [Field], from source: [Field], value: String) -> [String]? {
        var arguments: [String] = []
        for field in target where field.deprecation == nil && !names.isDeprecated(field.type) {
            let member = SwiftIdentifier.escaped(SwiftIdentifier.memberName(field.name))
            if source.contains(where: { $0.name == field.name && $0.type == field.type && $0.deprecation == nil }) {
                arguments.append("\(member): \(value).\(member)")
            } else if field.isRequired {
                return nil
            }
        }
        return arguments
    }

    /// The fields of `target` that `source` has with the same name and type: `(member, value.member)`.
    func matching(_ target: [Field], in source: [Field], value: String) -> [(String, String)] {
        target.filter { field in
            field.deprecation == nil && !names.isDeprecated(field.type)
                && source.contains { $0.name == field.name && $0.type == field.type && $0.deprecation == nil }
        }.map { field in
            let member = SwiftIdentifier.escaped(SwiftIdentifier.memberName(field.name))
            return (member, "\(value).\(member)")
        }
    }

    /// The events `command` decides, as Swift expressions of the aggregate's `Event` cases, or nil.
    func decided(_ command: Command, value: String) -> [String]? {
        guard command.deprecation == nil, !command.emits.isEmpty, !command.hasAlternativeOutcomes, command.failures.isEmpty,
              !scenarioCommands.contains(command.name) else { return nil }
        let cases = (try? eventCases()) ?? [:]
        var events: [String] = []
        for reference in command.emits {
            guard let event = names.model.event(reference), event.deprecation == nil, let name = cases[reference],
                  let arguments = arguments(for: event.fields, from: command.fields, value: value) else { return nil }
            events.append(".\(name)(\(names.qualified(reference))(\(arguments.joined(separator: ", "))))")
        }
        return events
    }

    var commands: [Command] { aggregate.commands.compactMap(context.command(named:)) }

    var events: [SymbolReference] {
        var events: [SymbolReference] = []
        for command in commands { for event in command.emits where !events.contains(event) { events.append(event) } }
        return events
    }

    func commandCases() throws(GeneratorError) -> [String: String] {
        let cases = try names.cases(aggregate.commands.map(context.reference), owner: "", range: aggregate.range)
        return Dictionary(uniqueKeysWithValues: zip(cases.references.map(\.name), cases.names.map(SwiftIdentifier.escaped)))
    }

    func eventCases() throws(GeneratorError) -> [SymbolReference: String] {
        let cases = try names.cases(events, owner: "", range: aggregate.range)
        return Dictionary(uniqueKeysWithValues: zip(cases.references, cases.names.map(SwiftIdentifier.escaped)))
    }

    /// What the team's decider must still handle: a case for each command and for each event it evolves by
    /// (named by its case or by the model's name).
    func checks() throws(GeneratorError) -> [StarterCheck] {
        let commandCases = try commandCases()
        let eventCases = try eventCases()
        return commands.map { command in
            StarterCheck(mentions: [commandCases[command.name]!, command.name],
                         note: "the model now also has command \(command.name): add its case to `decide`")
        } + events.compactMap { reference in
            eventCases[reference].map { name in
                StarterCheck(mentions: [name, reference.name], note: "the model now also has event \(reference): add its case to `evolve`")
            }
        }
    }

    func source(header: String) throws(GeneratorError) -> String {
        var out = SwiftWriter()
        out.line(header)
        out.line("import Foundation")
        out.line("import StormRuntime")
        out.line()
        let commandCases = try commandCases()
        let eventCases = try eventCases()
        out.doc("The behaviour of `\(aggregate.name)`. A starter written by stormc once: it is yours to change.")
        out.block("public struct \(typeName): \(qualified).Decider") { out in
            out.doc("A command this decider does not decide yet.")
            out.block("public struct NotDecided: StormRuntime.UndecidedCommand, Equatable") { out in
                out.line("public var command: String")
                out.line("public init(command: String) { self.command = command }")
            }
            out.line()
            out.line("public init() {}")
            out.line()
            out.block("public func decide(_ command: \(qualified).Command, state: \(qualified)?) throws -> [\(qualified).Event]") { out in
                var cases: [String] = []
                for command in commands {
                    let name = commandCases[command.name]!
                    if let events = decided(command, value: "command") {
                        cases.append("case .\(name)(let command): return [\(events.joined(separator: ", "))]")
                    } else {
                        cases.append("case .\(name): throw NotDecided(command: \(SwiftIdentifier.stringLiteral(command.name)))")
                    }
                }
                out.switchBlock("command", cases)
            }
            out.line()
            out.block("public func evolve(_ state: \(qualified)?, event: \(qualified).Event) -> \(qualified)?") { out in
                var cases: [String] = []
                var skipped = false
                for reference in events {
                    guard let event = names.model.event(reference), event.deprecation == nil, let name = eventCases[reference] else {
                        skipped = true
                        continue
                    }
                    let shared = matching(aggregate.fields, in: event.fields, value: "event")
                    if let create = arguments(for: aggregate.fields, from: event.fields, value: "event"), shared.isEmpty {
                        cases.append("case .\(name): return state ?? \(qualified)(\(create.joined(separator: ", ")))")
                        continue
                    } else if let create = arguments(for: aggregate.fields, from: event.fields, value: "event") {
                        cases.append("case .\(name)(let event):")
                        cases.append("    guard var next = state else { return \(qualified)(\(create.joined(separator: ", "))) }")
                    } else if !shared.isEmpty {
                        cases.append("case .\(name)(let event):")
                        cases.append("    guard var next = state else { return nil }")
                    } else {
                        cases.append("case .\(name): return state")
                        continue
                    }
                    for (member, value) in shared { cases.append("    next.\(member) = \(value)") }
                    cases.append("    return next")
                }
                if skipped { cases.append("default: return state") }
                out.switchBlock("event", cases)
            }
        }
        return out.text
    }
}
