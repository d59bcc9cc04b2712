import StormSource

/// A question a read model answers: `query DailySheet(day: Date) returns [HoldSummary] asked by Librarian`.
public struct Query: Sendable, Hashable {
    /// Who asks a query.
    public enum Asker: Sendable, Hashable {
        /// An actor (or external system) of the read model's context.
        case actor(String)
        /// Another bounded context.
        case context(String)
    }

    public var name: String
    public var doc: String
    public var parameters: [Field]
    public var returns: TypeReference
    public var askedBy: [Asker]
    public var range: SourceRange
    public init(name: String, doc: String, parameters: [Field], returns: TypeReference, askedBy: [Asker], range: SourceRange) {
        self.name = name
        self.doc = doc
        self.parameters = parameters
        self.returns = returns
        self.askedBy = askedBy
        self.range = range
    }
}
