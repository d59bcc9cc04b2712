import StormDiagnostics
import StormSource
import StormSyntax

/// `owner Team` inside an aggregate: owners below the context.
extension Resolution {
    /// Resolves an aggregate's `owner`; a second one is a `duplicate-member`.
    mutating func resolveAggregateOwner(_ team: Name, _ info: DeclarationInfo, of aggregate: String,
                                        into owner: inout (team: String?, range: SourceRange)?) {
        _ = doc(info)
        if let first = owner {
            diagnostics.error("duplicate-member", ModelDiagnostics.duplicateMember("owner", in: "aggregate `\(aggregate)`"), at: info.range,
                              notes: [DiagnosticNote("the first owner is declared here", at: first.range)])
            return
        }
        owner = (resolveTeam(team), info.range)
    }

    /// The team that owns the context owns the aggregates that name no owner of their own.
    func inheritAggregateOwners(_ context: inout BoundedContext) {
        guard let owner = context.owner else { return }
        for index in context.aggregates.indices where context.aggregates[index].owner == nil {
            context.aggregates[index].owner = owner
        }
    }
}
