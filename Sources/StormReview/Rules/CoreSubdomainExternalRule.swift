import StormDiagnostics
import StormModel

/// A core subdomain implemented by an `external context`: a system the organisation does not own.
public struct CoreSubdomainExternalRule: Rule {
    public let id = "core-subdomain-external"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A core subdomain implemented by an external context."
    public let rationale = "A core subdomain is what sets the business apart; when a system the organisation does not own implements it, the advantage belongs to the vendor, or the subdomain is not core."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        let kinds = Dictionary(input.model.domains.flatMap { domain in
            domain.subdomains.map { (SubdomainReference(domain: domain.name, name: $0.name), $0.kind) }
        }, uniquingKeysWith: { first, _ in first })
        return input.model.contexts.compactMap { context in
            guard context.isExternal, let subdomain = context.subdomain, kinds[subdomain] == .core else { return nil }
            return Violation("external context `\(context.name)` implements core subdomain `\(subdomain.domain).\(subdomain.name)`: "
                             + "what sets the business apart is a system it does not own", at: context.range)
        }
    }
}
