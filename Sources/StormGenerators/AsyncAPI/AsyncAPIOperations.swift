import StormModel
import StormSupport

/// Channels and operations of a context's AsyncAPI document.
enum AsyncAPIOperations {
    /// An event of another context that a consumer of this context receives.
    struct Consumption {
        var event: (BoundedContext, Event)
        var reference: SymbolReference
        var consumer: EventConsumer

        /// What the operation does, in words.
        var summary: String {
            let kind = switch consumer {
            case .policy: "Policy"
            case .readModel: "Read model"
            case .inputPort: "Input port"
            }
            return "\(kind) \(consumer.displayName) consumes \(reference)."
        }
    }

    /// The consumptions of the cross-context flows into a context (`incoming`, in the model's flow
    /// order), each consumer and event once.
    static func consumed(_ incoming: [EventFlow], in model: Model) -> [Consumption] {
        var seen = Set<EventFlow>()
        return incoming.compactMap { flow in
            guard seen.insert(flow).inserted,
                  let producer = model.context(named: flow.producer), let event = model.event(flow.event) else { return nil }
            return Consumption(event: (producer, event), reference: flow.event, consumer: flow.via)
        }
    }

    /// The channel of an event: its address and its one message.
    static func channel(id: String, event: Event, in context: BoundedContext) -> YAML {
        .ordered([
            "address": .string(id),
            "title": .string("\(context.name).\(event.name)"),
            "description": event.doc.isEmpty ? nil : .string(event.doc),
            "messages": .mapping([YAML.Entry(key: event.name, value: reference("#/components/messages/", id))]),
        ])
    }

    /// A `send` or `receive` operation on the channel `channel`, with the event's message.
    static func operation(action: String, channel: String, event: Event, summary: String, description: String? = nil) -> YAML {
        .ordered([
            "action": .string(action),
            "channel": reference("#/channels/", channel),
            "summary": .string(summary),
            "description": description.map(YAML.string),
            "messages": [reference("#/channels/", channel, "messages", event.name)],
        ])
    }

    /// The relationship a received event travels along, from its details: "Along `CustomerData`, over
    /// REST over HTTP."; nil when the relationship has neither a name nor a technology.
    static func along(_ details: RelationshipDetails) -> String? {
        switch (details.name, details.technology) {
        case let (name?, technology?): "Along the relationship `\(name)`, over \(technology)."
        case let (name?, nil): "Along the relationship `\(name)`."
        case let (nil, technology?): "Over \(technology)."
        case (nil, nil): nil
        }
    }

    /// A Reference Object: `prefix` followed by the JSON Pointer tokens of `names`.
    static func reference(_ prefix: String, _ names: String...) -> YAML {
        .ordered(["$ref": .string(prefix + names.map(JSONSchemaURIs.pointerToken).joined(separator: "/"))])
    }
}
