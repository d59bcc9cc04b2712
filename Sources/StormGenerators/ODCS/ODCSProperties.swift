import StormModel
import StormSupport

/// The properties of an ODCS schema object: one per field, with its logical type, its Storm type as the
/// physical type, whether it is required (never null: not optional, defaults are always written), and a `restricted` classification and `pii` tag for `@pii`.
/// Value objects and entities nest their fields; a type that contains itself stops at the first repeat.
struct ODCSProperties {
    let model: Model
    /// The declarations being expanded, to stop recursive types.
    private var expanding: [SymbolReference] = []

    init(model: Model) { self.model = model }

    mutating func properties(of fields: [Field]) throws(GeneratorError) -> YAML {
        var out: [YAML] = []
        for field in fields {
            var entries: [YAML.Entry] = [YAML.Entry(key: "name", value: .string(field.name))]
            entries += try typeEntries(field.type.nonOptional)
            if let description = SchemaText.description(doc: field.doc, deprecation: field.deprecation) {
                entries.append(YAML.Entry(key: "description", value: .string(description)))
            }
            entries.append(YAML.Entry(key: "required", value: .bool(!field.type.isOptional)))
            if field.isPII {
                entries += [YAML.Entry(key: "classification", value: "restricted"), YAML.Entry(key: "tags", value: ["pii"])]
            }
            out.append(.mapping(entries))
        }
        return .sequence(out)
    }

    /// `logicalType`, `physicalType`, then the options, items or nested properties of a type.
    private mutating func typeEntries(_ type: TypeReference) throws(GeneratorError) -> [YAML.Entry] {
        var entries: [YAML.Entry] = []
        func add(_ key: String, _ value: YAML) { entries.append(YAML.Entry(key: key, value: value)) }
        switch type {
        case .primitive(let primitive):
            let (logical, options) = Self.logicalType(of: primitive)
            add("logicalType", .string(logical))
            add("physicalType", .string(type.description))
            if let options { add("logicalTypeOptions", options) }
        case .optional(let wrapped):
            return try typeEntries(wrapped)
        case .list(let element):
            add("logicalType", "array")
            add("physicalType", .string(type.description))
            add("items", .mapping(try typeEntries(element)))
        case .map:
            add("logicalType", "object")
            add("physicalType", .string(type.description))
        case .identifier, .valueObject, .entity, .enumeration:
            guard let named = try SchemaNamedType.lookup(type, in: model) else { return [] }
            switch named.kind {
            case .identifier(let raw):
                entries = try typeEntries(.primitive(raw))
                entries[1].value = .string(type.description)
            case .enumeration(let cases):
                add("logicalType", "string")
                add("physicalType", .string(type.description))
                add("logicalTypeOptions", .ordered(["pattern": .string("^(" + cases.map(\.name).joined(separator: "|") + ")$")]))
            case .record(let fields):
                add("logicalType", "object")
                add("physicalType", .string(type.description))
                if !expanding.contains(named.reference) {
                    expanding.append(named.reference)
                    add("properties", try properties(of: fields))
                    expanding.removeLast()
                }
            }
        }
        return entries
    }

    /// The ODCS logical type of a built-in type, and the options that narrow it.
    static func logicalType(of primitive: PrimitiveType) -> (String, YAML?) {
        switch primitive {
        case .string: ("string", nil)
        case .int: ("integer", .ordered(["format": "i64"]))
        case .double: ("number", .ordered(["format": "f64"]))
        case .decimal: ("number", nil)
        case .bool: ("boolean", nil)
        case .timestamp: ("timestamp", .ordered(["timezone": true]))
        case .date: ("date", .ordered(["format": "yyyy-MM-dd"]))
        case .uuid: ("string", .ordered(["format": "uuid"]))
        case .duration: ("string", .ordered(["format": "duration"]))
        }
    }
}
