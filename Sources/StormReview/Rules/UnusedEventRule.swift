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
        var violations: [Violation] = []
        for context in input.model.contexts where !context.isExternal {
            // By index: only each event's name and place are read, the event is not copied.
            let events = context.events
            for index in events.indices {
                let reference = context.reference(events[index].name)
                guard !input.facts.consumed.contains(reference), !input.facts.published.contains(reference) else { continue }
                violations.append(Violation("event `\(reference)` is neither consumed nor published by an output port", at: events[index].range))
            }
        }
        return violations
    }
}
