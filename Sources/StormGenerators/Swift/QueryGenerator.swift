import StormModel

/// The questions a read model answers, as a `Queries` protocol nested in it: one async throwing method per
/// query, which the team implements over wherever it keeps the read model.
struct QueryGenerator {
    let names: SwiftNames

    /// Each query's Swift method name, in order; two queries of one method name are an error.
    static func methodNames(of readModel: ReadModel, in context: BoundedContext) throws(GeneratorError) -> [String] {
        var taken: [String: Query] = [:]
        var methods: [String] = []
        for query in readModel.queries {
            let method = SwiftIdentifier.lowerCamel(SwiftIdentifier.sanitized(query.name))
            if let other = taken[method] {
                throw GeneratorError("in read model `\(context.name).\(readModel.name)`, queries `\(other.name)` and `\(query.name)` both map to the Swift method `\(method)`",
                                     at: query.range, id: "swift-name-collision", help: "rename one of them")
            }
            taken[method] = query
            methods.append(method)
        }
        return methods
    }

    func write(_ readModel: ReadModel, in context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        let methods = try Self.methodNames(of: readModel, in: context)
        out.doc("The questions `\(readModel.name)` answers. Implement them in a type of your own.")
        out.block("public protocol Queries: Sendable") { out in
            for (index, (query, method)) in zip(readModel.queries, methods).enumerated() {
                if index > 0 { out.line() }
                var doc = query.doc.isEmpty ? "The query `\(query.name)`." : query.doc
                if !query.askedBy.isEmpty {
                    doc += "\n\nAsked by " + query.askedBy.map { asker in
                        switch asker {
                        case .actor(let name): "`\(name)`"
                        case .context(let name): "context `\(name)`"
                        }
                    }.joined(separator: ", ") + "."
                }
                out.doc(doc)
                let parameters = query.parameters.map { field in
                    SwiftIdentifier.member(field.name).escaped + ": " + names.swiftType(field.type)
                }
                out.line("func ", SwiftIdentifier.escaped(method), "(", parameters.joined(separator: ", "), ") async throws -> ", names.swiftType(query.returns))
            }
        }
    }
}
