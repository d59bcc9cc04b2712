import StormModel
import StormReview

/// Every event that leaves its domain writes its version: published through an output port, or consumed
/// by a context of another domain.
struct PolicyEventVersionRule: Rule {
    let id = "policy-event-version"
    let defaultSeverity = RuleSeverity.error
    let summary = "An event published through an output port, or consumed by a context of another domain, without an explicit version (`event Paid v1`)."
    let rationale = "Consumers in other domains pin the versions they were written against; an event whose version is left implicit cannot be pinned, and its first change reaches them unannounced."

    func check(_ input: LintInput) -> [Violation] {
        let model = input.model
        var domains: [String: String] = [:]
        for context in model.contexts { domains[context.name] = context.domain }
        // Why each event must carry its version, the first reason found, in model order.
        var reasons: [SymbolReference: String] = [:]
        for context in model.contexts {
            for product in context.dataProducts {
                for port in product.outputPorts {
                    for event in port.events where reasons[event] == nil {
                        reasons[event] = "output port `\(product.name).\(port.name)` publishes it"
                    }
                }
            }
        }
        for flow in input.facts.flows where flow.crossesBoundary && reasons[flow.event] == nil {
            guard let producer = domains[flow.producer], let consumer = domains[flow.consumer], producer != consumer else { continue }
            reasons[flow.event] = "`\(flow.consumer)` of domain `\(consumer)` consumes it through \(ModelFacts.describe(flow.via))"
        }
        var violations: [Violation] = []
        for context in model.contexts where model.usedInterfaces[context.name] == nil && !context.isExternal {
            for event in context.events where event.versionRange == nil {
                let reference = context.reference(event.name)
                guard let reason = reasons[reference] else { continue }
                violations.append(Violation("event `\(reference)` leaves its domain (\(reason)) without an explicit version: the platform policy asks for one, as in `event \(event.name) v1`",
                                            at: event.range))
            }
        }
        return violations
    }
}
