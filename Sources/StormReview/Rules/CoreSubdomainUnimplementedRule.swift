import StormModel

/// A core subdomain that no bounded context implements.
public struct CoreSubdomainUnimplementedRule: Rule {
    public let id = "core-subdomain-unimplemented"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A core subdomain that no bounded context implements."
    public let rationale = "Core subdomains are where the business differs from its competitors and where the best people should work. One that no context implements is strategy without software."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        let implemented = Set(input.model.contexts.compactMap(\.subdomain))
        return input.model.domains.flatMap { domain in
            domain.subdomains.filter { $0.kind == .core }.compactMap { subdomain in
                let reference = SubdomainReference(domain: domain.name, name: subdomain.name)
                guard !implemented.contains(reference) else { return nil }
                return Violation("core subdomain `\(domain.name).\(subdomain.name)` is implemented by no bounded context",
                                 at: subdomain.range)
            }
        }
    }
}
