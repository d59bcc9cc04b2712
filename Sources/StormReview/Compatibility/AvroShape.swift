/// The shape of an Avro schema, as far as Avro's schema-resolution rules look at it: types, names,
/// record fields with whether they have a default, enum symbols and default. Docs, namespaces and
/// logical types are left out because resolution ignores them.
public indirect enum AvroShape: Sendable, Hashable {
    case null, boolean, int, long, float, double, bytes, string
    case array(AvroShape)
    case map(AvroShape)
    case union([AvroShape])
    case record(name: String, fields: [AvroField])
    /// `default` is the symbol a reader falls back to for a symbol it does not know.
    case enumeration(name: String, symbols: [String], default: String?)
    /// A named type used again inside its own definition (a recursive value object).
    case reference(name: String)

    /// The Avro type name (`long`, `record`, …), as the Avro specification spells it.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .boolean: "boolean"
        case .int: "int"
        case .long: "long"
        case .float: "float"
        case .double: "double"
        case .bytes: "bytes"
        case .string: "string"
        case .array: "array"
        case .map: "map"
        case .union: "union"
        case .record: "record"
        case .enumeration: "enum"
        case .reference(let name): name
        }
    }
}

/// A field of an Avro record.
public struct AvroField: Sendable, Hashable {
    /// The field name, as the record writes it.
    public var name: String
    /// The field's schema.
    public var type: AvroShape
    /// Whether the schema gives the field a default, which lets a reader fill it in when a writer lacks it.
    public var hasDefault: Bool

    public init(name: String, type: AvroShape, hasDefault: Bool) {
        self.name = name
        self.type = type
        self.hasDefault = hasDefault
    }
}
