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
        try GeneratedFile.collected { emit throws(GeneratorError) in try generate(model, options: options, emit: emit) }
    }

    /// The same documents, handed to `emit` a few contexts at a time (``concurrentBatches(_:_:emit:)``).
    public static func generate(_ model: Model, options: GeneratorOptions, emit: ([GeneratedFile]) -> Void) throws(GeneratorError) {
        // The flows into each context, found once: a scan of every flow per context would cost
        // contexts times flows.
        let incoming = Dictionary(grouping: model.crossContextFlows, by: \.consumer)
        let relationships = RelationshipIndex(model.relationships)
        let asked = AsyncAPIQueries.byContext(model)
        let generated = GeneratedHeader(model: model, options: options)
        // Another domain's contexts (`use`) have their schemas where they are published.
        let own = model.contexts.filter { model.usedInterfaces[$0.name] == nil }
        try concurrentBatches(own, { context throws(GeneratorError) in
            let header = generated.comment(prefix: "#", from: context.files)
            let document = try document(for: context, model: model, incoming: incoming[context.name] ?? [],
                                        relationships: relationships, options: options, queries: asked[context.name] ?? [], header: header)
            return [GeneratedFile(path: OutputPaths.asyncAPI(context), text: document)]
        }, emit: emit)
    }

    /// An event with a channel in a document: its producer, its CloudEvents type (the channel's id) and the
    /// name of its payload schema.
    private struct Channel {
        /// Where the producing context is in the document's owners: a context is held once, not copied
        /// into each of its channels.
        var owner: Int
        var event: Event
        var id: String
        var payload: String
    }

    /// The document of `context`, after `header`, given the cross-context flows into it (`incoming`, in
    /// flow order) and the model's relationships (which name the integrations the flows go through). Queries
    /// other contexts ask of it, or it asks of them (`queries`), are requests with replies.
    ///
    /// The schemas are built first, as JSON; the rest is written as it goes, section by section
    /// (``YAMLStream``), so no tree of the whole document is built.
    static func document(for context: BoundedContext, model: Model, incoming: [EventFlow], relationships: RelationshipIndex,
                         options: GeneratorOptions, queries: [AsyncAPIQueries.Asked] = [], header: String = "") throws(GeneratorError) -> WrittenText {
        var types = JSONSchemaTypes(model: model, home: context.name, referencePrefix: "#/components/schemas/", additionalProperties: true)
        var schemas: [String: JSON] = [AsyncAPIMessages.headersComponent: AsyncAPIMessages.sharedHeaders]

        let consumed = AsyncAPIOperations.consumed(incoming, in: model)
        // A kept previous major (`was v1`) has a channel, message and payload of its own.
        let published = context.events.majors
        // The producers: the context itself, then each consumed event's.
        let owners = [context] + consumed.map(\.event.0)
        // What each owner's channel IDs start with, made once for its thousands of events.
        let prefixes = owners.map(Naming.cloudEventTypePrefix)
        let events = published.map { (owner: 0, event: $0) } + consumed.indices.map { (owner: $0 + 1, event: consumed[$0].event.1) }
        var channels: [Channel] = []
        var channelIDs = Set<String>()
        // Sized once: grown an event at a time, the set and the schemas were made again at every doubling.
        channels.reserveCapacity(events.count)
        channelIDs.reserveCapacity(events.count)
        schemas.reserveCapacity(events.count + 1)
        var clusters = Set<String>()
        for (owner, event) in events {
            let id = Naming.cloudEventType(prefix: prefixes[owner], event: event)
            guard channelIDs.insert(id).inserted else { continue }
            let payload = types.definitionName(owners[owner].reference(event.name)) + (event.supersededBy == nil ? "" : ".v\(event.version)")
            if let platforms = options.platforms { clusters.insert(platforms.cluster(of: owners[owner].name)) }
            channels.append(Channel(owner: owner, event: event, id: id, payload: payload))
            schemas[payload] = try types.objectSchema(fields: event.fields)
                .adding(JSONSchemaAnnotations.of(doc: event.doc, deprecation: event.deprecation))
                .adding(["title": .string(event.name)])
                .adding(JSONSchemaAnnotations.version(of: event))
        }
        for asked in queries { try AsyncAPIQueries.addSchemas(of: asked, types: &types, to: &schemas) }
        for member in types.definitions.members where schemas[member.key] == nil { schemas[member.key] = member.value }

        var out = YAMLStream(prefix: header, capacity: 1024 + 2048 * channels.count)
        out.entry("asyncapi", version)
        out.entry("info", AsyncAPIInfo.info(of: context, in: model))
        out.entry("servers", options.platforms.map { KafkaBindings.servers(clusters, platforms: $0) })
        out.entry("defaultContentType", "application/json")
        out.open("channels")
        for channel in channels {
            let extra = options.platforms.map { KafkaBindings.channelEntries(topic: channel.id, producer: owners[channel.owner], event: channel.event,
                                                                            model: model, platforms: $0) } ?? []
            AsyncAPIOperations.writeChannel(id: channel.id, event: channel.event, in: owners[channel.owner].name, extra: extra, to: &out)
        }
        for asked in queries { AsyncAPIQueries.writeChannels(of: asked, to: &out) }
        out.end()
        out.open("operations")
        // The context's own events come first among the channels, each with a channel of its own (their
        // types differ), so their channel IDs are read there, not made again.
        for (event, channel) in zip(published, channels) {
            let id = channel.id
            let key = event.supersededBy == nil ? String(joining: "send.", event.name) : String(joining: "send.", event.name, ".v", String(event.version))
            AsyncAPIOperations.writeOperation(key, action: "send", channel: id, event: event,
                                              summary: String(joining: context.name, " publishes ", event.name, "."), to: &out)
        }
        for flow in consumed {
            let id = Naming.cloudEventType(context: flow.event.0, event: flow.event.1)
            let integration = AsyncAPIOperations.integration(from: flow.event.0.name, to: context.name, in: relationships)
            AsyncAPIOperations.writeOperation("receive.\(flow.reference).by.\(flow.consumer.displayName)", action: "receive", channel: id,
                                              event: flow.event.1, summary: flow.summary, description: integration, to: &out)
        }
        for asked in queries { AsyncAPIQueries.writeOperation(of: asked, in: context, to: &out) }
        out.end()
        out.open("components")
        out.entry("schemas", json: .object(JSONObject(schemas)))
        out.open("messages")
        // The channels of one producer are next to each other: the base of its schema ids is found once for them.
        var base = (context: "", uri: "")
        for channel in channels {
            if base.context != owners[channel.owner].name {
                base = (owners[channel.owner].name, JSONSchemaURIs.base(of: owners[channel.owner], options: options))
            }
            AsyncAPIMessages.writeMessage(id: channel.id, for: channel.event, in: owners[channel.owner].name, payload: channel.payload, uriBase: base.uri,
                                          extra: options.platforms == nil ? [] : KafkaBindings.messageEntries, to: &out)
        }
        for asked in queries { AsyncAPIQueries.writeMessages(of: asked, to: &out) }
        out.end()
        out.end()
        return out.finish()
    }
}
