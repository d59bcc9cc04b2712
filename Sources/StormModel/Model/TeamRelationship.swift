import StormSource

/// A relationship between two teams: upstream/downstream, or a Team Topologies interaction mode.
public struct TeamRelationship: Sendable, Hashable {
    /// How the two teams work together.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// `team A [U] -> [D] team B`: B depends on what A delivers.
        case upstreamDownstream
        /// `collaboration`: the two teams work closely together for a while.
        case collaboration
        /// `x-as-a-service`: the first team provides something the second consumes with little collaboration.
        case xAsAService = "x-as-a-service"
        /// `facilitating`: the first team helps the second to learn or adopt something.
        case facilitating
    }

    public var kind: Kind
    /// The upstream, providing or facilitating team; the left team of a collaboration.
    public var first: String
    /// The downstream, consuming or facilitated team; the right team of a collaboration.
    public var second: String
    public var doc: String
    public var range: SourceRange
    public init(kind: Kind, first: String, second: String, doc: String = "", range: SourceRange) {
        self.kind = kind
        self.first = first
        self.second = second
        self.doc = doc
        self.range = range
    }
}
