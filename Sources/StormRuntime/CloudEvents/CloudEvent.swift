import Foundation

/// A CloudEvents 1.0 envelope around one event: the context attributes that let any broker, log or
/// consumer route an event without knowing its schema, and the event itself as `data`.
///
/// Coded in the CloudEvents JSON format: every attribute is a top-level member named in lower case
/// (`specversion`, `id`, `source`, `type`, `subject`, `time`, `datacontenttype`, `dataschema`), absent
/// optional attributes are left out, `time` is an RFC 3339 string and `data` holds the payload as a JSON
/// value. Extension attributes are ignored when decoding.
public struct CloudEvent<Payload: Sendable & Hashable>: Sendable, Hashable {
    /// The CloudEvents version this envelope follows.
    public static var specVersion: String { "1.0" }

    /// Identifies the event; unique for its `source`.
    public var id: String
    /// A URI reference naming the context that produced the event (`/motorinsurance/trips`).
    public var source: String
    /// The kind of event (`motorinsurance.trips.TripEnded.v2`).
    public var type: String
    /// What the event is about within the source, such as an aggregate's identity.
    public var subject: String?
    /// When it happened.
    public var time: Date?
    /// The media type of `data`: `application/json`.
    public var dataContentType: String?
    /// A URI of the schema `data` adheres to.
    public var dataSchema: String?
    /// The event.
    public var data: Payload

    /// Creates an envelope with every attribute given.
    public init(id: String, source: String, type: String, subject: String? = nil, time: Date? = nil,
                dataContentType: String? = "application/json", dataSchema: String? = nil, data: Payload) {
        self.id = id
        self.source = source
        self.type = type
        self.subject = subject
        self.time = time
        self.dataContentType = dataContentType
        self.dataSchema = dataSchema
        self.data = data
    }

    /// The same envelope around a transformed payload.
    public func map<T>(_ transform: (Payload) throws -> T) rethrows -> CloudEvent<T> {
        CloudEvent<T>(id: id, source: source, type: type, subject: subject, time: time,
                      dataContentType: dataContentType, dataSchema: dataSchema, data: try transform(data))
    }
}

extension CloudEvent where Payload: DomainEvent {
    /// Wraps a domain event, taking `type` from the event's type; a new lower-case UUID for `id` and the
    /// current time unless given.
    public init(id: String = UUID().uuidString.lowercased(), source: String, subject: String? = nil,
                time: Date = Date(), dataSchema: String? = nil, event: Payload) {
        self.init(id: id, source: source, type: Payload.eventType, subject: subject, time: time, dataSchema: dataSchema, data: event)
    }
}

extension CloudEvent: Codable where Payload: Codable {
    enum CodingKeys: String, CodingKey {
        case specVersion = "specversion", id, source, type, subject, time
        case dataContentType = "datacontenttype", dataSchema = "dataschema", data
    }

    /// Decodes an envelope, refusing another `specversion` and, for a domain event, another `type`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(String.self, forKey: .specVersion)
        guard version == CloudEvent.specVersion else {
            throw DecodingError.dataCorruptedError(forKey: .specVersion, in: container, debugDescription: "unsupported CloudEvents specversion \"\(version)\", expected \"1.0\"")
        }
        id = try container.decode(String.self, forKey: .id)
        source = try container.decode(String.self, forKey: .source)
        type = try container.decode(String.self, forKey: .type)
        if let expected = (Payload.self as? any DomainEvent.Type)?.eventType, expected != type {
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "expected an event of type \"\(expected)\", found \"\(type)\"")
        }
        subject = try container.decodeIfPresent(String.self, forKey: .subject)
        time = try container.decodeIfPresent(JSONTimestamp.self, forKey: .time)?.value
        dataContentType = try container.decodeIfPresent(String.self, forKey: .dataContentType)
        dataSchema = try container.decodeIfPresent(String.self, forKey: .dataSchema)
        data = try container.decode(Payload.self, forKey: .data)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(CloudEvent.specVersion, forKey: .specVersion)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(subject, forKey: .subject)
        try container.encodeIfPresent(time.map(JSONTimestamp.init), forKey: .time)
        try container.encodeIfPresent(dataContentType, forKey: .dataContentType)
        try container.encodeIfPresent(dataSchema, forKey: .dataSchema)
        try container.encode(data, forKey: .data)
    }
}
