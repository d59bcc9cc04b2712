import StormDiagnostics
import StormModel

/// A command of an aggregate with a lifecycle that no transition uses and that has no outcome.
public struct CommandWithoutEffectRule: Rule {
    public let id = "command-without-effect"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A command of an aggregate with a lifecycle that moves it between no states and emits no event."
    public let rationale = "Once an aggregate's lifecycle is on the wall, each of its commands either moves it from state to state, or records what happened with an event. A command that does neither changes nothing anyone can see: it is missing its transition or its outcome."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            // The commands by aggregate once, so a context of many aggregates is not read once an aggregate.
            let commands = Dictionary(grouping: context.commands.filter { $0.aggregate != nil }, by: { $0.aggregate ?? "" })
            return context.aggregates.flatMap { aggregate -> [Violation] in
                guard let lifecycle = aggregate.lifecycle else { return [] }
                let moving = Set(lifecycle.transitions.map(\.command))
                return (commands[aggregate.name] ?? [])
                    .filter { !moving.contains($0.name) && $0.outcomes.isEmpty }
                    .map { command in
                        Violation("command `\(context.reference(command.name))` is in no transition of the lifecycle of `\(aggregate.name)` and emits no event",
                                  at: command.range, notes: [DiagnosticNote("the lifecycle is here", at: lifecycle.range)])
                    }
            }
        }
    }
}
