/// The members of a JSON object, kept in the order they are written: sorted by key, each key once. An
/// object is written by walking its members, with no hashing and no sorting at each write.
///
/// A member is found by binary search and added where it belongs, which suits the small objects most
/// documents are made of; an object of many members is made at once from a sequence of them
/// (``init(members:)``), sorted once.
public struct JSONObject: Sendable, Hashable {
    /// One member: a key and its value.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSON

        /// The member `key: value`.
        public init(_ key: String, _ value: JSON) {
            self.key = key
            self.value = value
        }
    }

    /// The members, sorted by key, each key once.
    public private(set) var members: [Member]

    /// An object without members.
    public init() {
        members = []
    }

    /// An object without members, with room for `capacity` of them: one that ``add(_:_:)`` builds.
    public init(capacity: Int) {
        members = []
        members.reserveCapacity(capacity)
    }

    /// The members of `dictionary`, sorted by key.
    public init(_ dictionary: [String: JSON]) {
        members = dictionary.map { Member($0.key, $0.value) }
        members.sort { $0.key < $1.key }
    }

    /// The object of `members`, given in any order; of a repeated key, the last is kept.
    ///
    /// Members given in key order, as generators give them, become the object's own without a copy. (An
    /// array of members rather than of `(key, value)` pairs: a pair array is copied here and then
    /// destroyed element by element through the runtime's generic tuple code, several hundred
    /// instructions a member.) An array rather than any sequence: a generic sequence from another module
    /// is read through its witness table, a thousand instructions a member.
    ///
    /// Taken, not borrowed: an array its caller lets go of is sorted where it is, where a borrowed one was
    /// copied whole to be sorted.
    public init(members: consuming [Member]) {
        var sorted = members
        Self.sortKeepingLast(&sorted)
        self.members = sorted
    }

    /// Sorts `members` by key in place, keeping of a repeated key the last given. Members already in
    /// order (a literal written in key order) are only compared.
    private static func sortKeepingLast(_ members: inout [Member]) {
        var ordered = true
        for index in members.indices.dropFirst() where !(members[index - 1].key < members[index].key) {
            ordered = false
            break
        }
        guard !ordered else { return }
        // Stable: of a repeated key, the last given stays last of its run.
        members.sort { $0.key < $1.key }
        var kept = 1
        for index in members.indices.dropFirst() {
            if members[kept - 1].key == members[index].key {
                members.swapAt(kept - 1, index)
            } else {
                if kept != index { members.swapAt(kept, index) }
                kept += 1
            }
        }
        members.removeLast(members.count - kept)
    }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The number of members.
    public var count: Int { members.count }

    /// The keys, in the order they are written.
    public var keys: [String] { members.map(\.key) }

    /// The value of `key`, or nil; setting nil removes the member.
    public subscript(key: String) -> JSON? {
        get {
            let position = position(of: key)
            // Not a conditional expression: its `nil` would be `JSON.null`, JSON being expressible by nil.
            guard position < members.count, members[position].key == key else { return JSON?.none }
            return members[position].value
        }
        set {
            let position = position(of: key)
            let found = position < members.count && members[position].key == key
            switch (found, newValue) {
            case (true, let value?): members[position].value = value
            case (true, nil): members.remove(at: position)
            case (false, let value?): members.insert(Member(key, value), at: position)
            case (false, nil): break
            }
        }
    }

    /// Adds `key: value` when `value` is given; nil adds nothing (as ``YAML/ordered(_:)`` leaves nil
    /// values out). A key after the last one, as a generator writing members in key order gives them, is
    /// appended without a search; any other is set as the subscript sets it. An object with optional
    /// members is built this way, into ``init(capacity:)``, without an array of pairs to sort and destroy.
    public mutating func add(_ key: String, _ value: JSON?) {
        guard let value else { return }
        guard let last = members.last, !(last.key < key) else {
            members.append(Member(key, value))
            return
        }
        self[key] = value
    }

    /// Adds the members of `other`, whose values replace those of the same key.
    public mutating func merge(_ other: JSONObject) {
        guard !other.isEmpty else { return }
        guard !isEmpty else {
            self = other
            return
        }
        var merged: [Member] = []
        merged.reserveCapacity(members.count + other.members.count)
        var mine = 0, theirs = 0
        while mine < members.count, theirs < other.members.count {
            let a = members[mine].key, b = other.members[theirs].key
            if a < b {
                merged.append(members[mine])
                mine += 1
            } else {
                merged.append(other.members[theirs])
                theirs += 1
                if a == b { mine += 1 }
            }
        }
        merged.append(contentsOf: members[mine...])
        merged.append(contentsOf: other.members[theirs...])
        members = merged
    }

    /// This object with the members of `other` added (see ``merge(_:)``).
    public func merging(_ other: JSONObject) -> JSONObject {
        var merged = self
        merged.merge(other)
        return merged
    }

    /// Where `key` is, or where it would be added: the first member whose key is not less than it.
    private func position(of key: String) -> Int {
        var low = 0, high = members.count
        while low < high {
            let middle = (low + high) / 2
            if members[middle].key < key { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension JSONObject: Sequence {
    /// The members as `(key, value)` pairs, in the order they are written.
    public func makeIterator() -> some IteratorProtocol<(key: String, value: JSON)> {
        members.lazy.map { (key: $0.key, value: $0.value) }.makeIterator()
    }

    public var underestimatedCount: Int { members.count }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// The members written, in any order; of a repeated key, the last is kept.
    public init(dictionaryLiteral elements: (String, JSON)...) {
        self.init(literal: elements)
    }

    /// The members of a dictionary literal (``JSON`` is written as one too).
    init(literal elements: [(String, JSON)]) {
        var sorted = elements.map { Member($0.0, $0.1) }
        Self.sortKeepingLast(&sorted)
        members = sorted
    }
}
