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

    /// Adds the request and response schemas of `asked` to `schemas`.
    static func addSchemas(of asked: Asked, types: inout JSONSchemaTypes, to schemas: inout [String: JSON]) throws(GeneratorError) {
        let query = asked.query
        schemas[asked.requestSchema] = try types.objectSchema(fields: query.parameters).adding(["title": .string(query.name + " request")])
        schemas[asked.responseSchema] = try types.schema(for: query.returns).adding(["title": .string(query.name + " response")])
    }

    /// Writes the request and reply channels of `asked`.
    static func writeChannels(of asked: Asked, to out: inout YAMLStream) {
        writeChannel(asked.requestChannel, title: "\(asked.owner.name).\(asked.stem) request", message: "request", to: &out)
        writeChannel(asked.replyChannel, title: "\(asked.owner.name).\(asked.stem) reply", message: "reply", to: &out)
    }

    /// Writes the request and reply messages of `asked`.
    static func writeMessages(of asked: Asked, to out: inout YAMLStream) {
        writeMessage(asked.requestChannel, name: asked.query.name + "Request", doc: asked.query.doc, payload: asked.requestSchema, to: &out)
        writeMessage(asked.replyChannel, name: asked.query.name + "Response", doc: "", payload: asked.responseSchema, to: &out)
    }

    /// Writes the operation of `asked` in the document of `context`: the owner `receive`s the request, the
    /// asker `send`s it, each with a `reply`.
    static func writeOperation(of asked: Asked, in context: BoundedContext, to out: inout YAMLStream) {
        let owns = asked.owner.name == context.name
        let action = owns ? "receive" : "send"
        let summary = owns ? "\(asked.owner.name) answers \(asked.stem)." : "\(context.name) asks \(asked.owner.name).\(asked.stem)."
        out.open("\(action).query.\(owns ? "" : asked.owner.name + ".")\(asked.stem)")
        out.entry("action", action)
        AsyncAPIOperations.writeReference("#/channels/", asked.requestChannel, key: "channel", to: &out)
        out.entry("summary", summary)
        AsyncAPIOperations.writeMessages(reference: "#/channels/" + JSONSchemaURIs.pointerToken(asked.requestChannel) + "/messages/request", to: &out)
        out.open("reply")
        AsyncAPIOperations.writeReference("#/channels/", asked.replyChannel, key: "channel", to: &out)
        AsyncAPIOperations.writeMessages(reference: "#/channels/" + JSONSchemaURIs.pointerToken(asked.replyChannel) + "/messages/reply", to: &out)
        out.end()
        out.end()
    }

    private static func writeChannel(_ id: String, title: String, message: String, to out: inout YAMLStream) {
        out.open(id)
        out.entry("address", id)
        out.entry("title", title)
        out.open("messages")
        AsyncAPIOperations.writeReference("#/components/messages/", id, key: message, to: &out)
        out.end()
        out.end()
    }

    private static func writeMessage(_ id: String, name: String, doc: String, payload: String, to out: inout YAMLStream) {
        out.open(id)
        out.entry("name", name)
        if !doc.isEmpty { out.entry("description", doc) }
        out.entry("contentType", "application/json")
        AsyncAPIOperations.writeReference("#/components/schemas/", payload, key: "payload", to: &out)
        out.end()
    }
}
