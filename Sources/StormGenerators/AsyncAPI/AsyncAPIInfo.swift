import StormModel
import StormSupport

/// The `info` object of a context's AsyncAPI document: title, version, description, owning team.
enum AsyncAPIInfo {
    /// The document version. The versions that matter to consumers are the events' own, which are part
    /// of every channel address; the document's version changes only with the generator's output format.
    static let documentVersion = "1.0.0"

    static func info(of context: BoundedContext, in model: Model) -> YAML {
        let description = [context.doc, context.vision.map { "Vision: \($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: "\n\n")
        return .ordered([
            "title": .string(context.name),
            "version": .string(documentVersion),
            "description": description.isEmpty ? nil : .string(description),
            "contact": context.owner.map { contact(team: $0, details: model.team(named: $0)?.contact) },
            "tags": .sequence([.ordered(["name": .string(context.domain), "description": "The domain of the context."])]),
        ])
    }

    /// The owning team as a contact: an e-mail address or a URL goes to its field, any other contact
    /// text is kept in the name.
    static func contact(team: String, details: String?) -> YAML {
        guard let details, !details.isEmpty else { return .ordered(["name": .string(team)]) }
        if details.contains("://") {
            return .ordered(["name": .string(team), "url": .string(details)])
        }
        if details.contains("@"), !details.contains(" ") {
            return .ordered(["name": .string(team), "email": .string(details)])
        }
        return .ordered(["name": .string("\(team) (\(details))")])
    }
}
