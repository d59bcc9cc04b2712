import StormModel
import StormSupport

/// The annotations a schema carries besides its type: `description` from the model's doc comment and
/// `deprecated` from `@deprecated` (whose message ends the description).
enum JSONSchemaAnnotations {
    static func of(doc: String, deprecation: Deprecation?) -> JSONObject {
        // Most declarations have neither: that object is made without allocating.
        if doc.isEmpty && deprecation == nil { return JSONObject() }
        var annotations = JSONObject(capacity: 2)
        annotations.add("deprecated", deprecation.map { _ in JSON.bool(true) })
        annotations.add("description", SchemaText.description(doc: doc, deprecation: deprecation).map(JSON.string))
        return annotations
    }

    /// `x-storm-version: "2.1.0"` when the event's minor or patch is written; its major is in the `$id`.
    static func version(of event: Event) -> JSONObject {
        event.hasRevision ? ["x-storm-version": .string(event.semanticVersion)] : [:]
    }
}

extension JSON {
    /// An object with `members` added (replacing members of the same name); other values unchanged.
    func adding(_ members: JSONObject) -> JSON {
        guard !members.isEmpty, case .object(let existing) = self else { return self }
        return .object(existing.merging(members))
    }
}
