import StormSource

/// One line of a relationship's details block: `Customers -> Policies { name "CustomerData" … }`.
public struct RelationshipDetailSyntax: Sendable, Hashable {
    /// What the line says.
    public enum Kind: Sendable, Hashable {
        /// `name "CustomerData"`: the name of the integration.
        case name(StringLiteral)
        /// `technology "REST over HTTP"`: how it is implemented.
        case technology(StringLiteral)
        /// `exposes Customers.Customer, Customers.Address`: what the upstream offers through it.
        case exposes([QualifiedName])
        /// `rights veto right`: the downstream's influence on the upstream, as words; the checker validates them.
        case rights([Name])
    }

    public var info: DeclarationInfo
    /// The keyword that starts the line (`name`, `technology`, `exposes`, `rights`).
    public var keyword: Name
    public var kind: Kind
    public init(info: DeclarationInfo, keyword: Name, kind: Kind) {
        self.info = info
        self.keyword = keyword
        self.kind = kind
    }
}

/// The details block of a relationship: its lines and the comments before its `}`.
public struct RelationshipDetailsSyntax: Sendable, Hashable {
    public var lines: [RelationshipDetailSyntax]
    public var closingComments: [String]
    public init(lines: [RelationshipDetailSyntax], closingComments: [String] = []) {
        self.lines = lines
        self.closingComments = closingComments
    }
}

/// A setting at the head of a context map: `type system landscape`, `state to be`. The words are kept as
/// written; the checker validates them.
public struct ContextMapSettingSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    /// `type` or `state`.
    public var keyword: Name
    public var words: [Name]
    public init(info: DeclarationInfo, keyword: Name, words: [Name]) {
        self.info = info
        self.keyword = keyword
        self.words = words
    }

    /// The words joined by single spaces (`system landscape`).
    public var value: String { words.map(\.text).joined(separator: " ") }
}
