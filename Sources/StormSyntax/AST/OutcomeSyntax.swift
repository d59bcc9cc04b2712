/// `fails with Name { fields }`: a named rejection a command can end in without changing state.
public struct FailureSyntax: Sendable, Hashable {
    public var name: Name
    /// Nil when the failure carries no field block.
    public var fields: [FieldSyntax]?
    public init(name: Name, fields: [FieldSyntax]?) {
        self.name = name
        self.fields = fields
    }
}

/// Names written as exclusive alternatives: `A, B or C` is `A` and `B` together, or `C`.
public enum Alternatives {
    /// Splits `names` into alternatives at `starts` (the indices where an `or` begins one).
    public static func split<T>(_ names: [T], at starts: [Int]) -> [[T]] {
        guard !names.isEmpty else { return [] }
        var groups: [[T]] = []
        var begin = 0
        for start in starts + [names.count] where start > begin && start <= names.count {
            groups.append(Array(names[begin..<start]))
            begin = start
        }
        return groups
    }
}
