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

    init(model: Model) { self.model = model }

    /// The schema of a built-in type.
    static func schema(for primitive: PrimitiveType) -> JSON {
        primitiveSchemas[primitive]!
    }

    /// The schemas of the built-in types, built once.
    private static let primitiveSchemas = Dictionary(uniqueKeysWithValues: PrimitiveType.allCases.map { ($0, makeSchema(for: $0)) })

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
            guard let named = try SchemaNamedType.lookup(type, in: model) else { return "null" }
            let namespace = AvroNames.namespace(of: named.context)
            let name = AvroNames.name(named.reference.name)
            switch named.kind {
            case .identifier(let raw):
                return Self.schema(for: raw)
            case .enumeration(let cases):
                guard defined.insert(namespace + "." + name).inserted else { return .string(namespace + "." + name) }
                let symbols = cases.map { JSON.string(AvroNames.name($0.name)) }
                return named.described(["type": "enum", "name": .string(name), "namespace": .string(namespace),
                                        "symbols": .array(symbols), "default": symbols[0]])
            case .record(let fields):
                guard defined.insert(namespace + "." + name).inserted else { return .string(namespace + "." + name) }
                return try record(name: name, namespace: namespace, doc: named.doc, deprecation: named.deprecation, fields: fields)
            }
        }
    }

    /// A record with one field per Storm field, in order.
    mutating func record(name: String, namespace: String, doc: String, deprecation: Deprecation?, fields: [Field]) throws(GeneratorError) -> JSON {
        var seen = Set<String>()
        var out: [JSON] = []
        for field in fields {
            let fieldName = AvroNames.name(field.name)
            guard seen.insert(fieldName).inserted else {
                throw GeneratorError("in `\(name)`, two fields are named `\(fieldName)` in Avro", at: field.range, id: "avro-name-collision",
                                     help: "rename one of them")
            }
            out.append(try self.field(field, named: fieldName))
        }
        var record: [String: JSON] = ["type": "record", "name": .string(name), "namespace": .string(namespace), "fields": .array(out)]
        record["doc"] = SchemaText.description(doc: doc, deprecation: deprecation).map(JSON.string)
        return .object(record)
    }

    /// A field: optionals are unions with `null`, defaulting to `null` unless the model gives another default.
    private mutating func field(_ field: Field, named name: String) throws(GeneratorError) -> JSON {
        var out: [String: JSON] = ["name": .string(name)]
        out["doc"] = SchemaText.description(doc: field.doc, deprecation: field.deprecation).map(JSON.string)
        let schema = try schema(for: field.type.nonOptional)
        let given = field.defaultValue.flatMap { AvroDefaults.value($0, for: field.type, in: model) }
        if field.type.isOptional {
            out["type"] = given == nil ? ["null", schema] : [schema, "null"]
            out["default"] = given ?? .null
        } else {
            out["type"] = schema
            out["default"] = given
        }
        return .object(out)
    }
}

extension SchemaNamedType {
    /// `schema` with the declaration's doc and deprecation as `doc`.
    func described(_ schema: [String: JSON]) -> JSON {
        var schema = schema
        schema["doc"] = SchemaText.description(doc: doc, deprecation: deprecation).map(JSON.string)
        return .object(schema)
    }
}
