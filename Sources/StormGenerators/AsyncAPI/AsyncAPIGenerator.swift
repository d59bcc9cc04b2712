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
        let asked = AsyncAPIQueries.byContext(model)
        let generated = GeneratedHeader(model: model, options: options)
        // Another domain's contexts (`use`) have their schemas where they are published.
        let own = model.contexts.filter { model.usedInterfaces[$0.name] == nil }
        return try concurrentMap(own) { context throws(GeneratorError) in
            let header = generated.comment(prefix: "#", from: context.files)
            let document = try document(for: context, model: model, incoming: incoming[context.name] ?? [], options: options,
                                        queries: asked[context.name] ?? [])
            return GeneratedFile(path: OutputPaths.asyncAPI(context), contents: header + document.rendered())
        }
    }

    /// The document of `context`, given the cross-context flows into it (`incoming`, in flow order).
    /// Queries other contexts ask of it, or it asks of them (`queries`), are requests with replies.
    static func document(for context: BoundedContext, model: Model, incoming: [EventFlow], options: GeneratorOptions,
                         queries: [AsyncAPIQueries.Asked] = []) throws(GeneratorError) -> YAML {
        var types = JSONSchemaTypes(model: model, home: context.name, referencePrefix: "#/components/schemas/", additionalProperties: true)
        var channels: [YAML.Entry] = []
        var operations: [YAML.Entry] = []
        var messages: [YAML.Entry] = []
        var schemas: [String: JSON] = [AsyncAPIMessages.headersComponent: AsyncAPIMessages.sharedHeaders]

        let consumed = AsyncAPIOperations.consumed(incoming, in: model)
        let events = context.events.map { (context, $0) } + consumed.map(\.event)
        var channelIDs = Set<String>()
        var clusters = Set<String>()
        for (owner, event) in events {
            let id = Naming.cloudEventType(context: owner, event: event)
            guard channelIDs.insert(id).inserted else { continue }
            let payload = types.definitionName(owner.reference(event.name))
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
        }
        for event in context.events {
            let id = Naming.cloudEventType(context: context, event: event)
            operations.append(YAML.Entry(key: "send.\(event.name)", value: AsyncAPIOperations.operation(
                action: "send", channel: id, event: event, summary: "\(context.name) publishes \(event.name).")))
        }
        for flow in consumed {
            let id = Naming.cloudEventType(context: flow.event.0, event: flow.event.1)
            operations.append(YAML.Entry(key: "receive.\(flow.reference).by.\(flow.consumer.displayName)", value: AsyncAPIOperations.operation(
                action: "receive", channel: id, event: flow.event.1, summary: flow.summary)))
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
            "components": .ordered(["schemas": YAML(.object(schemas)), "messages": .mapping(messages)]),
        ])
    }
}
