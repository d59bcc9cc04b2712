/// A refusal that means "nobody has written this decision yet", not a rule of the domain.
///
/// The starter decider of a package scaffold throws an error conforming to it for each command whose
/// decision the team still has to write; generated scenario tests treat such a command's scenarios as
/// known issues rather than failures.
public protocol UndecidedCommand: Error {
    /// The name of the command that is not decided.
    var command: String { get }
}

/// One event a scenario expects: a description for messages, and a test of the event's case and of the
/// field values the scenario gives (fields it leaves out may hold anything).
public struct ExpectedEvent<Event> {
    /// How the expectation reads in a failure message: `ClaimSettled { claim: c1 }`.
    public var description: String
    /// Whether `event` is the expected one.
    public var matches: (Event) -> Bool

    /// Creates an expectation.
    public init(_ description: String, matches: @escaping (Event) -> Bool) {
        self.description = description
        self.matches = matches
    }
}

extension DeciderOutcome {
    /// Whether the decider refused the command because its decision is not written yet.
    public var isUndecided: Bool {
        if case .failure(let error) = result, error is any UndecidedCommand { return true }
        return false
    }

    /// Passes when the decided events match `expected`, one for one and in order.
    public func then(matching expected: [ExpectedEvent<Event>]) throws(ScenarioFailure) {
        let wanted = expected.map(\.description).joined(separator: ", ")
        switch result {
        case .failure(let error):
            throw ScenarioFailure("expected [\(wanted)], but the command was refused: \(error)")
        case .success(let events):
            guard events.count == expected.count, zip(events, expected).allSatisfy({ $1.matches($0) }) else {
                throw ScenarioFailure("expected [\(wanted)], but the decider decided \(events)")
            }
        }
    }

    /// Passes when the command was refused with an error of type `failure`.
    public func thenFails<Failure: Error>(with failure: Failure.Type) throws(ScenarioFailure) {
        switch result {
        case .failure(let error) where error is Failure:
            return
        case .failure(let error):
            throw ScenarioFailure("expected the command to fail with \(Failure.self), but it was refused with \(error)")
        case .success(let events):
            throw ScenarioFailure("expected the command to fail with \(Failure.self), but the decider decided \(events)")
        }
    }
}
