import StormModel

/// Values by name (or by reference to a declaration), looked up through a cheap hash of the names'
/// UTF-8 bytes.
///
/// The Swift generator looks up the name of every declaration and field of a model, some several times,
/// and the Mermaid renderer the ID of every node of a big picture. `Dictionary` and `Set` hash strings with
/// SipHash and a per-process seed, which cost more than the rest of a lookup put together; names are short
/// and come from the model, so a multiplicative hash of their bytes does as well here. Open addressing
/// with linear probing; the table never shrinks.
struct NameTable<Key: NameKey, Value> {
    fileprivate struct Slot {
        /// The key's hash, never 0; 0 marks a free slot.
        var hash: UInt64
        var key: Key?
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    /// How many keys the table holds.
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(hash: 0, key: nil, value: nil), count: size)
        mask = size - 1
    }

    /// A table of `entries`; a later entry of a key replaces an earlier one.
    init<S: Sequence>(_ entries: S) where S.Element == (Key, Value) {
        self.init(capacity: entries.underestimatedCount)
        for (key, value) in entries { updateValue(value, forKey: key) }
    }

    /// The value of `key`, if the table has it.
    subscript(key: Key) -> Value? {
        slots[find(key, key.nameHash)].value
    }

    /// Whether the table has `key`.
    func contains(_ key: Key) -> Bool { slots[find(key, key.nameHash)].hash != 0 }

    /// The keys in the table, in no particular order.
    var keys: [Key] { slots.compactMap(\.key) }

    /// Sets the value of `key`; returns the value it replaces, if any.
    @discardableResult
    mutating func updateValue(_ value: Value, forKey key: Key) -> Value? {
        if (count + 1) * 2 > slots.count { grow() }
        let hash = key.nameHash
        let index = find(key, hash)
        if slots[index].hash != 0 {
            defer { slots[index].value = value }
            return slots[index].value
        }
        slots[index] = Slot(hash: hash, key: key, value: value)
        count += 1
        return nil
    }

    /// The slot holding `key`, or the free slot where it belongs.
    private func find(_ key: Key, _ hash: UInt64) -> Int {
        var index = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[index].hash != 0, slots[index].hash != hash || slots[index].key != key {
            index = (index + 1) & mask
        }
        return index
    }

    private mutating func grow() {
        var larger = NameTable(capacity: slots.count)
        for slot in slots {
            if let key = slot.key, let value = slot.value { larger.updateValue(value, forKey: key) }
        }
        self = larger
    }
}

extension NameTable: Sendable where Key: Sendable, Value: Sendable {}
extension NameTable.Slot: Sendable where Key: Sendable, Value: Sendable {}

/// Names, looked up as in ``NameTable``.
typealias NameSet = NameTable<String, Void>

extension NameTable where Value == Void {
    /// A set of names.
    init<S: Sequence>(names: S) where S.Element == Key {
        self.init(names.lazy.map { ($0, ()) })
    }

    /// Adds `key`; returns whether it was new.
    @discardableResult
    mutating func insert(_ key: Key) -> Bool { updateValue((), forKey: key) == nil }
}

/// What a ``NameTable`` is keyed by: names, and references to declarations.
protocol NameKey: Equatable {
    /// A hash of the key's UTF-8 bytes; never 0.
    var nameHash: UInt64 { get }
}

extension String: NameKey {
    var nameHash: UInt64 {
        let hash = utf8.withContiguousStorageIfAvailable(NameHash.of) ?? Array(utf8).withUnsafeBufferPointer(NameHash.of)
        return hash == 0 ? 1 : hash
    }
}

extension SymbolReference: NameKey {
    var nameHash: UInt64 {
        let hash = NameHash.mix(context.nameHash &* 31 ^ name.nameHash)
        return hash == 0 ? 1 : hash
    }
}

/// The hash of ``NameKey``: bytes eight at a time, each word mixed in by multiplication.
private enum NameHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9E37_79B9_7F4A_7C15 &* UInt64(bytes.count &+ 1)
        guard let start = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(start)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        return mix(hash ^ tail)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var mixed = value &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 32
        mixed = mixed &* 0xC4CE_B9FE_1A85_EC53
        return mixed ^ (mixed >> 29)
    }
}
