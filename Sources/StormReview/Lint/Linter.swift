import StormModel

/// Runs the review rules over a model: `stormc lint`.
public struct Linter: Sendable {
    /// Severities and allow lists.
    public var configuration: LintConfiguration
    /// The rules to run: all of them unless a test picks some.
    public var rules: [any Rule]

    public init(configuration: LintConfiguration = LintConfiguration(), rules: [any Rule] = RuleRegistry.all) {
        self.configuration = configuration
        self.rules = rules
    }

    /// The findings of every rule that is not off, without those suppressed by a `// storm:allow` comment,
    /// in source order (findings about the whole model first), then by rule ID.
    public func lint(_ model: Model) -> [Finding] {
        lint(model, facts: ModelFacts(model))
    }

    /// ``lint(_:)`` with the facts of `model` already derived (the review document derives them once for
    /// the rules and for its own sections).
    public func lint(_ model: Model, facts: ModelFacts) -> [Finding] {
        let input = LintInput(model: model, facts: facts, naming: configuration.naming)
        var findings: [Finding] = []
        // Another domain's interface is its business: its declarations are not reviewed here.
        let usedFiles = Set(model.contexts.filter { model.usedInterfaces[$0.name] != nil }.map(\.range.file))
        for rule in rules {
            let severity = configuration.severity(of: rule)
            guard severity != .off else { continue }
            for violation in rule.check(input) {
                if let range = violation.range, model.suppressions.isSuppressed(rule.id, at: range) { continue }
                if let range = violation.range, usedFiles.contains(range.file) { continue }
                findings.append(Finding(ruleID: rule.id, severity: severity, message: violation.message,
                                        range: violation.range, notes: violation.notes))
            }
        }
        // The positions are sorted, not the findings: the sort moves integers. Same comparisons, same order.
        return findings.indices.sorted { Linter.order(findings[$0], findings[$1]) }.map { findings[$0] }
    }

    /// Source order: file, then offset; findings without a place first; ties by rule ID then message.
    static func order(_ a: Finding, _ b: Finding) -> Bool {
        switch (a.range, b.range) {
        case let (x?, y?) where x.file != y.file: return x.file < y.file
        case let (x?, y?) where x.start != y.start: return x.start < y.start
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (a.ruleID, a.message) < (b.ruleID, b.message)
        }
    }
}

extension Collection where Element == Finding {
    /// Whether any finding is an error, which makes `stormc lint` exit 1.
    /// (Inlinable, so that it is specialized for the caller's collection: by index, each severity is read
    /// in place and no finding is copied.)
    @inlinable public var hasErrors: Bool { indices.contains { self[$0].severity == .error } }

    /// How many findings have the given severity.
    @inlinable public func count(of severity: RuleSeverity) -> Int {
        var count = 0
        for index in indices where self[index].severity == severity { count += 1 }
        return count
    }
}
