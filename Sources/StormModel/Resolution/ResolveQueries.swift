import StormDiagnostics
import StormSource
import StormSyntax

/// Queries of read models: parameters and result types resolve, and each asker is an actor or external
/// system of the context, or another context.
extension Resolution {
    static let askers = Lookup(kinds: [.actor, .externalSystem], noun: "actor, external system or context", localOnly: true)

    mutating func resolveQueries(_ syntax: [QuerySyntax], of readModel: String, in context: String) -> [Query] {
        var queries: [Query] = []
        var seen: [String: SourceRange] = [:]
        for query in syntax {
            if let first = seen[query.name.text] {
                reportDuplicate("query", query.name, first: first, scope: "read model `\(readModel)`")
                continue
            }
            seen[query.name.text] = query.name.range
            let parameters = resolveFields(query.parameters, in: context, owner: "query `\(query.name.text)`")
            var askers: [Query.Asker] = []
            for asker in query.askedBy {
                if asker.isSimple, symbols.contexts[asker.last.text] != nil, asker.last.text != context {
                    askers.append(.context(asker.last.text))
                } else if let (reference, _) = resolve(asker, in: context, Resolution.askers) {
                    askers.append(.actor(reference.name))
                }
            }
            guard let returns = resolveType(query.returns, in: context) else { continue }
            queries.append(Query(name: query.name.text, doc: doc(query.info), parameters: parameters, returns: returns, askedBy: askers, range: query.info.range))
        }
        return queries
    }
}
