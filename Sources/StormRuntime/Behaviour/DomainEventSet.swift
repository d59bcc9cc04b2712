import Foundation

/// A closed set of domain events: the events of one aggregate, policy, read model or port, as an enum
/// with one case per event.
///
/// Generated enums conform, which lets an event store, a broker adapter or a test move any event of
/// the set in and out of a ``CloudEvent`` envelope without a hand-written switch.
public protocol DomainEventSet: Hashable, Sendable {
    /// The event types of the set, in declaration order.
    static var eventTypes: [any DomainEvent.Type] { get }
    /// The event of this case.
    var event: any DomainEvent { get }
    /// The case holding `event`, or nil when the event is not of the set.
    init?(_ event: any DomainEvent)
}

extension DomainEventSet {
    /// The event wrapped in a CloudEvents envelope and encoded as JSON with ``StormJSON``.
    public func cloudEventJSON(id: String = UUID().uuidString.lowercased(), source: String, subject: String? = nil,
                               time: Date = Date()) throws -> Data {
        func encode<E: DomainEvent>(_ event: E) throws -> Data {
            try StormJSON.encoder().encode(CloudEvent(id: id, source: source, subject: subject, time: time, event: event))
        }
        return try encode(event)
    }

    /// Decodes a CloudEvents JSON envelope holding an event of the set, chosen by its `type` attribute.
    public static func decodeCloudEvent(from json: Data) throws -> CloudEvent<Self> {
        let decoder = StormJSON.decoder()
        let type = try decoder.decode(CloudEventType.self, from: json).type
        guard let eventType = eventTypes.first(where: { $0.eventType == type }) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no event of type \"\(type)\" in \(Self.self)"))
        }
        func decode<E: DomainEvent>(_: E.Type) throws -> CloudEvent<Self> {
            try decoder.decode(CloudEvent<E>.self, from: json).map { event in
                guard let value = Self(event) else { preconditionFailure("\(E.self) is listed in \(Self.self).eventTypes but has no case") }
                return value
            }
        }
        return try decode(eventType)
    }
}

/// Just the `type` attribute of a CloudEvents JSON envelope.
private struct CloudEventType: Decodable {
    var type: String
}
