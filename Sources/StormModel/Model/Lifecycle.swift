import StormSource

/// The states of an aggregate and the commands that move it between them.
public struct Lifecycle: Sendable, Hashable {
    /// One move: `command` takes the aggregate from `from` to `to`.
    public struct Transition: Sendable, Hashable {
        public var from: String
        public var to: String
        /// The name of a command of the aggregate.
        public var command: String
        public var range: SourceRange
        public init(from: String, to: String, command: String, range: SourceRange) {
            self.from = from
            self.to = to
            self.command = command
            self.range = range
        }
    }

    /// Every state, in the order first written; the first is the initial state.
    public var states: [String]
    public var transitions: [Transition]
    /// The states declared `final`, or, when none is, the states no transition leaves.
    public var finalStates: [String]
    /// Whether ``finalStates`` were declared rather than derived.
    public var finalStatesDeclared: Bool
    public var range: SourceRange
    public init(states: [String], transitions: [Transition], finalStates: [String], finalStatesDeclared: Bool, range: SourceRange) {
        self.states = states
        self.transitions = transitions
        self.finalStates = finalStates
        self.finalStatesDeclared = finalStatesDeclared
        self.range = range
    }

    /// The state the aggregate is in when created.
    public var initialState: String? { states.first }
}
