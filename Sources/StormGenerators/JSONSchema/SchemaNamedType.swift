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
    ///
    /// The declaration is read in place in its context: a field's type is looked up once per field, and
    /// copying the whole context out each time cost more than the rest of the lookup.
    static func lookup(_ type: TypeReference, in model: Model) throws(GeneratorError) -> SchemaNamedType? {
        let reference: SymbolReference
        switch type {
        case .identifier(let named), .valueObject(let named), .entity(let named), .enumeration(let named): reference = named
        case .primitive, .list, .map, .optional: return nil
        }
        guard let index = model.contextIndex(named: reference.context) else { throw GeneratorError("unresolved type \(type.description)") }
        // The context's list of declarations of the kind is read, not the context: calling a method of the
        // context would copy the whole of it.
        let name = reference.name
        let found: (String, Deprecation?, Kind)? = switch type {
        case .identifier: model.contexts[index].identifiers.first { $0.name == name }.map { ($0.doc, nil, .identifier($0.rawType)) }
        case .valueObject: model.contexts[index].valueObjects.first { $0.name == name }.map { ($0.doc, $0.deprecation, .record($0.fields)) }
        case .entity: model.contexts[index].entities.first { $0.name == name }.map { ($0.doc, $0.deprecation, .record($0.fields)) }
        case .enumeration: model.contexts[index].enumerations.first { $0.name == name }.map { ($0.doc, $0.deprecation, .enumeration($0.cases)) }
        case .primitive, .list, .map, .optional: nil
        }
        guard let (doc, deprecation, kind) = found else { throw GeneratorError("unresolved type \(type.description)") }
        return SchemaNamedType(reference: reference, context: index, doc: doc, deprecation: deprecation, kind: kind)
    }
}
