import StormModel

/// A command whose name does not begin with a verb in the imperative.
public struct CommandNamingRule: Rule {
    public let id = "command-naming"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A command name that does not begin with an imperative verb from the built-in list or `lint.naming.verbs`."
    public let rationale = "Commands are requests to do something (`EndTrip`); a name in the past tense or a noun first (`TripEnded`, `TripEnd`) reads like an event and confuses the two on the wall and in code. The check is a heuristic; add verbs to `lint.naming.verbs` in `storm.json`."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            context.commands.compactMap { command in
                let words = NamingAllowList.words(of: command.name)
                guard NamingAllowList.isCased(command.name), let first = words.first, !input.naming.isVerb(first) else { return nil }
                var message = "command `\(context.reference(command.name))` does not begin with an imperative verb"
                if let verb = words.dropFirst().first(where: input.naming.isVerb) {
                    message += " (did you mean `\(verb.prefix(1).uppercased() + verb.dropFirst())\(words.filter { $0 != verb }.joined())`?)"
                } else if input.naming.isPastTense(first) || input.naming.isPastTense(words[words.count - 1]) {
                    message += "; it reads like an event"
                } else {
                    message += " (`\(first)` is not a known verb; add it to `lint.naming.verbs` in storm.json if it is one)"
                }
                return Violation(message, at: command.range)
            }
        }
    }
}
