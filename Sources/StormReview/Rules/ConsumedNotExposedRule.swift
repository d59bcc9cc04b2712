import StormDiagnostics
import StormModel

/// A downstream consumes an event that the relationship it travels along does not list in `exposes`.
public struct ConsumedNotExposedRule: Rule {
    public let id = "consumed-not-exposed"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A context consumes an event its upstream's relationship does not expose."
    public let rationale = "A relationship's `exposes` list is the upstream's promise: what the downstream may rely on. Consuming anything else couples the downstream to what the upstream may change without notice."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        // What each relationship with an `exposes` list exposes, worked out once per relationship: the
        // names it lists, and the events the commands of a listed aggregate emit.
        var exposed: [Int: Set<SymbolReference>] = [:]
        var emittedByAggregate: [String: [String: [SymbolReference]]] = [:]
        func exposure(of position: Int) -> Set<SymbolReference> {
            if let known = exposed[position] { return known }
            let relationship = input.facts.relationshipIndex.relationships[position]
            var names = Set(relationship.details.exposes)
            for reference in relationship.details.exposes {
                if emittedByAggregate[reference.context] == nil, let context = input.model.context(named: reference.context) {
                    var byAggregate: [String: [SymbolReference]] = [:]
                    for command in context.commands { if let aggregate = command.aggregate { byAggregate[aggregate, default: []] += command.emits } }
                    emittedByAggregate[reference.context] = byAggregate
                }
                names.formUnion(emittedByAggregate[reference.context]?[reference.name] ?? [])
            }
            exposed[position] = names
            return names
        }
        return input.facts.flows.compactMap { flow in
            guard flow.crossesBoundary, let position = input.facts.relationshipIndex.carrierPosition(from: flow.producer, to: flow.consumer) else { return nil }
            let relationship = input.facts.relationshipIndex.relationships[position]
            guard !relationship.details.exposes.isEmpty, !exposure(of: position).contains(flow.event) else { return nil }
            let name = relationship.details.name.map { "`\($0)` " } ?? ""
            let listed = relationship.details.exposes.map { "`\($0.name)`" }.joined(separator: ", ")
            return Violation("\(ModelFacts.describe(flow.via)) of `\(flow.consumer)` consumes `\(flow.event)`, which the relationship \(name)"
                             + "from `\(flow.producer)` does not expose (it exposes \(listed))",
                             at: input.facts.range(of: flow.via, in: flow.consumer),
                             notes: [DiagnosticNote("the relationship's `exposes` list", at: relationship.range)])
        }
    }
}
