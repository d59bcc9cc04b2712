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
    /// The context that declares it.
    var context: BoundedContext
    var doc: String
    var deprecation: Deprecation?
    var kind: Kind

    /// The declaration `type` names at its top level, or `nil` for built-in types and compositions.
    /// Throws when the reference does not resolve, which a checked model rules out.
    static func lookup(_ type: TypeReference, in model: Model) throws(GeneratorError) -> SchemaNamedType? {
        let found: (BoundedContext, String, Deprecation?, Kind)?
        switch type {
        case .identifier(let reference):
            found = model.context(named: reference.context).flatMap { context in
                context.identifier(named: reference.name).map { (context, $0.doc, nil, .identifier($0.rawType)) }
            }
        case .valueObject(let reference):
            found = model.context(named: reference.context).flatMap { context in
                context.valueObject(named: reference.name).map { (context, $0.doc, $0.deprecation, .record($0.fields)) }
            }
        case .entity(let reference):
            found = model.context(named: reference.context).flatMap { context in
                context.entity(named: reference.name).map { (context, $0.doc, $0.deprecation, .record($0.fields)) }
            }
        case .enumeration(let reference):
            found = model.context(named: reference.context).flatMap { context in
                context.enumeration(named: reference.name).map { (context, $0.doc, $0.deprecation, .enumeration($0.cases)) }
            }
        case .primitive, .list, .map, .optional:
            return nil
        }
        guard let reference = type.namedReference, let (context, doc, deprecation, kind) = found else {
            throw GeneratorError("unresolved type \(type.description)")
        }
        return SchemaNamedType(reference: reference, context: context, doc: doc, deprecation: deprecation, kind: kind)
    }
}
