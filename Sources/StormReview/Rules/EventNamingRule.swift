import StormModel

/// An event whose name is not in the past tense.
public struct EventNamingRule: Rule {
    public let id = "event-naming"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "An event name that is not in the past tense: none of its words ends in `-ed` or is a known irregular past form."
    public let rationale = "Events record facts that already happened (`TripEnded`), which is what separates them from commands (`EndTrip`) on the wall and in code. The check is a heuristic; add words to `lint.naming.pastTense` in `storm.json`."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            context.events.compactMap { event in
                guard NamingAllowList.isCased(event.name), !input.naming.isPastTense(event.name) else { return nil }
                let words = NamingAllowList.words(of: event.name)
                guard !words.contains(where: input.naming.isPastTense) else { return nil }
                return Violation("event `\(context.reference(event.name))` is not named in the past tense (for example `\(suggestion(for: event.name, words, input.naming))`)",
                                 at: event.range)
            }
        }
    }

    /// A past-tense form of the name: a leading verb moved to the end (`EndTrip` gives `TripEnded`).
    private func suggestion(for name: String, _ words: [String], _ naming: NamingAllowList) -> String {
        guard words.count > 1, naming.isVerb(words[0]) else { return "\(name)Happened" }
        return words.dropFirst().joined() + NamingAllowList.pastTense(of: words[0])
    }
}
