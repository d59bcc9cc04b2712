import StormModel

/// A downstream consumes an event its relationship's `exposes` list leaves out.
public struct UnexposedConsumedEventRule: Rule {
    public let id = "unexposed-consumed-event"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A downstream consumes an event of its upstream that the relationship's `exposes` list does not name, neither itself nor the aggregate that emits it."
    public let rationale = "The `exposes` list is the published interface of the integration: an event consumed outside it is coupling the upstream does not know it has promised, and may change without warning."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        let model = input.model
        // What each consumer takes from each producer, in flow order, found once.
        var consumed: [String: [EventFlow]] = [:]
        for flow in input.facts.flows where flow.crossesBoundary { consumed["\(flow.producer)\u{0}\(flow.consumer)", default: []].append(flow) }
        var violations: [Violation] = []
        for relationship in model.relationships {
            guard let upstream = relationship.upstream, let downstream = relationship.downstream, !relationship.details.exposes.isEmpty,
                  let flows = consumed["\(upstream)\u{0}\(downstream)"], let context = model.context(named: upstream) else { continue }
            let exposed = Set(relationship.details.exposes)
            // The aggregates that emit each event of the upstream, for an `exposes` that names an aggregate.
            var emitters: [String: Set<SymbolReference>] = [:]
            for command in context.commands {
                guard let aggregate = command.aggregate else { continue }
                for event in command.emits { emitters[event.name, default: []].insert(context.reference(aggregate)) }
            }
            var reported: Set<SymbolReference> = []
            for flow in flows where !exposed.contains(flow.event) && emitters[flow.event.name, default: []].isDisjoint(with: exposed) {
                guard reported.insert(flow.event).inserted else { continue }
                violations.append(Violation("`\(downstream)` consumes `\(flow.event)` (\(ModelFacts.describe(flow.via))), which the relationship `\(upstream) -> \(downstream)` does not expose: add it to `exposes`",
                                            at: relationship.range))
            }
        }
        return violations
    }
}
