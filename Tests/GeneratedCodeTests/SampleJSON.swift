import Foundation
import StormModel

/// JSON for a record of the model, built from the model alone (not from the generated code), in the
/// wire forms Storm fixes: Decimal as a string, Timestamp as RFC 3339 with milliseconds, UUID lower case.
struct SampleJSON {
    let model: Model
    /// With every optional field present (full), or only what a producer must send (minimal).
    let full: Bool

    func object(_ fields: [Field], depth: Int = 0) -> [String: Any] {
        var object: [String: Any] = [:]
        for field in fields where full || field.isRequired {
            if let value = value(field.type, depth: depth) { object[field.name] = value }
        }
        return object
    }

    func value(_ type: TypeReference, depth: Int) -> Any? {
        switch type {
        case .primitive(let primitive): return value(primitive)
        case .identifier(let reference):
            return model.context(named: reference.context)?.identifier(named: reference.name).map { value($0.rawType) }
        case .enumeration(let reference):
            return model.context(named: reference.context)?.enumeration(named: reference.name)?.cases.first?.name
        case .valueObject(let reference):
            return model.context(named: reference.context)?.valueObject(named: reference.name).map { object($0.fields, depth: depth + 1) }
        case .entity(let reference):
            return model.context(named: reference.context)?.entity(named: reference.name).map { object($0.fields, depth: depth + 1) }
        case .list(let element):
            return depth > 3 ? [Any]() : [value(element, depth: depth + 1) as Any]
        case .map(let element):
            return depth > 3 ? [String: Any]() : ["key": value(element, depth: depth + 1) as Any]
        case .optional(let wrapped):
            return full && depth <= 3 ? value(wrapped, depth: depth) : nil
        }
    }

    func value(_ primitive: PrimitiveType) -> Any {
        switch primitive {
        case .string: "text"
        case .int: 7
        case .double: 2.5
        case .decimal: "12345678901234567890.125"
        case .bool: true
        case .timestamp: "2026-11-29T10:15:30.123Z"
        case .date: "2026-11-29"
        case .uuid: "0f8fad5b-d9cb-469f-a165-70867728950e"
        case .duration: "P1DT2H0.5S"
        }
    }

    /// JSON text with sorted keys, for comparing two encodings of the same value.
    static func canonical(_ data: Data) throws -> String {
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    static func data(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}
