/// `lifecycle { Submitted -> UnderReview by StartReview … final Accepted, Rejected }`: the states of an
/// aggregate and the commands that move it between them.
public struct LifecycleSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    /// The `lifecycle` keyword, where diagnostics about the whole lifecycle point.
    public var keyword: Name
    public var members: [LifecycleMemberSyntax]
    public var closingComments: [String]
    public init(info: DeclarationInfo, keyword: Name, members: [LifecycleMemberSyntax], closingComments: [String] = []) {
        self.info = info
        self.keyword = keyword
        self.members = members
        self.closingComments = closingComments
    }
}

/// A line of a lifecycle.
public enum LifecycleMemberSyntax: Sendable, Hashable {
    /// `From, … -> To by Command`
    case transition(TransitionSyntax)
    /// `final State, …`
    case final([Name], info: DeclarationInfo)

    public var info: DeclarationInfo {
        switch self {
        case .transition(let t): t.info
        case .final(_, let info): info
        }
    }
}

/// `Submitted, Draft -> Withdrawn by Withdraw`: the command moves the aggregate from any of the source
/// states to the target state.
public struct TransitionSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var sources: [Name]
    public var target: Name
    public var command: Name
    public init(info: DeclarationInfo, sources: [Name], target: Name, command: Name) {
        self.info = info
        self.sources = sources
        self.target = target
        self.command = command
    }
}
