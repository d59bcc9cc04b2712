import Foundation

// Foundation codes `Decimal` as a JSON number (losing precision in most JSON readers), `Date` as a number
// of seconds and `UUID` in upper case, each whatever the encoder's strategies. Storm fixes one wire form
// for each, the same in JSON Schema and Avro, so generated `init(from:)` and `encode(to:)` code these
// values through the wrappers below, which give the same JSON with any `JSONEncoder`.

/// The wire form of Storm's `Decimal`: a JSON string holding a plain decimal number (`"12.50"`), so no
/// precision is lost on the way.
///
/// Decoding accepts an optional `-`, digits, and an optional fraction; no exponent, no spaces. Encoding
/// writes the shortest plain form of the value (`Decimal(string: "12.50")` is written `"12.5"`).
public struct JSONDecimal: Codable, Hashable, Sendable {
    /// The number.
    public var value: Decimal
    /// Wraps a number.
    public init(_ value: Decimal) { self.value = value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = JSONDecimal.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a decimal number in a string (\"12.50\"), found \"\(text)\"")
        }
        self.value = value
    }

    public func encode(to encoder: any Encoder) throws {
        guard !value.isNaN else {
            throw EncodingError.invalidValue(value, .init(codingPath: encoder.codingPath, debugDescription: "a Decimal that is not a number has no JSON form"))
        }
        var container = encoder.singleValueContainer()
        try container.encode(value.description)
    }

    /// The number `text` writes in the plain form `-?digits(.digits)?`, or nil.
    public static func parse(_ text: String) -> Decimal? {
        var rest = Substring(text)
        if rest.first == "-" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}

/// The wire form of Storm's `Timestamp`: a string as ``ISO8601Timestamp`` writes it
/// (`"2026-11-29T10:15:30.123Z"`).
public struct JSONTimestamp: Codable, Hashable, Sendable {
    /// The instant.
    public var value: Date
    /// Wraps an instant.
    public init(_ value: Date) { self.value = value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ISO8601Timestamp.date(from: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an RFC 3339 date-time (\"2026-11-29T10:15:30.123Z\"), found \"\(text)\"")
        }
        self.value = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(ISO8601Timestamp.string(from: value))
    }
}

/// The wire form of Storm's `UUID`: the canonical lower-case string
/// (`"0f8fad5b-d9cb-469f-a165-70867728950e"`); decoding accepts either case.
public struct JSONUUID: Codable, Hashable, Sendable {
    /// The identifier.
    public var value: UUID
    /// Wraps an identifier.
    public init(_ value: UUID) { self.value = value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = UUID(uuidString: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a UUID, found \"\(text)\"")
        }
        self.value = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value.uuidString.lowercased())
    }
}
