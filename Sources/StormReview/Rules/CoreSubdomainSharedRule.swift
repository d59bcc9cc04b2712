import StormDiagnostics
import StormModel

/// A core subdomain that several bounded contexts implement.
public struct CoreSubdomainSharedRule: Rule {
    public let id = "core-subdomain-shared"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A core subdomain implemented by several bounded contexts."
    public let rationale = "A core subdomain split across contexts has no single model and usually no single team: the most valuable knowledge of the business ends up duplicated or contradicted."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        let implementersOf = Dictionary(grouping: input.model.contexts.filter { $0.subdomain != nil }) { $0.subdomain! }
        return input.model.domains.flatMap { domain in
            domain.subdomains.filter { $0.kind == .core }.compactMap { subdomain in
                let reference = SubdomainReference(domain: domain.name, name: subdomain.name)
                let implementers = implementersOf[reference] ?? []
                guard implementers.count > 1 else { return nil }
                let names = implementers.map { "`\($0.name)`" }.joined(separator: ", ")
                return Violation("core subdomain `\(domain.name).\(subdomain.name)` is implemented by \(implementers.count) contexts: \(names)",
                                 at: subdomain.range,
                                 notes: implementers.map { DiagnosticNote("`\($0.name)` implements it here", at: $0.range) })
            }
        }
    }
}
