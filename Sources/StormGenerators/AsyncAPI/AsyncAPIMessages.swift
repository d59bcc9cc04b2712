import StormModel
import StormSupport

/// Messages of an AsyncAPI document: one per event, with the event's payload schema and the
/// CloudEvents attributes as headers.
///
/// Headers follow the CloudEvents Kafka protocol binding in binary content mode: each attribute is a
/// header named `ce_<attribute>`, the data content type is `content-type`, and the payload is the event's
/// JSON as the generated Swift encodes it.
enum AsyncAPIMessages {
    /// The component name of the headers every message shares. It holds a `-`, which no Storm name does,
    /// so it cannot clash with a declaration's schema.
    static let headersComponent = "cloudevents-headers"

    /// The CloudEvents attributes every message carries.
    static var sharedHeaders: JSON {
        func attribute(_ type: JSON, _ description: String, format: String? = nil) -> JSON {
            var schema: JSONObject = ["type": type, "description": .string(description)]
            schema["format"] = format.map(JSON.string)
            return .object(schema)
        }
        return [
            "type": "object",
            "description": "CloudEvents 1.0 attributes, as headers of the Kafka protocol binding in binary content mode.",
            "required": ["ce_id", "ce_source", "ce_specversion", "ce_type"],
            "properties": [
                "ce_specversion": attribute("string", "The CloudEvents version.").adding(["const": "1.0"]),
                "ce_id": attribute("string", "Identifies the event; unique for its source."),
                "ce_source": attribute("string", "The producing context, as a URI reference.", format: "uri-reference"),
                "ce_type": attribute("string", "The event's type: <domain>.<context>.<Event>.v<version>."),
                "ce_time": attribute("string", "When the event happened.", format: "date-time"),
                "ce_subject": attribute("string", "What the event is about, such as an aggregate's identity."),
                "ce_dataschema": attribute("string", "The `$id` of the payload's JSON Schema.", format: "uri"),
                "content-type": attribute("string", "The payload's content type.").adding(["const": "application/json"]),
            ],
        ]
    }

    /// `allOf` of every message's headers: the shared headers, built once and shared by every message.
    private static let sharedHeadersReference: JSON = [["$ref": .string("#/components/schemas/" + headersComponent)]]

    /// Writes the message of an event of the context named `context`: the shared headers with the event's own
    /// `ce_type` and `ce_dataschema`, a reference to its payload schema, then `extra` entries (Kafka's).
    static func writeMessage(id: String, for event: Event, in context: String, payload: String, uriBase: String,
                             extra: [YAML.Entry], to out: inout YAMLStream) {
        out.open(id)
        out.entry("name", event.name)
        out.entry("title", String(joining: context, ".", event.name, " v", event.versionText))
        if let description = SchemaText.description(doc: event.doc, deprecation: event.deprecation) { out.entry("description", description) }
        out.entry("contentType", "application/json")
        // The headers' keys in the order JSON sorts them, as the schemas are written.
        out.open("headers")
        out.entry("allOf", json: sharedHeadersReference)
        out.open("properties")
        out.open("ce_dataschema")
        out.entry("const", JSONSchemaURIs.id(of: event, base: uriBase))
        out.end()
        out.open("ce_type")
        out.entry("const", id)
        out.end()
        out.end()
        out.entry("type", "object")
        out.end()
        AsyncAPIOperations.writeReference("#/components/schemas/", payload, key: "payload", to: &out)
        for entry in extra { out.entry(entry.key, entry.value) }
        out.end()
    }
}
