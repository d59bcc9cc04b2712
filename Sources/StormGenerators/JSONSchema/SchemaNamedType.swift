import StormModel

/// A declaration that a field's type names, as the schema generators (JSON Schema, AsyncAPI, Avro,
/// ODCS) see it: value objects and entities are both records of fields.
struct SchemaNamedType {
    enum Kind {
        case identifier(PrimitiveType)
        case record([Field])
        case enumeration([Enumeration.Case])
    }

    var reference: SymbolReference
    /// Where the context that declares it is in the model's contexts.
    var context: Int
    var doc: String
    var deprecation: Deprecation?
    var kind: Kind

    /// The declaration `type` names at its top level, or `nil` for built-in types and compositions.
    /// Throws when the reference does not resolve, which a checked model rules out.
    /// The declaration is read in place in its context: a field's type is looked up once per field, and
    /// copying the whole context out each time cost more than the rest of the lookup.
    static func lookup(_ type: TypeReference, in model: Model) throws(GeneratorError) -> SchemaNamedType? {
        guard let reference = type.namedReference else { return nil }
        // Not in closures, which would copy the context they read.
        var found: (String, Deprecation?, Kind)?
        let index = model.contextIndex(named: reference.context)
        if let index {
            switch type {
            case .identifier:
                if let identifier = model.contexts[index].identifier(named: reference.name) { found = (identifier.doc, nil, .identifier(identifier.rawType)) }
            case .valueObject:
                if let value = model.contexts[index].valueObject(named: reference.name) { found = (value.doc, value.deprecation, .record(value.fields)) }
            case .entity:
                if let entity = model.contexts[index].entity(named: reference.name) { found = (entity.doc, entity.deprecation, .record(entity.fields)) }
            case .enumeration:
                if let enumeration = model.contexts[index].enumeration(named: reference.name) {
                    found = (enumeration.doc, enumeration.deprecation, .enumeration(enumeration.cases))
                }
            case .primitive, .list, .map, .optional:
                return nil
            }
        }
        guard let index, let (doc, deprecation, kind) = found else { throw GeneratorError("unresolved type \(type.description)") }
        return SchemaNamedType(reference: reference, context: index, doc: doc, deprecation: deprecation, kind: kind)
    }
}
