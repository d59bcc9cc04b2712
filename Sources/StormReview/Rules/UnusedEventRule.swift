import StormModel

/// An event that nothing consumes and no output port publishes.
public struct UnusedEventRule: Rule {
    public let id = "unused-event"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "An event that no policy, read model or input port consumes and no output port publishes."
    public let rationale = "An event that nobody reacts to and that is not offered to anyone is either missing its consumer on the wall, or is not a domain event worth a schema and a version."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        // An external context's design is its owner's: only what the model uses of it is written.
        input.model.contexts.filter { !$0.isExternal }.flatMap { context in
            context.events.compactMap { event in
                let reference = context.reference(event.name)
                guard !input.facts.consumed.contains(reference), !input.facts.published.contains(reference) else { return nil }
                return Violation("event `\(reference)` is neither consumed nor published by an output port", at: event.range)
            }
        }
    }
}
