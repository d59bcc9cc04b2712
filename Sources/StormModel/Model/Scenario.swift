import StormSource

/// A given/when/then example of an aggregate's behaviour.
public struct Scenario: Sendable, Hashable {
    /// A value in a scenario: a literal, or a named placeholder standing for any value of the field's type.
    public enum Argument: Sendable, Hashable {
        case literal(Value)
        case placeholder(String)
    }

    /// An event or command with some of its field values, in the order written.
    public struct Message: Sendable, Hashable {
        public var reference: SymbolReference
        public var values: [(field: String, argument: Argument)] {
            get { zip(fields, arguments).map { ($0, $1) } }
            set {
                fields = newValue.map(\.field)
                arguments = newValue.map(\.argument)
            }
        }
        public var fields: [String]
        public var arguments: [Argument]
        public init(reference: SymbolReference, fields: [String], arguments: [Argument]) {
            self.reference = reference
            self.fields = fields
            self.arguments = arguments
        }
    }

    /// What the scenario expects.
    public enum Outcome: Sendable, Hashable {
        /// These events, in order (none: the command changes nothing).
        case events([Message])
        /// The command is rejected with this failure of the command.
        case failure(String)
    }

    public var title: String
    public var given: [Message]
    public var when: Message
    public var then: Outcome
    public var range: SourceRange
    public init(title: String, given: [Message], when: Message, then: Outcome, range: SourceRange) {
        self.title = title
        self.given = given
        self.when = when
        self.then = then
        self.range = range
    }
}
