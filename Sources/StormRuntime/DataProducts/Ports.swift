/// An input port of a data product: receives the events it consumes, one at a time.
///
/// Generated code declares one refined protocol per input port whose `Event` is an enum of the
/// port's events; the team implements it, usually by feeding a policy or a projection.
public protocol InputPort: Sendable {
    /// The events the port consumes.
    associatedtype Event: Sendable
    /// Handles one event; throws to have it delivered again.
    func receive(_ event: Event) async throws
}

/// An output port of a data product: publishes the events it serves.
///
/// Generated code declares one refined protocol per output port whose `Event` is an enum of the
/// port's events; an adapter (a broker client, a test spy) implements it.
public protocol OutputPort: Sendable {
    /// The events the port publishes.
    associatedtype Event: Sendable
    /// Publishes one event.
    func publish(_ event: Event) async throws
}
