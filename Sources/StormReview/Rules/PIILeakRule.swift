import StormDiagnostics
import StormModel

/// Personal data that leaves its context without a translation or a published language in between.
///
/// Through a cross-context flow, the relationship from producer to consumer must carry `PL` upstream or
/// `ACL` downstream. Through an output port, whose consumers are unknown, the producing context must offer
/// a published language: `PL` on at least one relationship where it is upstream.
public struct PIILeakRule: Rule {
    public let id = "pii-leak"
    public let defaultSeverity = RuleSeverity.error
    public let summary = "A `@pii` field leaves its context, through an output port or an event another context consumes, without an anticorruption layer or a published language on that relationship."
    public let rationale = "Personal data crossing a boundary must be a deliberate, reviewed act: a published language documents what is shared, an anticorruption layer decides what is kept. Without either, personal data spreads by accident, and with it the obligations of data protection law."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        var piiPaths: [SymbolReference: PIIPath?] = [:]
        func pii(_ reference: SymbolReference) -> PIIPath? {
            if let known = piiPaths[reference] { return known }
            let found = input.model.event(reference).flatMap { PIIPath.first(in: $0.fields, model: input.model) }
            piiPaths[reference] = found
            return found
        }
        var violations: [Violation] = []
        for flow in input.facts.flows where flow.crossesBoundary {
            guard let path = pii(flow.event) else { continue }
            let protected = input.facts.relationships(between: flow.producer, and: flow.consumer).contains {
                $0.upstream == flow.producer && ($0.upstreamPatterns.contains(.publishedLanguage) || $0.downstreamPatterns.contains(.anticorruptionLayer))
            }
            guard !protected else { continue }
            var notes = [DiagnosticNote("marked `@pii` here", at: path.range)]
            if let crossed = input.facts.relationshipIndex.carrier(from: flow.producer, to: flow.consumer) {
                notes.append(DiagnosticNote("the relationship it crosses is declared here", at: crossed.range))
            }
            violations.append(Violation(
                "personal data `\(flow.event).\(path.name)` reaches `\(flow.consumer)` through \(ModelFacts.describe(flow.via)) without an anticorruption layer or a published language (`\(flow.producer) [U, PL] -> [D, ACL] \(flow.consumer)`)",
                at: input.facts.range(of: flow.via, in: flow.consumer), notes: notes))
        }
        let offeringLanguage = Set(input.model.relationships.compactMap { $0.upstreamPatterns.contains(.publishedLanguage) ? $0.upstream : nil })
        for context in input.model.contexts {
            guard !offeringLanguage.contains(context.name) else { continue }
            for product in context.dataProducts {
                for port in product.outputPorts {
                    for event in port.events {
                        guard let path = pii(event) else { continue }
                        violations.append(Violation(
                            "output port `\(product.name).\(port.name)` publishes personal data `\(event).\(path.name)`, but `\(context.name)` offers no published language (`PL`) on the context map",
                            at: port.range, notes: [DiagnosticNote("marked `@pii` here", at: path.range)]))
                    }
                }
            }
        }
        return violations
    }
}
