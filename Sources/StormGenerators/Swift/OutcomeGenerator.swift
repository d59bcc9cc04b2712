import StormModel

/// What a command can end in, as types nested in the command: the `Outcome` enum of a command with
/// exclusive outcomes (`emits ClaimOpened or ClaimRejected`), and a struct conforming to `Error` for each
/// failure (`fails with ReserveExceeded { reserve: Money }`), which the team's decider throws.
struct OutcomeGenerator {
    let names: SwiftNames
    let records: RecordGenerator

    /// The names of the types nested in `command`'s struct, which its fields may not take.
    static func nestedTypeNames(of command: Command) -> [String] {
        (command.hasAlternativeOutcomes ? ["Outcome"] : []) + command.failures.map(typeName)
    }

    /// The Swift name of a failure's struct, nested in its command's.
    static func typeName(_ failure: Failure) -> String {
        SwiftIdentifier.typeName(failure.name, reserved: SwiftNames.declarationReserved)
    }

    /// The nested types of `command`, each after a blank line.
    func write(_ command: Command, in context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        if command.hasAlternativeOutcomes {
            out.line()
            try writeOutcome(command, in: context, into: &out)
        }
        try Self.checkFailureNames(of: command, in: context)
        for failure in command.failures {
            out.line()
            out.doc("The failure `\(failure.name)` of `\(command.name)`: the command is refused and nothing changes. Throw it from `decide`.")
            try records.write(Record("failure", SymbolReference(context: context.name, name: failure.name), deprecation: nil, fields: failure.fields,
                                     conformance: "Error"), into: &out)
        }
    }

    /// No failure takes the name of another or of a type the command's struct already nests.
    static func checkFailureNames(of command: Command, in context: BoundedContext) throws(GeneratorError) {
        var seen: Set<String> = []
        for failure in command.failures {
            let type = typeName(failure)
            if (type == "Outcome" && command.hasAlternativeOutcomes) || type == "CodingKeys" || !seen.insert(type).inserted {
                throw GeneratorError("in command `\(context.name).\(command.name)`, failure `\(failure.name)` would take the Swift name `\(type)`, which is taken",
                                     at: failure.range, id: "swift-name-collision", help: "rename the failure")
            }
        }
    }

    /// The cases of the `Outcome` enum: each alternative's events' names joined by `And`, in lower camel case.
    static func outcomeCases(of command: Command, in context: BoundedContext) throws(GeneratorError) -> [(name: String, events: [SymbolReference])] {
        var cases: [(name: String, events: [SymbolReference])] = []
        var taken: Set<String> = []
        for events in command.outcomes {
            let name = SwiftIdentifier.lowerCamel(events.map { SwiftIdentifier.sanitized($0.name) }.joined(separator: "And"))
            guard taken.insert(name).inserted else {
                throw GeneratorError("in command `\(context.name).\(command.name)`, two outcomes would both be the Swift case `\(name)`", at: command.range,
                                     id: "swift-name-collision", help: "rename one of their events")
            }
            cases.append((name, events))
        }
        return cases
    }

    /// `public enum Outcome` with a case per alternative, holding its events in order.
    private func writeOutcome(_ command: Command, in context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        let cases = try Self.outcomeCases(of: command, in: context)
        let anyDeprecated = command.outcomes.joined().contains(where: names.isDeprecated)
        out.doc("The exclusive outcomes of `\(command.name)`: exactly one of them happens.")
        out.block("public enum Outcome: Hashable, Sendable") { out in
            for (name, events) in cases {
                out.deprecated(if: events.contains(where: names.isDeprecated))
                out.line("case ", SwiftIdentifier.escaped(name), "(", events.map(names.qualified).joined(separator: ", "), ")")
            }
            out.line()
            out.line("/// The events of the outcome, in order.")
            out.deprecated(if: anyDeprecated)
            out.block("public var events: [any StormRuntime.DomainEvent]") { out in
                out.line("switch self {")
                for (name, events) in cases {
                    let bound = events.indices.map { "e\($0)" }
                    out.line("case .", SwiftIdentifier.escaped(name), "(", bound.map { "let " + $0 }.joined(separator: ", "), "): [", bound.joined(separator: ", "), "]")
                }
                out.line("}")
            }
        }
    }
}
