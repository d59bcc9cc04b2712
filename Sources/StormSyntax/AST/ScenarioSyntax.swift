/// `scenario "title" { given Event { field: value }, … when Command { … } then Event, … | then fails with Failure }`:
/// an example of an aggregate's behaviour, written in the model.
public struct ScenarioSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    /// The `scenario` keyword, where diagnostics about the whole scenario point.
    public var keyword: Name
    public var title: StringLiteral
    /// The `given`, `when` and `then` lines, in source order.
    public var lines: [ScenarioLineSyntax]
    public var closingComments: [String]
    public init(info: DeclarationInfo, keyword: Name, title: StringLiteral, lines: [ScenarioLineSyntax], closingComments: [String] = []) {
        self.info = info
        self.keyword = keyword
        self.title = title
        self.lines = lines
        self.closingComments = closingComments
    }
}

/// One line of a scenario.
public struct ScenarioLineSyntax: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `given Event { … }, …`: the history, in order.
        case given([MessageSyntax])
        /// `when Command { … }`
        case when(MessageSyntax)
        /// `then Event { … }, …`: the events expected, in order (none for `then nothing`).
        case then([MessageSyntax])
        /// `then fails with Failure`
        case fails(Name)
    }

    public var info: DeclarationInfo
    public var kind: Kind
    public init(info: DeclarationInfo, kind: Kind) {
        self.info = info
        self.kind = kind
    }
}

/// An event or command with some of its field values: `PlaceHold { book: b1, patron: "Ann" }`.
public struct MessageSyntax: Sendable, Hashable {
    public var name: QualifiedName
    /// Nil without braces.
    public var values: [FieldValueSyntax]?
    public init(name: QualifiedName, values: [FieldValueSyntax]?) {
        self.name = name
        self.values = values
    }
}

/// `field: value`, where a bare name that is no enumeration case is a placeholder (`b1`).
public struct FieldValueSyntax: Sendable, Hashable {
    public var field: Name
    public var value: LiteralSyntax
    public init(field: Name, value: LiteralSyntax) {
        self.field = field
        self.value = value
    }
}
