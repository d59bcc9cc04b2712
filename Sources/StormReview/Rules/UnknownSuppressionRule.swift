import StormModel

/// A `// storm:allow` comment that names a rule no one has: a typo that silences nothing.
public struct UnknownSuppressionRule: Rule {
    public let id = "unknown-suppression"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A `// storm:allow` comment names a rule that does not exist."
    public let rationale = "A suppression with a misspelt rule ID silences nothing, so the finding it was meant to explain comes back, or worse, the reader believes a finding was reviewed when it was not."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        let known = Set(RuleRegistry.all.map(\.id))
        return input.model.suppressions.entries.flatMap { entry in
            entry.rules.subtracting(known).sorted().map { id in
                let suggestion = RuleRegistry.suggestion(for: id).map { " (did you mean `\($0)`?)" } ?? ""
                return Violation("`// storm:allow \(id)` names no rule\(suggestion)", at: entry.range)
            }
        }
    }
}
