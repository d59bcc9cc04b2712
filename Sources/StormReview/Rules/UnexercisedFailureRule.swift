import StormModel

/// A failure of a command that no scenario expects.
public struct UnexercisedFailureRule: Rule {
    public let id = "unexercised-failure"
    public let defaultSeverity = RuleSeverity.info
    public let summary = "A failure a command can end in that no scenario expects."
    public let rationale = "A rejection is a business rule, and the rules that are only written in a `fails with` are the ones nobody has tried: a scenario that ends `then fails with` it shows when it happens, and becomes a test of the team's decider."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        var exercised = Set<FailureKey>()
        for context in input.model.contexts {
            for aggregate in context.aggregates {
                for scenario in aggregate.scenarios {
                    if case .failure(let name) = scenario.then { exercised.insert(FailureKey(command: scenario.when.reference, failure: name)) }
                }
            }
        }
        return input.model.contexts.flatMap { context in
            context.commands.flatMap { command in
                command.failures.filter { !exercised.contains(FailureKey(command: context.reference(command.name), failure: $0.name)) }.map { failure in
                    Violation("no scenario expects command `\(context.reference(command.name))` to fail with `\(failure.name)`", at: failure.range)
                }
            }
        }
    }

    private struct FailureKey: Hashable {
        var command: SymbolReference
        var failure: String
    }
}
