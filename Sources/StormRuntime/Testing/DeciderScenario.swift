/// Given/when/then for deciders: an aggregate's behaviour tested in three lines.
///
/// ```swift
/// try TripDecider()
///     .given(.tripStarted(started))
///     .when(.endTrip(end))
///     .then(.tripEnded(ended))
/// ```
///
/// `then` throws a ``ScenarioFailure`` describing expected and actual events when they differ, so a
/// throwing test fails with a readable message in any test framework.
public struct DeciderScenario<D: Decider> {
    /// The decider under test.
    public let decider: D
    /// The events that happened before the command.
    public let history: [D.Event]

    /// A scenario of `decider` after `history`.
    public init(_ decider: D, history: [D.Event]) {
        self.decider = decider
        self.history = history
    }

    /// Decides `command` in the state the history leads to.
    public func when(_ command: D.Command) -> DeciderOutcome<D.Event> {
        DeciderOutcome(result: Result { try decider.handle(command, after: history) })
    }
}

extension Decider {
    /// A scenario starting after `events`.
    public func given(_ events: Event...) -> DeciderScenario<Self> { DeciderScenario(self, history: events) }
    /// A scenario starting after `events`.
    public func given(_ events: [Event]) -> DeciderScenario<Self> { DeciderScenario(self, history: events) }
}

/// What a decider did with the command of a scenario: the events it decided, or the error it threw.
public struct DeciderOutcome<Event> {
    /// The decided events or the refusal.
    public let result: Result<[Event], any Error>

    /// Creates an outcome.
    public init(result: Result<[Event], any Error>) { self.result = result }

    /// Passes when the command was refused, and returns the error for further checks.
    @discardableResult
    public func thenRefused() throws(ScenarioFailure) -> any Error {
        switch result {
        case .failure(let error): return error
        case .success(let events): throw ScenarioFailure("expected the command to be refused, but it decided \(events)")
        }
    }
}

extension DeciderOutcome where Event: Equatable {
    /// Passes when the decided events are exactly `expected`, in order.
    public func then(_ expected: Event...) throws(ScenarioFailure) { try then(expected) }

    /// Passes when the decided events are exactly `expected`, in order.
    public func then(_ expected: [Event]) throws(ScenarioFailure) {
        switch result {
        case .failure(let error):
            throw ScenarioFailure("expected \(expected), but the command was refused: \(error)")
        case .success(let events) where events != expected:
            throw ScenarioFailure("expected \(expected), but the decider decided \(events)")
        case .success:
            return
        }
    }
}

/// A given/when/then expectation that did not hold.
public struct ScenarioFailure: Error, CustomStringConvertible, Sendable {
    /// What was expected and what happened.
    public var description: String
    /// Creates a failure with its message.
    public init(_ description: String) { self.description = description }
}
