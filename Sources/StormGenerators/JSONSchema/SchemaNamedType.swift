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
        let found: (String, Deprecation?, Kind)?
        let index = model.contextIndex(named: reference.context)
        switch type {
        case .identifier:
            found = index.flatMap { model.contexts[$0].identifier(named: reference.name) }.map { ($0.doc, nil, .identifier($0.rawType)) }
        case .valueObject:
            found = index.flatMap { model.contexts[$0].valueObject(named: reference.name) }.map { ($0.doc, $0.deprecation, .record($0.fields)) }
        case .entity:
            found = index.flatMap { model.contexts[$0].entity(named: reference.name) }.map { ($0.doc, $0.deprecation, .record($0.fields)) }
        case .enumeration:
            found = index.flatMap { model.contexts[$0].enumeration(named: reference.name) }.map { ($0.doc, $0.deprecation, .enumeration($0.cases)) }
        case .primitive, .list, .map, .optional:
            return nil
        }
        guard let index, let (doc, deprecation, kind) = found else { throw GeneratorError("unresolved type \(type.description)") }
        return SchemaNamedType(reference: reference, context: index, doc: doc, deprecation: deprecation, kind: kind)
    }
}
