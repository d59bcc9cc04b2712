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
        ranges(count: names.count, at: starts).map { Array(names[$0]) }
    }

    /// The positions of each alternative among `count` names, as ``split(_:at:)`` groups them, without
    /// copying the names.
    public static func ranges(count: Int, at starts: [Int]) -> [Range<Int>] {
        guard count > 0 else { return [] }
        var ranges: [Range<Int>] = []
        var begin = 0
        for start in starts where start > begin && start <= count {
            ranges.append(begin..<start)
            begin = start
        }
        if begin < count { ranges.append(begin..<count) }
        return ranges
    }
}
