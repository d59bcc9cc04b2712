import StormModel
import StormSupport

/// Queries in AsyncAPI: a query of a read model that another context asks (`asked by <Context>`) is a
/// request and a reply between the two. Both documents get the request channel
/// `<domain>.<context>.queries.<ReadModel>.<Query>.request` and the reply channel `….reply`, each with
/// one message whose payload is the query's request (its parameters) or response (its `returns` type),
/// the schemas of `<Context>/queries/` in JSON Schema. The owner's document `receive`s the request and
/// the asker's `send`s it, each operation with a `reply` on the reply channel.
enum AsyncAPIQueries {
    /// A query of `owner` asked by another context.
    struct Asked {
        var owner: BoundedContext
        var readModel: ReadModel
        var query: Query

        var stem: String { "\(readModel.name).\(query.name)" }
        var requestChannel: String { Naming.cloudEventTypePrefix(of: owner) + "queries.\(stem).request" }
        var replyChannel: String { Naming.cloudEventTypePrefix(of: owner) + "queries.\(stem).reply" }
        /// Component names with a `-`, which no Storm name holds, so they cannot clash with a declaration's.
        var requestSchema: String { "\(owner.name).\(stem)-request" }
        var responseSchema: String { "\(owner.name).\(stem)-response" }
    }

    /// The asked queries of every context, by the context that owns or asks them, in model order.
    static func byContext(_ model: Model) -> [String: [Asked]] {
        var byContext: [String: [Asked]] = [:]
        for context in model.contexts {
            for readModel in context.readModels {
                for query in readModel.queries {
                    var askers: [String] = []
                    for case .context(let name) in query.askedBy where name != context.name && !askers.contains(name) { askers.append(name) }
                    guard !askers.isEmpty else { continue }
                    let asked = Asked(owner: context, readModel: readModel, query: query)
                    byContext[context.name, default: []].append(asked)
                    for name in askers { byContext[name, default: []].append(asked) }
                }
            }
        }
        return byContext
    }

    /// Adds the channels, operation, messages and schemas of `asked` to the document of `context`.
    static func add(_ asked: Asked, to context: BoundedContext, types: inout JSONSchemaTypes, channels: inout [YAML.Entry],
                    operations: inout [YAML.Entry], messages: inout [YAML.Entry], schemas: inout [String: JSON]) throws(GeneratorError) {
        let owns = asked.owner.name == context.name
        let query = asked.query
        channels.append(YAML.Entry(key: asked.requestChannel, value: channel(asked.requestChannel, title: "\(asked.owner.name).\(asked.stem) request",
                                                                            message: "request")))
        channels.append(YAML.Entry(key: asked.replyChannel, value: channel(asked.replyChannel, title: "\(asked.owner.name).\(asked.stem) reply",
                                                                          message: "reply")))
        messages.append(YAML.Entry(key: asked.requestChannel, value: message(query.name + "Request", doc: query.doc,
                                                                            payload: asked.requestSchema)))
        messages.append(YAML.Entry(key: asked.replyChannel, value: message(query.name + "Response", doc: "",
                                                                          payload: asked.responseSchema)))
        schemas[asked.requestSchema] = try types.objectSchema(fields: query.parameters).adding(["title": .string(query.name + " request")])
        schemas[asked.responseSchema] = try types.schema(for: query.returns).adding(["title": .string(query.name + " response")])
        let action = owns ? "receive" : "send"
        let summary = owns ? "\(asked.owner.name) answers \(asked.stem)." : "\(context.name) asks \(asked.owner.name).\(asked.stem)."
        operations.append(YAML.Entry(key: "\(action).query.\(owns ? "" : asked.owner.name + ".")\(asked.stem)", value: .ordered([
            "action": .string(action),
            "channel": AsyncAPIOperations.reference("#/channels/", asked.requestChannel),
            "summary": .string(summary),
            "messages": [AsyncAPIOperations.reference("#/channels/", asked.requestChannel, "messages", "request")],
            "reply": .ordered([
                "channel": AsyncAPIOperations.reference("#/channels/", asked.replyChannel),
                "messages": [AsyncAPIOperations.reference("#/channels/", asked.replyChannel, "messages", "reply")],
            ]),
        ])))
    }

    private static func channel(_ id: String, title: String, message: String) -> YAML {
        .ordered([
            "address": .string(id),
            "title": .string(title),
            "messages": .mapping([YAML.Entry(key: message, value: AsyncAPIOperations.reference("#/components/messages/", id))]),
        ])
    }

    private static func message(_ name: String, doc: String, payload: String) -> YAML {
        .ordered([
            "name": .string(name),
            "description": doc.isEmpty ? nil : .string(doc),
            "contentType": "application/json",
            "payload": AsyncAPIOperations.reference("#/components/schemas/", payload),
        ])
    }
}
