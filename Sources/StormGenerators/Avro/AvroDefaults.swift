import StormModel
import StormSupport

/// Field defaults in Avro's JSON encoding of the field's schema.
enum AvroDefaults {
    /// The default of a field of `type` (without its optional), or `nil` when Avro cannot state it:
    /// a `null` default, or a literal of a type without a JSON literal form (timestamps, dates, records).
    static func value(_ value: Value, for type: TypeReference, in model: Model) -> JSON? {
        switch (value, type) {
        case (_, .optional(let wrapped)):
            return Self.value(value, for: wrapped, in: model)
        case (.null, _):
            return nil
        case (.string(let text), .primitive(.string)), (.string(let text), .primitive(.uuid)):
            return .string(text)
        case (.integer(let number), .primitive(.int)), (.integer(let number), .primitive(.double)):
            return .integer(number)
        case (.number(let text), .primitive(.double)):
            return .number(text)
        case (.integer(let number), .primitive(.decimal)):
            return decimalBytes(String(number), scale: AvroTypes.decimalScale).map(JSON.string)
        case (.number(let text), .primitive(.decimal)):
            return decimalBytes(text, scale: AvroTypes.decimalScale).map(JSON.string)
        case (.bool(let flag), .primitive(.bool)):
            return .bool(flag)
        case (.duration(let span), .primitive(.duration)):
            return .string(span.iso8601)
        case (.enumCase(let name), .enumeration):
            return .string(AvroNames.name(name))
        case (_, .identifier):
            guard let named = try? SchemaNamedType.lookup(type, in: model), case .identifier(let raw) = named.kind else { return nil }
            return Self.value(value, for: .primitive(raw), in: model)
        case (.emptyMap, .map):
            return [:]
        case (.list(let items), .list(let element)):
            var out: [JSON] = []
            for item in items {
                guard let json = Self.value(item, for: element, in: model) else { return nil }
                out.append(json)
            }
            return .array(out)
        default:
            return nil
        }
    }

    /// A decimal's default as Avro writes `bytes`: the unscaled value in big-endian two's complement,
    /// one character per byte (U+0000 to U+00FF). `nil` when the value has more fraction digits than
    /// `scale` or does not fit 64 bits.
    static func decimalBytes(_ text: String, scale: Int) -> String? {
        let negative = text.hasPrefix("-")
        let parts = text.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= scale, let magnitude = Int64(parts[0] + fraction + String(repeating: "0", count: scale - fraction.count)) else { return nil }
        var rest = negative ? -magnitude : magnitude
        var bytes: [UInt8] = []
        repeat {
            bytes.insert(UInt8(truncatingIfNeeded: rest), at: 0)
            rest >>= 8
        } while !((rest == 0 && bytes[0] & 0x80 == 0) || (rest == -1 && bytes[0] & 0x80 != 0))
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}
