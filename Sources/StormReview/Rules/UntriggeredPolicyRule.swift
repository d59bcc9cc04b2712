import StormModel

/// A policy that reacts to an event no command emits.
public struct UntriggeredPolicyRule: Rule {
    public let id = "untriggered-policy"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A policy reacts to an event that no command emits."
    public let rationale = "A policy is a reaction: \"whenever this happens, do that\". If the event never happens, the reaction never runs, and the commands it issues look issued when they are not."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            // A deadline's trigger is its `from` event: `unemitted-deadline-event` says what that means.
            context.policies.filter { if case .after? = $0.schedule { false } else { true } }.flatMap { policy in
                policy.triggers.filter { !input.facts.emitted.contains($0) }.map { trigger in
                    Violation("policy `\(context.reference(policy.name))` reacts to `\(trigger)`, which no command emits",
                              at: policy.range)
                }
            }
        }
    }
}
