import StormModel

/// The design level of a context's aggregates in the review document: per aggregate its lifecycle,
/// invariants, outcomes and scenarios, so a reviewer sees the behaviour as well as the boundaries.
enum AggregateDesign {
    /// A section per aggregate that has any of them, in source order; empty when none has.
    static func sections(for context: BoundedContext) -> String {
        var commands: [String: Command] = [:]
        for command in context.commands where commands[command.name] == nil { commands[command.name] = command }
        return context.aggregates.map { section($0, commands: commands) }.joined()
    }

    private static func section(_ aggregate: Aggregate, commands: [String: Command]) -> String {
        let handled = aggregate.commands.compactMap { commands[$0] }.filter { !$0.outcomes.isEmpty || !$0.failures.isEmpty }
        guard aggregate.lifecycle != nil || !aggregate.invariants.isEmpty || !handled.isEmpty || !aggregate.scenarios.isEmpty else { return "" }
        var out = "#### Aggregate \(Markdown.code(aggregate.name))\n\n"
        if let lifecycle = aggregate.lifecycle {
            let finals = lifecycle.finalStates.map(Markdown.code)
            out += "Lifecycle: starts in \(lifecycle.initialState.map(Markdown.code) ?? "none"), ends in \(Markdown.list(finals))"
                + (lifecycle.finalStatesDeclared ? "" : " (the states no transition leaves)") + ".\n\n"
            out += Markdown.table(["From", "Command", "To"], lifecycle.transitions.map {
                [Markdown.code($0.from), Markdown.code($0.command), Markdown.code($0.to)]
            }) + "\n"
        }
        if !aggregate.invariants.isEmpty {
            out += "Invariants:\n\n" + aggregate.invariants.map { "- \(Markdown.cell($0))\n" }.joined() + "\n"
        }
        if !handled.isEmpty {
            out += Markdown.table(["Command", "Outcomes", "Failures"], handled.map { command in
                let outcomes = command.outcomes.map { $0.map { Markdown.code($0.name) }.joined(separator: ", ") }
                return [Markdown.code(command.name), outcomes.isEmpty ? "none" : outcomes.joined(separator: " or "),
                        Markdown.list(command.failures.map { Markdown.code($0.name) })]
            }) + "\n"
        }
        if !aggregate.scenarios.isEmpty {
            out += Markdown.table(["Scenario", "Given", "When", "Then"], aggregate.scenarios.map { scenario in
                let then = switch scenario.then {
                case .events(let events): events.isEmpty ? "nothing" : events.map { Markdown.code($0.reference.name) }.joined(separator: ", ")
                case .failure(let name): "fails with \(Markdown.code(name))"
                }
                return [scenario.title, Markdown.list(scenario.given.map { Markdown.code($0.reference.name) }),
                        Markdown.code(scenario.when.reference.name), then]
            }) + "\n"
        }
        return out
    }
}
