import StormModel

/// A read model none of whose source events is ever emitted.
public struct UnfedReadModelRule: Rule {
    public let id = "unfed-read-model"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A read model fed by nothing: no command emits any of the events it is projected from."
    public let rationale = "A projection of events that never happen stays empty forever. The command that emits its events is missing from the model."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            context.readModels.compactMap { readModel in
                guard !readModel.sources.contains(where: input.facts.emitted.contains) else { return nil }
                let sources = readModel.sources.map { "`\($0)`" }.joined(separator: ", ")
                return Violation("read model `\(context.reference(readModel.name))` is fed by nothing: no command emits \(sources)",
                                 at: readModel.range)
            }
        }
    }
}
