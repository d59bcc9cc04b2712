import StormModel
import StormSupport

/// What the page needs of the model, and no more: names for search, the outline, the relationships
/// for the filters, and each aggregate's lifecycle states for the lifecycle view. Keys as in
/// `stormc model --json`, so the page reads either; at 20,000 events it is a tenth of the full export.
enum ModelOutline {
    static func json(_ model: Model) -> JSON {
        func names(_ values: [String]) -> JSON { .array(values.map { .object(["name": .string($0)]) }) }
        return .object([
            "name": .string(model.name),
            "domains": names(model.domains.map(\.name)),
            "teams": names(model.teams.map(\.name)),
            "contexts": .array(model.contexts.map { context in
                .object([
                    "name": .string(context.name), "domain": .string(context.domain), "owner": context.owner.map(JSON.string) ?? .null,
                    "aggregates": .array(context.aggregates.map(aggregate)), "commands": names(context.commands.map(\.name)),
                    "events": names(context.events.map(\.name)), "policies": names(context.policies.map(\.name)),
                    "readModels": names(context.readModels.map(\.name)), "dataProducts": names(context.dataProducts.map(\.name)),
                    "hotspots": .array(context.hotspots.map { .object(["text": .string($0.text)]) }),
                ])
            }),
            "contextMaps": .array(model.contextMaps.map { map in
                .object(["name": .string(map.name), "relationships": .array(map.relationships.map { relationship in
                    .object([
                        "kind": .string(relationship.kind.rawValue), "first": .string(relationship.first), "second": .string(relationship.second),
                        "upstreamPatterns": .array(relationship.upstreamPatterns.map { .string($0.rawValue) }),
                        "downstreamPatterns": .array(relationship.downstreamPatterns.map { .string($0.rawValue) }),
                    ])
                })])
            }),
        ])
    }

    /// An aggregate's name, and the states of its lifecycle when it declares one.
    private static func aggregate(_ aggregate: Aggregate) -> JSON {
        guard let lifecycle = aggregate.lifecycle else { return .object(["name": .string(aggregate.name)]) }
        return .object(["name": .string(aggregate.name), "lifecycle": .object(["states": .array(lifecycle.states.map(JSON.string))])])
    }
}
