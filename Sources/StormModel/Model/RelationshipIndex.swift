/// The relationships of a model by the contexts they connect, built once, so that finding the relationship
/// an event flow travels along is a dictionary look-up rather than a scan of every context map.
public struct RelationshipIndex: Sendable {
    /// Every relationship of every context map, in order (``Model/relationships``).
    public let relationships: [Relationship]
    /// Positions in `relationships` of the relationships between two contexts, in order.
    private var byPair: [Set<String>: [Int]] = [:]
    /// Position of the first relationship that carries events from a producer (first) to a consumer (second).
    private var carriers: [[String]: Int] = [:]

    public init(_ relationships: [Relationship]) {
        self.relationships = relationships
        for (position, relationship) in relationships.enumerated() {
            byPair[[relationship.first, relationship.second], default: []].append(position)
            for direction in [[relationship.first, relationship.second], [relationship.second, relationship.first]]
            where carriers[direction] == nil && relationship.carries(from: direction[0], to: direction[1]) {
                carriers[direction] = position
            }
        }
    }

    /// The relationships between two contexts, in either direction, in the order of the context maps.
    public func between(_ a: String, and b: String) -> [Relationship] {
        guard a != b else { return [] }
        return (byPair[[a, b]] ?? []).map { relationships[$0] }
    }

    /// The relationship that events of `producer` consumed by `consumer` travel along: the first, in the
    /// order of the context maps, that carries events that way (``Relationship/carries(from:to:)``).
    public func carrier(from producer: String, to consumer: String) -> Relationship? {
        carrierPosition(from: producer, to: consumer).map { relationships[$0] }
    }

    /// The position in ``relationships`` of ``carrier(from:to:)``.
    public func carrierPosition(from producer: String, to consumer: String) -> Int? {
        carriers[[producer, consumer]]
    }
}

extension Relationship {
    /// Whether events of `producer` reach `consumer` along this relationship as the context map declares
    /// it: from upstream to downstream, either way across a partnership or a shared kernel, never across
    /// separate ways.
    public func carries(from producer: String, to consumer: String) -> Bool {
        guard producer != consumer, involves(producer), involves(consumer) else { return false }
        switch kind {
        case .upstreamDownstream: return first == producer
        case .partnership, .sharedKernel: return true
        case .separateWays: return false
        }
    }
}
