import StormModel

/// An event whose name is not in the past tense.
public struct EventNamingRule: Rule {
    public let id = "event-naming"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "An event name that is not in the past tense: none of its words ends in `-ed` or is a known irregular past form."
    public let rationale = "Events record facts that already happened (`TripEnded`), which is what separates them from commands (`EndTrip`) on the wall and in code. The check is a heuristic; add words to `lint.naming.pastTense` in `storm.json`."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        var violations: [Violation] = []
        for context in input.model.contexts {
            // By index: only each event's name and place are read, the event is not copied.
            let events = context.events
            for index in events.indices {
                let name = events[index].name
                guard NamingAllowList.isCased(name), !input.naming.isPastTense(name) else { continue }
                let words = NamingAllowList.words(of: name)
                guard !words.contains(where: input.naming.isPastTense) else { continue }
                violations.append(Violation("event `\(context.reference(name))` is not named in the past tense (for example `\(suggestion(for: name, words, input.naming))`)",
                                            at: events[index].range))
            }
        }
        return violations
    }

    /// A past-tense form of the name: a leading verb moved to the end (`EndTrip` gives `TripEnded`).
    private func suggestion(for name: String, _ words: [String], _ naming: NamingAllowList) -> String {
        guard words.count > 1, naming.isVerb(words[0]) else { return "\(name)Happened" }
        return words.dropFirst().joined() + NamingAllowList.pastTense(of: words[0])
    }
}
