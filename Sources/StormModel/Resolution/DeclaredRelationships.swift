import StormSource

/// The relationships of one context map seen so far, to find the ones declared twice.
///
/// Two upstream/downstream relationships in opposite directions are both legitimate: each context
/// consumes the other's events. Any other two relationships between the same contexts (the same
/// direction twice, or a partnership, shared kernel or separate ways next to anything else) say the
/// same thing twice or contradict each other. Each look-up is a dictionary access, so a map with many
/// relationships costs time in proportion to their number.
struct DeclaredRelationships {
    /// The first upstream/downstream relationship from an upstream to a downstream.
    private var directed: [[String]: SourceRange] = [:]
    /// The first symmetric relationship (partnership, shared kernel, separate ways) between two contexts.
    private var symmetric: [Set<String>: SourceRange] = [:]
    /// The first relationship of any kind between two contexts.
    private var any: [Set<String>: SourceRange] = [:]

    /// Records a relationship; returns where an earlier relationship that it repeats is declared.
    mutating func insert(_ relationship: Relationship) -> SourceRange? {
        let pair: Set<String> = [relationship.first, relationship.second]
        let earlier: SourceRange?
        if relationship.kind == .upstreamDownstream {
            let direction = [relationship.first, relationship.second]
            earlier = directed[direction] ?? symmetric[pair]
            if directed[direction] == nil { directed[direction] = relationship.range }
        } else {
            earlier = any[pair]
            if symmetric[pair] == nil { symmetric[pair] = relationship.range }
        }
        if any[pair] == nil { any[pair] = relationship.range }
        return earlier
    }
}
