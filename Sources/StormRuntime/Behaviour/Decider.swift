/// An event-sourced decider: the behaviour of an aggregate as two pure functions.
///
/// `decide` turns a command and the current state into the events that record what happened (or throws
/// when the command is refused); `evolve` applies one event to the state. The state is rebuilt by folding
/// every past event over ``initialState``, so no other storage of the state is needed. Generated code
/// declares one refined protocol per aggregate that fixes the three types; the team implements it.
public protocol Decider {
    /// The aggregate's state; generated deciders use the aggregate's struct, optional (nil before the
    /// first event).
    associatedtype State
    /// The commands the aggregate decides.
    associatedtype Command
    /// The events the aggregate emits.
    associatedtype Event

    /// The state before any event.
    var initialState: State { get }
    /// The events that `command` causes in `state`; throws when the command is refused.
    func decide(_ command: Command, state: State) throws -> [Event]
    /// The state after `event`.
    func evolve(_ state: State, event: Event) -> State
}

extension Decider {
    /// The state after all of `events`, from ``initialState``.
    public func fold(_ events: some Sequence<Event>) -> State {
        events.reduce(initialState, evolve)
    }

    /// The events that `command` causes after the history `events`.
    public func handle(_ command: Command, after events: some Sequence<Event>) throws -> [Event] {
        try decide(command, state: fold(events))
    }
}

extension Decider where State: ExpressibleByNilLiteral {
    /// Nothing: the aggregate does not exist before its first event.
    public var initialState: State { nil }
}
