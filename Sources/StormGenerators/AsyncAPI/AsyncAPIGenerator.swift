import StormModel
import StormSupport

/// Generates one AsyncAPI 3.0.0 document per bounded context: `<Context>.asyncapi.yaml`.
///
/// Every event the context publishes gets a channel, whose id and address are the event's CloudEvents
/// type (``Naming/cloudEventType(context:event:)``), and a `send` operation. Every event that a policy,
/// read model or input port of the context consumes from another context gets a `receive` operation per
/// consumer, on a channel of the same id and address as in the producer's document. So each document
/// stands alone (every `$ref` is local) and a channel means the same thing in every document that names
/// it. Messages, payload schemas and the CloudEvents headers live under `components`.
public enum AsyncAPIGenerator {
    /// The AsyncAPI version written to every document.
    public static let version = "3.0.0"

    /// One document per context, in context order.
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        // The flows into each context, found once: a scan of every flow per context would cost
        // contexts times flows.
        let incoming = Dictionary(grouping: model.crossContextFlows, by: \.consumer)
        let relationships = RelationshipIndex(model.relationships)
        let asked = AsyncAPIQueries.byContext(model)
        let generated = GeneratedHeader(model: model, options: options)
        // Another domain's contexts (`use`) have their schemas where they are published.
        let own = model.contexts.filter { model.usedInterfaces[$0.name] == nil }
        return try concurrentMap(own) { context throws(GeneratorError) in
            let header = generated.comment(prefix: "#", from: context.files)
            let document = try document(for: context, model: model, incoming: incoming[context.name] ?? [],
                                        relationships: relationships, options: options, queries: asked[context.name] ?? [])
            return GeneratedFile(path: OutputPaths.asyncAPI(context), contents: header + document.rendered())
        }
    }

    /// The document of `context`, given the cross-context flows into it (`incoming`, in flow order) and the
    /// model's relationships (which name the integrations the flows go through). Queries other contexts ask
    /// of it, or it asks of them (`queries`), are requests with replies.
    static func document(for context: BoundedContext, model: Model, incoming: [EventFlow], relationships: RelationshipIndex,
                         options: GeneratorOptions, queries: [AsyncAPIQueries.Asked] = []) throws(GeneratorError) -> YAML {
        var types = JSONSchemaTypes(model: model, home: context.name, referencePrefix: "#/components/schemas/", additionalProperties: true)
        var channels: [YAML.Entry] = []
        var operations: [YAML.Entry] = []
        var messages: [YAML.Entry] = []
        var schemas: [String: JSON] = [AsyncAPIMessages.headersComponent: AsyncAPIMessages.sharedHeaders]

        let consumed = AsyncAPIOperations.consumed(incoming, in: model)
        // A kept previous major (`was v1`) has a channel, message and payload of its own.
        let events = context.events.flatMap { $0.majors.map { (context, $0) } } + consumed.map(\.event)
        var channelIDs = Set<String>()
        var clusters = Set<String>()
        for (owner, event) in events {
            let id = Naming.cloudEventType(context: owner, event: event)
            guard channelIDs.insert(id).inserted else { continue }
            let payload = types.definitionName(owner.reference(event.name)) + (event.supersededBy == nil ? "" : ".v\(event.version)")
            var channel = AsyncAPIOperations.channel(id: id, event: event, in: owner)
            var message = AsyncAPIMessages.message(for: event, in: owner, payload: payload, options: options)
            if let platforms = options.platforms {
                channel = KafkaBindings.channel(channel, topic: id, producer: owner, event: event, model: model, platforms: platforms)
                message = KafkaBindings.message(message)
                clusters.insert(platforms.cluster(of: owner.name))
            }
            channels.append(YAML.Entry(key: id, value: channel))
            messages.append(YAML.Entry(key: id, value: message))
            schemas[payload] = try types.objectSchema(fields: event.fields)
                .adding(JSONSchemaAnnotations.of(doc: event.doc, deprecation: event.deprecation))
                .adding(["title": .string(event.name)])
                .adding(JSONSchemaAnnotations.version(of: event))
        }
        for event in context.events.flatMap(\.majors) {
            let id = Naming.cloudEventType(context: context, event: event)
            let key = "send.\(event.name)" + (event.supersededBy == nil ? "" : ".v\(event.version)")
            operations.append(YAML.Entry(key: key, value: AsyncAPIOperations.operation(
                action: "send", channel: id, event: event, summary: "\(context.name) publishes \(event.name).")))
        }
        for flow in consumed {
            let id = Naming.cloudEventType(context: flow.event.0, event: flow.event.1)
            let integration = AsyncAPIOperations.integration(from: flow.event.0.name, to: context.name, in: relationships)
            operations.append(YAML.Entry(key: "receive.\(flow.reference).by.\(flow.consumer.displayName)", value: AsyncAPIOperations.operation(
                action: "receive", channel: id, event: flow.event.1, summary: flow.summary, description: integration)))
        }
        for asked in queries {
            try AsyncAPIQueries.add(asked, to: context, types: &types, channels: &channels, operations: &operations, messages: &messages, schemas: &schemas)
        }
        schemas.merge(types.definitions) { first, _ in first }
        return .ordered([
            "asyncapi": .string(version),
            "info": AsyncAPIInfo.info(of: context, in: model),
            "servers": options.platforms.map { KafkaBindings.servers(clusters, platforms: $0) },
            "defaultContentType": "application/json",
            "channels": .mapping(channels),
            "operations": .mapping(operations),
            "components": .ordered(["schemas": .json(.object(JSONObject(schemas))), "messages": .mapping(messages)]),
        ])
    }
}
