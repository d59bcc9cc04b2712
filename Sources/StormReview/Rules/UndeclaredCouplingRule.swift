import StormDiagnostics
import StormModel

/// A context consumes another context's event, but the context map does not let the event flow that way.
///
/// A flow from producer P to consumer C is declared by `P -> C` (P upstream), a partnership or a shared
/// kernel between them. `C -> P` (the other direction) and `separate ways` contradict the flow.
public struct UndeclaredCouplingRule: Rule {
    public let id = "undeclared-coupling"
    public let defaultSeverity = RuleSeverity.error
    public let summary = "A policy, read model or input port consumes an event of a context that the context map does not declare as its upstream."
    public let rationale = "The context map is the contract between teams: a dependency that it does not show is a dependency no one negotiates, versions or reviews. Declare the relationship (`Producer -> Consumer`), or stop consuming the event."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        var seen = Set<String>()
        return input.facts.flows.filter(\.crossesBoundary).compactMap { flow in
            let relationships = input.facts.relationships(between: flow.producer, and: flow.consumer)
            if input.facts.relationshipIndex.carrier(from: flow.producer, to: flow.consumer) != nil { return nil }
            // One violation per consumer and producer context is enough to explain the missing relationship.
            guard seen.insert("\(flow.consumer)\u{0}\(flow.via.displayName)\u{0}\(flow.producer)").inserted else { return nil }
            let consumer = ModelFacts.describe(flow.via)
            let what = "\(consumer) of `\(flow.consumer)` consumes `\(flow.event)`"
            let message: String
            if let reversed = relationships.first(where: { $0.kind == .upstreamDownstream && $0.upstream == flow.consumer }) {
                message = "\(what), but the context map has `\(reversed.first) -> \(reversed.second)`: the event flows against the relationship"
            } else if relationships.contains(where: { $0.kind == .separateWays }) {
                message = "\(what), but the context map says `\(flow.producer)` and `\(flow.consumer)` go separate ways"
            } else {
                message = "\(what), but the context map has no relationship between `\(flow.producer)` and `\(flow.consumer)`"
            }
            let notes = relationships.map { DiagnosticNote("relationship declared here", at: $0.range) }
            return Violation(message, at: input.facts.range(of: flow.via, in: flow.consumer), notes: notes)
        }
    }
}
