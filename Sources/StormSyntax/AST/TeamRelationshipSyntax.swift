import StormSource

/// A relationship between two teams in a context map: `team Claims [U] -> [D] team Payments`, or a
/// Team Topologies interaction mode, `team Platform x-as-a-service team Claims`.
public struct TeamRelationshipSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var left: Name
    /// `U` or `D` on the left, as written.
    public var leftRoles: [Name]
    /// `->`, `<-`, `collaboration`, `x-as-a-service` or `facilitating`.
    public var mode: Name
    public var rightRoles: [Name]
    public var right: Name
    public init(info: DeclarationInfo, left: Name, leftRoles: [Name], mode: Name, rightRoles: [Name], right: Name) {
        self.info = info
        self.left = left
        self.leftRoles = leftRoles
        self.mode = mode
        self.rightRoles = rightRoles
        self.right = right
    }

    /// The interaction modes of Team Topologies, as written.
    public static let interactionModes = ["collaboration", "x-as-a-service", "facilitating"]
}
