import StormModel

/// An upstream/downstream relationship across which no event flows.
public struct RelationshipWithoutFlowRule: Rule {
    public let id = "relationship-without-flow"
    public let defaultSeverity = RuleSeverity.info
    public let summary = "An upstream/downstream relationship of the context map carries no event: no policy, read model or input port downstream consumes an event of the upstream."
    public let rationale = "A relationship with nothing flowing across it is either integration the model does not show yet (queries, files, APIs), or a dependency that no longer exists. Either way the map and the model disagree."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        let carried = Set(input.facts.flows.filter(\.crossesBoundary).map { "\($0.producer)\u{0}\($0.consumer)" })
        return input.model.relationships.compactMap { relationship in
            guard let upstream = relationship.upstream, let downstream = relationship.downstream,
                  !carried.contains("\(upstream)\u{0}\(downstream)") else { return nil }
            return Violation("no event of `\(upstream)` is consumed by `\(downstream)`, although the context map declares `\(upstream) -> \(downstream)`",
                             at: relationship.range)
        }
    }
}
