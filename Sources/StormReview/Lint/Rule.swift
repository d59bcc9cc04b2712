import StormModel

/// A boundary or governance rule of `stormc lint`.
///
/// A rule only finds violations; the ``Linter`` gives them the configured severity and drops those
/// silenced by configuration or by a `// storm:allow rule-id` comment. Each rule is documented, with an
/// example, in `Docs/Rules.md`.
public protocol Rule: Sendable {
    /// The stable kebab-case ID used in configuration, suppressions and output (`undeclared-coupling`).
    var id: String { get }
    /// The severity when `storm.json` does not set one.
    var defaultSeverity: RuleSeverity { get }
    /// One sentence saying what the rule reports.
    var summary: String { get }
    /// Why it matters, for the documentation and the SARIF rule help.
    var rationale: String { get }
    /// The violations of the rule in a model.
    func check(_ input: LintInput) -> [Violation]
}

/// What a rule reads: the model, facts derived from it once, and the naming allow lists.
public struct LintInput: Sendable {
    public var model: Model
    public var facts: ModelFacts
    public var naming: NamingAllowList

    public init(model: Model, naming: NamingAllowList = NamingAllowList()) {
        self.init(model: model, facts: ModelFacts(model), naming: naming)
    }

    /// The input with facts already derived from `model`, so that the report and the rules share them.
    public init(model: Model, facts: ModelFacts, naming: NamingAllowList = NamingAllowList()) {
        self.model = model
        self.facts = facts
        self.naming = naming
    }
}
