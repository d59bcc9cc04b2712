/// A growing buffer of UTF-8 bytes that the text emitters (``JSON``, ``YAML``) write into: appending a
/// string copies its bytes, indentation is copied from a run of spaces, and the text becomes one `String`
/// at the end. Building a document this way costs a copy per piece, where appending to a `String` piece
/// by piece and joining lines cost an allocation or a Unicode check each.
public struct TextBuffer: Sendable {
    /// The bytes written so far.
    public internal(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    public mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte (an ASCII character).
    @inline(__always)
    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `count` spaces.
    public mutating func appendSpaces(_ count: Int) {
        var left = count
        while left > 0 {
            let piece = min(left, Self.spaces.utf8CodeUnitCount)
            bytes.append(contentsOf: UnsafeBufferPointer(start: Self.spaces.utf8Start, count: piece))
            left -= piece
        }
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    private static let spaces: StaticString = "                                                                "

    /// Appends the decimal digits of `value`.
    public mutating func append(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The digits, last first, into a small buffer on the stack; Int.min's magnitude fits a UInt.
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            repeat {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    /// Appends `\u` and the four hex digits of `value` (below 0x10000), in the case asked for.
    mutating func appendUnicodeEscape(_ value: UInt32, uppercase: Bool) {
        let digits: StaticString = uppercase ? "0123456789ABCDEF" : "0123456789abcdef"
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(digits.utf8Start[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
