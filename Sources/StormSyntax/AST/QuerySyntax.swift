/// `query DailySheet(day: Date) returns [HoldSummary] asked by Librarian, Lending`: a question a read
/// model answers.
public struct QuerySyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var parameters: [FieldSyntax]
    public var returns: TypeSyntax
    /// Actors of the context, or other contexts, that ask it.
    public var askedBy: [QualifiedName]
    public init(info: DeclarationInfo, name: Name, parameters: [FieldSyntax], returns: TypeSyntax, askedBy: [QualifiedName]) {
        self.info = info
        self.name = name
        self.parameters = parameters
        self.returns = returns
        self.askedBy = askedBy
    }
}
