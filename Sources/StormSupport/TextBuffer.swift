#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growing buffer of UTF-8 bytes that the text emitters (``JSON``, ``YAML``) write into: appending a
/// string copies its bytes, indentation is copied from a run of spaces, and the text becomes one `String`
/// at the end (``text``), or is handed over as bytes (``finish()``). Building a document this way costs a
/// copy per piece, where appending to a `String` piece by piece and joining lines cost an allocation or a
/// Unicode check each.
///
/// The bytes live in memory the buffer owns rather than in an `Array`: an emitter appends millions of short
/// runs (a key, a comma, an indentation), and an array's general `append(contentsOf:)` cost a hundred
/// instructions each. A buffer cannot be copied (it is `~Copyable`), so appending needs no check for a
/// shared copy; it is passed `inout` and read with ``text``.
public struct TextBuffer: ~Copyable, @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    /// The number of bytes written so far.
    public private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    /// The text written so far; bytes that are not UTF-8 are repaired as `String(decoding:as:)` repairs them.
    ///
    /// The standard library copies ASCII eight bytes at a time, but checks a whole text byte by byte once
    /// it has met one character that is not ASCII, some twenty instructions a byte: a large diagram whose
    /// title holds a `·` cost that for every byte. So a long text is looked at in pieces of 4 KiB, cut
    /// just before an ASCII byte so that no character is split and each piece repairs as the whole does:
    /// a piece that is not all ASCII is decoded on its own, and the runs of ASCII pieces between them whole.
    public var text: String { Self.decode(UnsafeBufferPointer(start: base, count: count)) }

    /// Hands the bytes written over, without copying them, as text that no longer changes.
    public consuming func finish() -> WrittenText {
        let text = WrittenText(takingOver: base, count: count, capacity: capacity)
        discard self
        return text
    }

    /// `bytes` as a `String`, decoded as ``text`` says.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        guard count > Self.pieceSize else { return String(decoding: bytes, as: UTF8.self) }
        var text = ""
        // Where the bytes not yet decoded start: a run of ASCII pieces, so far.
        var decoded = 0
        var start = 0
        while start < count {
            var end = min(start + Self.pieceSize, count)
            while end < count, bytes[end] >= 0x80 { end += 1 }
            if !Self.isASCII(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                if decoded == 0 { text.reserveCapacity(count) }
                if decoded < start { text.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[decoded..<start]), as: UTF8.self)) }
                text.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                decoded = end
            }
            start = end
        }
        if decoded == 0 { return String(decoding: bytes, as: UTF8.self) }
        if decoded < count { text.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[decoded...]), as: UTF8.self)) }
        return text
    }

    /// The bytes ``text`` looks at a time.
    static let pieceSize = 1 << 12

    /// Whether every byte of `bytes` is ASCII, thirty-two at a time (a third of an instruction a byte).
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var high: UInt64 = 0
        var index = 0
        while index + 32 <= bytes.count {
            let words = UnsafeRawPointer(base + index)
            high |= words.loadUnaligned(as: UInt64.self) | words.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                | words.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | words.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            index += 32
        }
        while index < bytes.count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// Room for `extra` more bytes at the end: where they go. They are part of the text once
    /// ``didWrite(_:)`` counts them, so an emitter that judges and copies text in one pass writes it here,
    /// without a copy in between, and gives up by not counting it.
    @inline(__always)
    mutating func end(makingRoomFor extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count + extra > capacity { grow(toHold: count + extra) }
        return base + count
    }

    /// Grows the memory to at least twice the size, and at least `needed` bytes, keeping the bytes.
    @inline(never)
    private mutating func grow(toHold needed: Int) {
        capacity = max(capacity * 2, needed)
        base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    /// Appends `bytes`.
    @inline(__always)
    public mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        end(makingRoomFor: bytes.count).initialize(from: source, count: bytes.count)
        count += bytes.count
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

    /// Counts the `written` bytes at ``end(makingRoomFor:)`` as part of the text.
    @inline(__always)
    mutating func didWrite(_ written: Int) {
        count += written
    }

    /// Appends one byte (an ASCII character).
    @inline(__always)
    public mutating func append(byte: UInt8) {
        end(makingRoomFor: 1).initialize(to: byte)
        count += 1
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
        count = 0
    }

    /// Removes the last `count` bytes written (at most all of them).
    public mutating func removeLast(_ count: Int) {
        self.count -= min(max(count, 0), self.count)
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
