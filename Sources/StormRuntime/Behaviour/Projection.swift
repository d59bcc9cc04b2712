/// A projection: keeps a read model up to date from the events that feed it.
///
/// Generated code declares one refined protocol per read model whose `Event` is an enum of its source
/// events. The read model is optional: nil until the first relevant event.
public protocol Projection {
    /// The view being built.
    associatedtype ReadModel
    /// The events that feed the view.
    associatedtype Event

    /// The read model after `event`.
    func apply(_ event: Event, to readModel: ReadModel?) -> ReadModel?
}

extension Projection {
    /// The read model built from `events`, starting from nothing.
    public func project(_ events: some Sequence<Event>) -> ReadModel? {
        events.reduce(nil) { apply($1, to: $0) }
    }
}
