import StormModel

/// A command that no actor, external system or policy issues.
public struct UnissuedCommandRule: Rule {
    public let id = "unissued-command"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A command that no actor, external system or policy issues."
    public let rationale = "Every blue sticky has someone or something that decides to send it. A command without an issuer hides who triggers the change, or is dead code waiting to be generated."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        // An external context's design is its owner's: only what the model uses of it is written.
        input.model.contexts.filter { !$0.isExternal }.flatMap { context in
            context.commands.filter(\.issuers.isEmpty).map { command in
                Violation("command `\(context.reference(command.name))` is issued by no actor, external system or policy (add `by …`, or a policy that issues it)",
                          at: command.range)
            }
        }
    }
}
