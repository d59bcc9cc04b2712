import StormModel
import StormSupport

/// Maps Storm types to JSON Schema the way the generated Swift encodes them, and collects the
/// declarations they name as reusable definitions (`$defs` in a JSON Schema, `components/schemas` in
/// AsyncAPI).
///
/// Optional fields are left out of `required` (the encoder omits them, it never writes `null`);
/// `Decimal` is a string holding a plain decimal number, so no precision is lost in transit.
struct JSONSchemaTypes {
    let model: Model
    /// The context whose declarations get unqualified definition names; others are `Context.Name`.
    let home: String
    /// Where definitions live: `#/$defs/` or `#/components/schemas/`.
    let referencePrefix: String
    /// The `additionalProperties` of every object (see ``JSONSchemaGenerator``).
    let additionalProperties: Bool
    /// Whether a type of another domain (``Model/publishedSchemas``) is referred to where that domain
    /// published it (`$ref` to its URI) instead of being copied into the definitions: JSON Schema does.
    var refersToPublishedSchemas = false
    /// The definitions collected so far, by name: a document has a few, so an object kept in key order,
    /// which becomes its `$defs` as it is, costs less than a dictionary hashing each name.
    private(set) var definitions = JSONObject()
    /// Definitions built for earlier documents of the same context with the same settings (see ``use(_:)``).
    private var cache: SchemaDefinitionCache?
    /// The schema of each type met so far that is not built in, by type, when there is no ``cache``: the
    /// fields of a large AsyncAPI document name the same few types thousands of times, and each of their
    /// schemas (`[Int]`, a reference to `Money`) is built once and then shared. (JSON Schema makes a
    /// document per event, each with types of its own, so there a type is seldom met twice; its named
    /// types are found in the ``cache``.) Settings are made before the first schema is asked for.
    private var typeSchemas: [TypeReference: JSON] = [:]

    init(model: Model, home: String, referencePrefix: String, additionalProperties: Bool) {
        self.model = model
        self.home = home
        self.referencePrefix = referencePrefix
        self.additionalProperties = additionalProperties
    }

    /// Takes definitions from `cache`, and keeps those it builds there, when the cache serves these
    /// settings; a cache of other settings is left alone.
    mutating func use(_ cache: SchemaDefinitionCache) {
        guard cache.home == home, cache.referencePrefix == referencePrefix, cache.additionalProperties == additionalProperties,
              cache.refersToPublishedSchemas == refersToPublishedSchemas else { return }
        self.cache = cache
    }

    /// The pattern of a `Decimal`: an optional minus, digits, and an optional fraction.
    static let decimalPattern = "^-?[0-9]+(\\.[0-9]+)?$"

    /// The schema of a built-in type.
    static func schema(for primitive: PrimitiveType) -> JSON {
        primitiveSchemas[primitive]
    }

    /// The schemas of the built-in types, built once.
    private static let primitiveSchemas = PrimitiveTable(makeSchema)

    private static func makeSchema(for primitive: PrimitiveType) -> JSON {
        switch primitive {
        case .string: ["type": "string"]
        case .int: ["type": "integer"]
        case .double: ["type": "number"]
        case .decimal: ["type": "string", "pattern": .string(decimalPattern)]
        case .bool: ["type": "boolean"]
        case .timestamp: ["type": "string", "format": "date-time"]
        case .date: ["type": "string", "format": "date"]
        case .uuid: ["type": "string", "format": "uuid"]
        case .duration: ["type": "string", "format": "duration"]
        }
    }

    /// The definition name of a declaration: its name in the home context, `Context.Name` elsewhere.
    func definitionName(_ reference: SymbolReference) -> String {
        reference.context == home ? reference.name : reference.description
    }

    /// The schema of a type; named declarations become references, defined on first use.
    mutating func schema(for type: TypeReference) throws(GeneratorError) -> JSON {
        if case .primitive(let primitive) = type { return Self.schema(for: primitive) }
        guard cache == nil else { return try newSchema(for: type) }
        if let known = typeSchemas[type] { return known }
        let schema = try newSchema(for: type)
        typeSchemas[type] = schema
        return schema
    }

    /// The schema of a type not met before.
    private mutating func newSchema(for type: TypeReference) throws(GeneratorError) -> JSON {
        switch type {
        case .primitive(let primitive):
            return Self.schema(for: primitive)
        case .list(let element):
            return ["type": "array", "items": try schema(for: element)]
        case .map(let value):
            return ["type": "object", "additionalProperties": try schema(for: value)]
        case .optional(let wrapped):
            return ["anyOf": [try schema(for: wrapped), ["type": "null"]]]
        case .identifier, .valueObject, .entity, .enumeration:
            if refersToPublishedSchemas, let reference = type.namedReference, let published = model.publishedSchemas[reference] {
                return ["$ref": .string(published)]
            }
            if let cached = cache?.entries[type] {
                if definitions[cached.name] == nil {
                    definitions[cached.name] = cached.definition
                    for use in cached.uses { _ = try schema(for: use) }
                }
                return cached.reference
            }
            guard let named = try SchemaNamedType.lookup(type, in: model) else { return [:] }
            let name = definitionName(named.reference)
            let reference: JSON = ["$ref": .string(referencePrefix + JSONSchemaURIs.pointerToken(name))]
            if definitions[name] == nil {
                definitions[name] = .null // marks it as in progress, so recursive types terminate
                let definition = try definition(of: named)
                definitions[name] = definition
                if let cache {
                    var uses: [TypeReference] = []
                    if case .record(let fields) = named.kind {
                        for field in fields { SchemaDefinitionCache.namedTypes(in: field.type, into: &uses) }
                    }
                    cache.entries[type] = SchemaDefinitionCache.Entry(name: name, definition: definition, reference: reference, uses: uses)
                }
            }
            return reference
        }
    }

    /// The definition of a named declaration.
    private mutating func definition(of named: SchemaNamedType) throws(GeneratorError) -> JSON {
        let annotations = JSONSchemaAnnotations.of(doc: named.doc, deprecation: named.deprecation)
            .merging(["title": .string(named.reference.name)])
        switch named.kind {
        case .identifier(let raw):
            return Self.schema(for: raw).adding(annotations)
        case .enumeration(let cases):
            return JSON.object(["type": "string", "enum": .array(cases.map { .string($0.name) })]).adding(annotations)
        case .record(let fields):
            return try objectSchema(fields: fields).adding(annotations)
        }
    }

    /// An object schema with one property per field; `required` lists the fields without `?` or default.
    mutating func objectSchema(fields: [Field]) throws(GeneratorError) -> JSON {
        var properties: [JSONObject.Member] = []
        properties.reserveCapacity(fields.count)
        var required: [JSON] = []
        // Fields are read in place (`fields[index]`), not copied out: a field is a large struct.
        for index in fields.indices {
            var annotations = JSONSchemaAnnotations.of(doc: fields[index].doc, deprecation: fields[index].deprecation)
            annotations["default"] = fields[index].defaultValue.flatMap { JSONSchemaDefaults.value($0, for: fields[index].type) }
            properties.append(JSONObject.Member(fields[index].name, try schema(for: fields[index].type.nonOptional).adding(annotations)))
            if fields[index].isRequired { required.append(.string(fields[index].name)) }
        }
        // Added in key order: setting `required` afterwards would move the members.
        var schema = JSONObject(capacity: 4)
        schema.add("additionalProperties", .bool(additionalProperties))
        schema.add("properties", .object(JSONObject(members: consume properties)))
        schema.add("required", required.isEmpty ? nil : .array(required))
        schema.add("type", "object")
        return .object(schema)
    }
}
