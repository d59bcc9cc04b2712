import StormModel

/// A deadline policy whose starting or cancelling event no command emits.
public struct UnemittedDeadlineEventRule: Rule {
    public let id = "unemitted-deadline-event"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A deadline policy (`after … from E unless F`) whose event E or F no command emits."
    public let rationale = "A deadline starts with its `from` event and is called off by its `unless` events. When no command emits the first, the deadline never starts and its command is never sent; when none emits one of the others, it can never be called off and always fires."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            context.policies.flatMap { policy -> [Violation] in
                guard case .after(_, _, let from, let unless)? = policy.schedule else { return [] }
                let name = context.reference(policy.name)
                var violations: [Violation] = []
                if !input.facts.emitted.contains(from) {
                    violations.append(Violation("the deadline of policy `\(name)` starts with `\(from)`, which no command emits: it never starts", at: policy.range))
                }
                for event in unless where !input.facts.emitted.contains(event) {
                    violations.append(Violation("the deadline of policy `\(name)` is called off by `\(event)`, which no command emits", at: policy.range))
                }
                return violations
            }
        }
    }
}
