import Foundation

/// The JSON coders Storm uses everywhere: for CloudEvents envelopes, in tests and in generated examples.
///
/// Keys are sorted and slashes are not escaped, so the same value always gives the same bytes. `Date`
/// values outside generated types (which code their timestamps themselves) use ``ISO8601Timestamp``.
public enum StormJSON {
    /// A new encoder with Storm's settings; `pretty` adds indentation for people to read.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601Timestamp.string(from: date))
        }
        return encoder
    }

    /// A new decoder with Storm's settings.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            try JSONTimestamp(from: decoder).value
        }
        return decoder
    }

    /// `value` as JSON text with Storm's settings.
    public static func string(_ value: some Encodable, pretty: Bool = false) throws -> String {
        String(decoding: try encoder(pretty: pretty).encode(value), as: UTF8.self)
    }

    /// A value of `type` decoded from JSON text.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decoder().decode(type, from: Data(text.utf8))
    }
}
