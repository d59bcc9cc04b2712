import StormModel
import StormSupport

/// Maps Storm types to Avro schemas. Value objects and entities become records, enumerations enums, both
/// named in the namespace of their context and defined where first used (later uses name them).
///
/// Choices: `Int` is `long`; `Decimal` is `bytes` with logical type `decimal`, precision 38 and scale 9
/// (what BigQuery `NUMERIC`, Snowflake `NUMBER(38, 9)` and Spark hold); `Timestamp` is `long`
/// `timestamp-millis` (the generated Swift writes milliseconds); `Duration` is an ISO 8601 `string`, the
/// text the JSON carries, since a duration with months or years has no fixed length in milliseconds;
/// typed identifiers are their backing type; an enumeration's default symbol, which readers fall back
/// to for symbols they do not know, is its first case.
struct AvroTypes {
    static let decimalPrecision = 38
    static let decimalScale = 9

    let model: Model
    /// Full names of the named types defined so far in the document.
    private var defined: Set<String> = []
    /// The same names, in the order they were defined.
    private var definedInOrder: [String] = []
    /// How many named types were written by name so far, having been defined before.
    private var namedAgain = 0
    /// Named types written out in earlier schemas of the same context.
    private let cache: AvroTypeCache

    init(model: Model, cache: AvroTypeCache) {
        self.model = model
        self.cache = cache
    }

    /// The schema of a built-in type.
    static func schema(for primitive: PrimitiveType) -> JSON {
        primitiveSchemas[primitive]
    }

    /// The schemas of the built-in types, built once.
    private static let primitiveSchemas = PrimitiveTable(makeSchema)

    private static func makeSchema(for primitive: PrimitiveType) -> JSON {
        switch primitive {
        case .string, .duration: "string"
        case .int: "long"
        case .double: "double"
        case .decimal: ["type": "bytes", "logicalType": "decimal", "precision": .integer(decimalPrecision), "scale": .integer(decimalScale)]
        case .bool: "boolean"
        case .timestamp: ["type": "long", "logicalType": "timestamp-millis"]
        case .date: ["type": "int", "logicalType": "date"]
        case .uuid: ["type": "string", "logicalType": "uuid"]
        }
    }

    mutating func schema(for type: TypeReference) throws(GeneratorError) -> JSON {
        switch type {
        case .primitive(let primitive): return Self.schema(for: primitive)
        case .list(let element): return ["type": "array", "items": try schema(for: element)]
        case .map(let value): return ["type": "map", "values": try schema(for: value)]
        case .optional(let wrapped): return ["null", try schema(for: wrapped)]
        case .identifier, .valueObject, .entity, .enumeration:
            if let cached = cache.entries[type], !cached.defines.contains(where: defined.contains) {
                for name in cached.defines { define(name) }
                return cached.schema
            }
            guard let named = try SchemaNamedType.lookup(type, in: model) else { return "null" }
            // The names of a declaration written out whole: an identifier, the most common, needs none.
            func names() -> (namespace: String, name: String) {
                (AvroNames.namespace(domain: model.contexts[named.context].domain, context: model.contexts[named.context].name),
                 AvroNames.name(named.reference.name))
            }
            switch named.kind {
            case .identifier(let raw):
                // Written as its raw type, the same in every schema: kept as defining nothing, so the fields
                // that name it are found in the cache.
                let schema = Self.schema(for: raw)
                cache.entries[type] = AvroTypeCache.Entry(schema: schema, defines: [])
                return schema
            case .enumeration(let cases):
                let (namespace, name) = names()
                let fullName = namespace + "." + name
                guard !defined.contains(fullName) else { return reference(toDefined: fullName) }
                define(fullName)
                let symbols = cases.map { JSON.string(AvroNames.name($0.name)) }
                let schema = named.described(["type": "enum", "name": .string(name), "namespace": .string(namespace),
                                              "symbols": .array(symbols), "default": symbols[0]])
                cache.entries[type] = AvroTypeCache.Entry(schema: schema, defines: [fullName])
                return schema
            case .record(let fields):
                let (namespace, name) = names()
                let fullName = namespace + "." + name
                guard !defined.contains(fullName) else { return reference(toDefined: fullName) }
                let (start, again) = (definedInOrder.count, namedAgain)
                define(fullName)
                let schema = try record(name: name, namespace: namespace, doc: named.doc, deprecation: named.deprecation, fields: fields)
                // Kept only when nothing inside was written by name: then it is the same in any schema that defined none of it.
                if namedAgain == again {
                    cache.entries[type] = AvroTypeCache.Entry(schema: schema, defines: Array(definedInOrder[start...]))
                }
                return schema
            }
        }
    }

    /// Notes `fullName` as defined in the document.
    private mutating func define(_ fullName: String) {
        defined.insert(fullName)
        definedInOrder.append(fullName)
    }

    /// The reference to a named type the document defined before, by its full name.
    private mutating func reference(toDefined fullName: String) -> JSON {
        namedAgain += 1
        return .string(fullName)
    }

    /// A record with one field per Storm field, in order; `comment`, when given, as its `$comment`.
    mutating func record(name: String, namespace: String, doc: String, deprecation: Deprecation?, fields: [Field],
                         comment: String? = nil) throws(GeneratorError) -> JSON {
        // Fields are read in place, not copied out: a field is a large struct.
        var names: [String] = []
        names.reserveCapacity(fields.count)
        var renamed = false
        for index in fields.indices {
            names.append(AvroNames.name(fields[index].name))
            renamed = renamed || names[index] != fields[index].name
        }
        // A record's field names are distinct, and so are their Avro names when Avro keeps every one as it is.
        if renamed {
            var seen = Set<String>()
            for index in fields.indices where !seen.insert(names[index]).inserted {
                throw GeneratorError("in `\(name)`, two fields are named `\(names[index])` in Avro", at: fields[index].range,
                                     id: "avro-name-collision", help: "rename one of them")
            }
        }
        var out: [JSON] = []
        out.reserveCapacity(fields.count)
        for index in fields.indices { out.append(try field(fields[index], named: names[index])) }
        var record = JSONObject(capacity: 6)
        record.add("$comment", comment.map(JSON.string))
        record.add("doc", SchemaText.description(doc: doc, deprecation: deprecation).map(JSON.string))
        record.add("fields", .array(out))
        record.add("name", .string(name))
        record.add("namespace", .string(namespace))
        record.add("type", "record")
        return .object(record)
    }

    /// A field: optionals are unions with `null`, defaulting to `null` unless the model gives another default.
    private mutating func field(_ field: Field, named name: String) throws(GeneratorError) -> JSON {
        let schema = try schema(for: field.type.nonOptional)
        let given = field.defaultValue.flatMap { AvroDefaults.value($0, for: field.type, in: model) }
        let optional = field.type.isOptional
        var object = JSONObject(capacity: 4)
        object.add("default", optional ? given ?? .null : given)
        object.add("doc", SchemaText.description(doc: field.doc, deprecation: field.deprecation).map(JSON.string))
        object.add("name", .string(name))
        object.add("type", optional ? (given == nil ? ["null", schema] : [schema, "null"]) : schema)
        return .object(object)
    }
}

extension SchemaNamedType {
    /// `schema` with the declaration's doc and deprecation as `doc`.
    func described(_ schema: JSONObject) -> JSON {
        var schema = schema
        schema["doc"] = SchemaText.description(doc: doc, deprecation: deprecation).map(JSON.string)
        return .object(schema)
    }
}
