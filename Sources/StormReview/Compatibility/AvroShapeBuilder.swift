import StormModel

/// The Avro shape of Storm types, as `stormc generate avro` writes them (`Docs/TypeMapping.md`).
///
/// `Int` is `long`, `Double` `double`, `Decimal` `bytes`, `Bool` `boolean`, `Timestamp` `long`, `Date`
/// `int`, `String`, `UUID` and `Duration` `string`; typed identifiers are their backing type; optionals are
/// unions with `null` and default to `null`; value objects and entities are records and enumerations enums
/// whose default symbol is their first case. A field has a default when it is optional or when its
/// default value has a JSON form in Avro (not a timestamp, a date or a record). A test checks this
/// against the generator's `.avsc` files and Python `avro`'s own checker.
public struct AvroShapeBuilder: Sendable {
    /// The model whose declarations named types resolve in.
    public let model: Model

    public init(model: Model) { self.model = model }

    /// The record of a declaration's fields (an event, a command, a value object, an entity).
    public func record(_ name: String, fields: [Field]) -> AvroShape {
        record(name, fields: fields, inside: [])
    }

    /// The shape of one Storm type.
    public func shape(of type: TypeReference) -> AvroShape { shape(of: type, inside: []) }

    private func record(_ name: String, fields: [Field], inside: Set<SymbolReference>) -> AvroShape {
        .record(name: name, fields: fields.map { field in
            AvroField(name: field.name, type: shape(of: field.type, inside: inside), hasDefault: hasDefault(field))
        })
    }

    private func shape(of type: TypeReference, inside: Set<SymbolReference>) -> AvroShape {
        switch type {
        case .primitive(let primitive): return Self.shape(of: primitive)
        case .list(let element): return .array(shape(of: element, inside: inside))
        case .map(let value): return .map(shape(of: value, inside: inside))
        case .optional(let wrapped): return .union([.null, shape(of: wrapped, inside: inside)])
        case .identifier(let reference):
            let raw = model.context(named: reference.context)?.identifier(named: reference.name)?.rawType ?? .uuid
            return Self.shape(of: raw)
        case .enumeration(let reference):
            let cases = model.context(named: reference.context)?.enumeration(named: reference.name)?.cases.map(\.name) ?? []
            return .enumeration(name: reference.name, symbols: cases, default: cases.first)
        case .valueObject(let reference), .entity(let reference):
            guard !inside.contains(reference) else { return .reference(name: reference.name) }
            let context = model.context(named: reference.context)
            let fields = context?.valueObject(named: reference.name)?.fields ?? context?.entity(named: reference.name)?.fields ?? []
            return record(reference.name, fields: fields, inside: inside.union([reference]))
        }
    }

    /// The Avro type of a built-in type.
    public static func shape(of primitive: PrimitiveType) -> AvroShape {
        switch primitive {
        case .string, .uuid, .duration: .string
        case .int, .timestamp: .long
        case .double: .double
        case .decimal: .bytes
        case .bool: .boolean
        case .date: .int
        }
    }

    /// Whether the field has a default in Avro: optional, or a default value Avro can write.
    public func hasDefault(_ field: Field) -> Bool {
        if field.type.isOptional { return true }
        guard let value = field.defaultValue else { return false }
        return expressible(value, as: field.type)
    }

    /// Whether a decimal default fits the generator's `bytes` encoding: scale 9, unscaled value in 64 bits.
    static func fitsDecimal(_ text: String) -> Bool {
        let parts = text.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count == 2 ? parts[1].count : 0
        return fraction <= 9 && Int64(parts[0] + (parts.count == 2 ? parts[1] : "") + String(repeating: "0", count: 9 - fraction)) != nil
    }

    private func expressible(_ value: Value, as type: TypeReference) -> Bool {
        switch (value, type) {
        case (.null, _): false
        case (.string, .primitive(let p)): p == .string || p == .uuid
        case (.integer(let number), .primitive(.decimal)): Self.fitsDecimal(String(number))
        case (.number(let text), .primitive(.decimal)): Self.fitsDecimal(text)
        case (.integer, .primitive(let p)): p == .int || p == .double
        case (.number, .primitive(let p)): p == .double
        case (.bool, .primitive(.bool)), (.duration, .primitive(.duration)), (.enumCase, .enumeration), (.emptyMap, .map): true
        case (_, .identifier(let reference)):
            expressible(value, as: .primitive(model.context(named: reference.context)?.identifier(named: reference.name)?.rawType ?? .uuid))
        case (.list(let items), .list(let element)): items.allSatisfy { expressible($0, as: element) }
        default: false
        }
    }
}
