import StormModel

/// An aggregate that handles no command.
public struct AggregateWithoutCommandRule: Rule {
    public let id = "aggregate-without-command"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "An aggregate that handles no command."
    public let rationale = "An aggregate is a consistency boundary for the commands it decides. Without commands it protects nothing: it is a value object, an entity of another aggregate, or a read model."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        // An external context's design is its owner's: only what the model uses of it is written.
        input.model.contexts.filter { !$0.isExternal }.flatMap { context in
            context.aggregates.filter(\.commands.isEmpty).map { aggregate in
                Violation("aggregate `\(context.reference(aggregate.name))` handles no command", at: aggregate.range)
            }
        }
    }
}
