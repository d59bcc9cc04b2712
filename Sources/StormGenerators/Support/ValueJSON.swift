import StormModel
import StormSupport

extension Value {
    /// The value as JSON, as `model --json` and the published interface write defaults and scenario
    /// values: enumeration cases by name, durations in ISO 8601.
    public var json: JSON {
        switch self {
        case .string(let s): .string(s)
        case .integer(let i): .integer(i)
        case .number(let text): .number(text)
        case .bool(let b): .bool(b)
        case .enumCase(let name): .string(name)
        case .list(let items): .array(items.map(\.json))
        case .emptyMap: .object([:])
        case .null: .null
        case .duration(let span): .string(span.iso8601)
        }
    }
}
