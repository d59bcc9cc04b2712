import StormModel
import StormSupport

/// A field's default value as JSON, encoded the way the generated Swift encodes the field.
enum JSONSchemaDefaults {
    /// The JSON of `value` for a field of `type`, or `nil` when there is nothing to write: a `null`
    /// default (an optional is omitted, never `null`) or a literal the type cannot hold.
    static func value(_ value: Value, for type: TypeReference) -> JSON? {
        let type = type.nonOptional
        switch value {
        case .null:
            return nil
        case .string(let text), .enumCase(let text):
            return .string(text)
        case .integer(let number):
            return isDecimal(type) ? .string(String(number)) : .integer(number)
        case .number(let text):
            return isDecimal(type) ? .string(text) : .number(text)
        case .bool(let flag):
            return .bool(flag)
        case .duration(let span):
            return .string(span.iso8601)
        case .emptyMap:
            return [:]
        case .list(let items):
            guard case .list(let element) = type else { return nil }
            var out: [JSON] = []
            for item in items {
                guard let json = Self.value(item, for: element) else { return nil }
                out.append(json)
            }
            return .array(out)
        }
    }

    /// Whether values of `type` are encoded as decimal strings.
    private static func isDecimal(_ type: TypeReference) -> Bool {
        type == .primitive(.decimal)
    }
}
