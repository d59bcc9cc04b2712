/// A growing buffer of UTF-8 bytes that the text emitters (``JSON``, ``YAML``) write into: appending a
/// string copies its bytes, indentation is copied from a run of spaces, and the text becomes one `String`
/// at the end. Building a document this way costs a copy per piece, where appending to a `String` piece
/// by piece and joining lines cost an allocation or a Unicode check each.
///
/// The bytes live in memory of its own rather than in an `Array`: an emitter appends millions of short
/// runs (a key, a comma, an indentation), and an array's general `append(contentsOf:)` cost a hundred
/// instructions each. A copy of a buffer shares the bytes until either is written to.
public struct TextBuffer: @unchecked Sendable {
    /// The bytes and how many are written; shared between copies until one of them writes.
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        func copy() -> Storage {
            let copy = Storage(capacity: capacity)
            copy.base.initialize(from: base, count: count)
            copy.count = count
            return copy
        }
    }

    private var storage: Storage

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 1024) {
        storage = Storage(capacity: capacity)
    }

    /// The number of bytes written so far.
    public var count: Int { storage.count }

    /// The text written so far.
    public var text: String { String(decoding: UnsafeBufferPointer(start: storage.base, count: storage.count), as: UTF8.self) }

    /// Room for `extra` more bytes, at the end of bytes this buffer alone holds: where they go.
    @inline(__always)
    private mutating func end(makingRoomFor extra: Int) -> UnsafeMutablePointer<UInt8> {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        if storage.count + extra > storage.capacity { grow(toHold: storage.count + extra) }
        return storage.base + storage.count
    }

    /// Moves the bytes to memory of at least twice the size, and at least `needed` bytes.
    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let capacity = max(storage.capacity * 2, needed)
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        base.moveInitialize(from: storage.base, count: storage.count)
        storage.base.deallocate()
        storage.base = base
        storage.capacity = capacity
    }

    /// Appends `bytes`.
    @inline(__always)
    public mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        end(makingRoomFor: bytes.count).initialize(from: source, count: bytes.count)
        storage.count += bytes.count
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    public mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    /// Appends one byte (an ASCII character).
    @inline(__always)
    public mutating func append(byte: UInt8) {
        end(makingRoomFor: 1).initialize(to: byte)
        storage.count += 1
    }

    /// Appends `count` spaces.
    public mutating func appendSpaces(_ count: Int) {
        var left = count
        while left > 0 {
            let piece = min(left, Self.spaces.utf8CodeUnitCount)
            append(bytes: UnsafeBufferPointer(start: Self.spaces.utf8Start, count: piece))
            left -= piece
        }
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func removeAll() {
        if isKnownUniquelyReferenced(&storage) {
            storage.count = 0
        } else {
            storage = Storage(capacity: storage.capacity)
        }
    }

    private static let spaces: StaticString = "                                                                "

    /// Appends the decimal digits of `value`.
    public mutating func append(_ value: Int) {
        if value < 0 { append(byte: UInt8(ascii: "-")) }
        // The digits, last first, into a small buffer on the stack; Int.min's magnitude fits a UInt.
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            repeat {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            append(bytes: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    /// Appends `\u` and the four hex digits of `value` (below 0x10000), in the case asked for.
    mutating func appendUnicodeEscape(_ value: UInt32, uppercase: Bool) {
        let digits: StaticString = uppercase ? "0123456789ABCDEF" : "0123456789abcdef"
        append(byte: UInt8(ascii: "\\"))
        append(byte: UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            append(byte: digits.utf8Start[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
