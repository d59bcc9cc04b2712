/// One allowed move of an aggregate's lifecycle: `command` takes the aggregate from `from` to `to`.
///
/// Generated code lists an aggregate's moves as data (`Claim.Lifecycle.transitions`), so a decider, a
/// test or a workflow engine can ask which command is allowed in which state.
public struct LifecycleTransition<State: Hashable & Sendable>: Hashable, Sendable {
    /// The state the move starts from.
    public var from: State
    /// The state the move ends in.
    public var to: State
    /// The name of the command that makes the move (its `commandName`).
    public var command: String

    /// Creates a move.
    public init(from: State, to: State, command: String) {
        self.from = from
        self.to = to
        self.command = command
    }
}

extension Sequence {
    /// The state `command` moves to from `state`, or nil when the lifecycle does not allow it there.
    public func target<State>(of command: String, from state: State) -> State? where Element == LifecycleTransition<State> {
        first { $0.from == state && $0.command == command }?.to
    }
}
