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

    /// Writes the channel of an event of the context named `context`: its address and its one message, then
    /// `extra` entries (Kafka's).
    static func writeChannel(id: String, event: Event, in context: String, extra: [YAML.Entry], to out: inout YAMLStream) {
        out.open(id)
        out.entry("address", id)
        out.entry("title", String(joining: context, ".", event.name))
        if !event.doc.isEmpty { out.entry("description", event.doc) }
        out.open("messages")
        writeReference("#/components/messages/", id, key: event.name, to: &out)
        out.end()
        for entry in extra { out.entry(entry.key, entry.value) }
        out.end()
    }

    /// Writes a `send` or `receive` operation on the channel `channel`, with the event's message;
    /// `description` says which integration a `receive` goes through, when the relationship names it.
    static func writeOperation(_ key: String, action: String, channel: String, event: Event, summary: String, description: String? = nil,
                               to out: inout YAMLStream) {
        out.open(key)
        out.entry("action", action)
        writeReference("#/channels/", channel, key: "channel", to: &out)
        out.entry("summary", summary)
        if let description { out.entry("description", description) }
        writeMessages(reference: String(joining: "#/channels/", JSONSchemaURIs.pointerToken(channel), "/messages/", JSONSchemaURIs.pointerToken(event.name)),
                      to: &out)
        out.end()
    }

    /// The integration an event from `producer` reaches `consumer` through, in words, when the
    /// relationship it travels along has a name or a technology: `Through VehicleEnquiry (REST over
    /// HTTPS), a relationship of VehicleRegistry [U, OHS] -> [D, ACL] Policies.`
    static func integration(from producer: String, to consumer: String, in relationships: RelationshipIndex) -> String? {
        guard let relationship = relationships.carrier(from: producer, to: consumer),
              relationship.details.name != nil || relationship.details.technology != nil else { return nil }
        let name = relationship.details.name ?? "an integration"
        let technology = relationship.details.technology.map { " (\($0))" } ?? ""
        func roles(_ patterns: [String]) -> String { "[\(patterns.joined(separator: ", "))]" }
        let shape = switch relationship.kind {
        case .upstreamDownstream:
            "\(relationship.first) \(roles(["U"] + relationship.upstreamPatterns.map(\.rawValue))) -> "
                + "\(roles(["D"] + relationship.downstreamPatterns.map(\.rawValue))) \(relationship.second)"
        case .partnership: "\(relationship.first) partnership \(relationship.second)"
        case .sharedKernel: "\(relationship.first) shared kernel \(relationship.second)"
        case .separateWays: "\(relationship.first) separate ways \(relationship.second)"
        }
        return "Through \(name)\(technology), the relationship \(shape)."
    }

    /// Writes `key:` and a Reference Object: `prefix` followed by the JSON Pointer token of `name`.
    static func writeReference(_ prefix: String, _ name: String, key: String, to out: inout YAMLStream) {
        out.open(key)
        out.entry("$ref", prefix + JSONSchemaURIs.pointerToken(name))
        out.end()
    }

    /// Writes an operation's `messages`: one Reference Object to `reference`.
    static func writeMessages(reference: String, to out: inout YAMLStream) {
        out.openSequence("messages")
        out.openItem()
        out.entry("$ref", reference)
        out.end()
        out.end()
    }
}
