import StormModel
import StormSupport

/// The definitions ``JSONSchemaTypes`` has built for one context, kept for the next document of that
/// context: every event's schema of a context defines the same value objects, enumerations and
/// identifiers, and building each again per event cost as much as writing the schemas.
///
/// A definition depends on the document only through the settings of the ``JSONSchemaTypes`` that builds
/// it (home context, reference prefix, `additionalProperties`, published references), so a cache serves
/// one such setting, and the types that use it must have them (``JSONSchemaTypes/use(_:)``
/// keeps a cache only when they match). Not shared between threads: a context's files are made on one.
final class SchemaDefinitionCache {
    /// What is kept of a named type: its definition name, the definition, the `$ref` to it, and the types
    /// its definition names, which a document that copies the definition must define too.
    struct Entry {
        var name: String
        var definition: JSON
        var reference: JSON
        var uses: [TypeReference]
    }

    let home: String
    let referencePrefix: String
    let additionalProperties: Bool
    let refersToPublishedSchemas: Bool
    var entries: [TypeReference: Entry] = [:]

    init(home: String, referencePrefix: String, additionalProperties: Bool, refersToPublishedSchemas: Bool) {
        self.home = home
        self.referencePrefix = referencePrefix
        self.additionalProperties = additionalProperties
        self.refersToPublishedSchemas = refersToPublishedSchemas
    }

    /// The named types `type` names at its top level or inside lists, maps and optionals.
    static func namedTypes(in type: TypeReference, into uses: inout [TypeReference]) {
        switch type {
        case .primitive: break
        case .list(let element): namedTypes(in: element, into: &uses)
        case .map(let value): namedTypes(in: value, into: &uses)
        case .optional(let wrapped): namedTypes(in: wrapped, into: &uses)
        case .identifier, .valueObject, .entity, .enumeration: uses.append(type)
        }
    }
}
