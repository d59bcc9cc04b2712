/// A domain event: something that happened in a bounded context, in the past tense.
///
/// Generated event types conform; the static properties identify the event on the wire, where the
/// CloudEvents `type` attribute is `<domain>.<context>.<Event>.v<version>` with the domain and the context
/// in lower case (`motorinsurance.trips.TripEnded.v2`).
public protocol DomainEvent: Codable, Hashable, Sendable {
    /// The event's name in the model (`TripEnded`).
    static var eventName: String { get }
    /// The name of the bounded context that publishes it (`Trips`).
    static var contextName: String { get }
    /// The schema version, 1 unless the model says otherwise.
    static var schemaVersion: Int { get }
    /// The CloudEvents `type` attribute (`motorinsurance.trips.TripEnded.v2`).
    static var eventType: String { get }
}

/// A command: an intention to change the system, decided by an aggregate.
public protocol DomainCommand: Codable, Hashable, Sendable {
    /// The command's name in the model (`EndTrip`).
    static var commandName: String { get }
    /// The name of the bounded context that handles it.
    static var contextName: String { get }
}
