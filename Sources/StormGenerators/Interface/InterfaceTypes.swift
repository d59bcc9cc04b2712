import StormModel
import StormSupport

/// The declared types a published interface needs: those its events' fields name, and the types their
/// fields name in turn, each once. Types are written as trees (``type(_:)``), so a consumer needs no
/// parser for Storm's type syntax.
struct InterfaceTypes {
    let model: Model
    /// Every declared type named so far, by qualified name.
    private var named: [SymbolReference: TypeReference] = [:]
    /// Types whose fields are still to be visited.
    private var pending: [TypeReference] = []
    /// The published event schema whose fields are being written: its `$id` and the context whose
    /// types it names without qualification (``JSONSchemaTypes/definitionName(_:)``).
    var origin: (schema: String, home: String)?
    /// For each type, the event schema that first named it (directly, or through a type that it
    /// holds), so that it has a definition there: where a consumer's schema refers to it.
    private var origins: [SymbolReference: (schema: String, home: String)] = [:]

    init(model: Model) { self.model = model }

    /// `fields` as JSON, noting the declared types they name.
    mutating func fields(_ fields: [Field]) -> JSON {
        .array(fields.map { field in
            .object([
                "name": .string(field.name),
                "doc": .string(field.doc),
                "type": type(field.type),
                "required": .bool(field.isRequired),
                "identity": .bool(field.isIdentity),
                "pii": .bool(field.isPII),
                "deprecated": .bool(field.deprecation != nil),
                "default": field.defaultValue.map(\.json) ?? .null,
            ])
        })
    }

    /// A type as a tree: `{"primitive": "String"}`, `{"valueObject": "Trips.GeoPoint"}`,
    /// `{"list": …}`, `{"map": …}` (keys are strings), `{"optional": …}`.
    mutating func type(_ type: TypeReference) -> JSON {
        switch type {
        case .primitive(let p): return .object(["primitive": .string(p.rawValue)])
        case .identifier(let r): note(r, type); return .object(["identifier": .string(r.description)])
        case .valueObject(let r): note(r, type); return .object(["valueObject": .string(r.description)])
        case .entity(let r): note(r, type); return .object(["entity": .string(r.description)])
        case .enumeration(let r): note(r, type); return .object(["enumeration": .string(r.description)])
        case .list(let t): return .object(["list": self.type(t)])
        case .map(let t): return .object(["map": self.type(t)])
        case .optional(let t): return .object(["optional": self.type(t)])
        }
    }

    private mutating func note(_ reference: SymbolReference, _ type: TypeReference) {
        if named.updateValue(type, forKey: reference) == nil {
            pending.append(type)
            origins[reference] = origin
        }
    }

    /// The URI of the definition of `reference` in a published event schema, `<$id>#/$defs/<name>`.
    private func schema(of reference: SymbolReference) -> JSON {
        // A type the model uses from another domain is where that domain published it.
        if let published = model.publishedSchemas[reference] { return .string(published) }
        guard let origin = origins[reference] else { return .null }
        let name = reference.context == origin.home ? reference.name : reference.description
        return .string(origin.schema + "#/$defs/" + JSONSchemaURIs.pointerToken(name))
    }

    /// Every type named by the fields seen so far, and by theirs, grouped by kind and sorted by
    /// qualified name.
    mutating func declarations() -> JSON {
        let index = DeclarationIndex(model: model)
        var identifiers: [SymbolReference: JSON] = [:]
        var valueObjects: [SymbolReference: JSON] = [:]
        var entities: [SymbolReference: JSON] = [:]
        var enumerations: [SymbolReference: JSON] = [:]
        while let next = pending.popLast() {
            guard let reference = next.namedReference else { continue }
            let context = JSON.string(reference.context)
            // The types a type holds are defined in the same event schema as it.
            origin = origins[reference]
            switch next {
            case .identifier:
                if let id = index.identifiers[reference] {
                    identifiers[reference] = .object(["context": context, "name": .string(id.name), "doc": .string(id.doc),
                                                      "rawType": .string(id.rawType.rawValue), "schema": schema(of: reference)])
                }
            case .valueObject:
                if let record = index.valueObjects[reference] {
                    valueObjects[reference] = .object(["context": context, "name": .string(record.name), "doc": .string(record.doc),
                                                       "fields": fields(record.fields), "schema": schema(of: reference)])
                }
            case .entity:
                if let record = index.entities[reference] {
                    entities[reference] = .object(["context": context, "name": .string(record.name), "doc": .string(record.doc),
                                                   "fields": fields(record.fields), "schema": schema(of: reference)])
                }
            case .enumeration:
                if let enumeration = index.enumerations[reference] {
                    enumerations[reference] = .object(["context": context, "name": .string(enumeration.name), "doc": .string(enumeration.doc),
                                                       "cases": .array(enumeration.cases.map { .object(["name": .string($0.name), "doc": .string($0.doc)]) }),
                                                       "schema": schema(of: reference)])
                }
            default:
                continue
            }
        }
        func sorted(_ byName: [SymbolReference: JSON]) -> JSON { .array(byName.keys.sorted().map { byName[$0]! }) }
        return .object(["identifiers": sorted(identifiers), "valueObjects": sorted(valueObjects),
                        "entities": sorted(entities), "enumerations": sorted(enumerations)])
    }
}

/// The declared types of a model by qualified name, built once so that looking one up costs the same
/// however many a context declares.
private struct DeclarationIndex {
    var identifiers: [SymbolReference: IdentifierType] = [:]
    var valueObjects: [SymbolReference: ValueObject] = [:]
    var entities: [SymbolReference: Entity] = [:]
    var enumerations: [SymbolReference: Enumeration] = [:]

    init(model: Model) {
        for context in model.contexts {
            for id in context.identifiers { identifiers[context.reference(id.name)] = identifiers[context.reference(id.name)] ?? id }
            for record in context.valueObjects { valueObjects[context.reference(record.name)] = valueObjects[context.reference(record.name)] ?? record }
            for record in context.entities { entities[context.reference(record.name)] = entities[context.reference(record.name)] ?? record }
            for enumeration in context.enumerations {
                enumerations[context.reference(enumeration.name)] = enumerations[context.reference(enumeration.name)] ?? enumeration
            }
        }
    }
}
