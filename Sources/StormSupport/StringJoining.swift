extension String {
    /// `parts` one after another, made in one allocation.
    ///
    /// Generators build names and references for every event of a model (`<domain>.<context>.<Event>.v1`,
    /// `#/components/schemas/<Name>`); `a + b + c` makes a string per `+`, and `append` checks the buffer's
    /// room and uniqueness for every part, some three hundred instructions each. This counts the bytes
    /// once, gathers them and makes the string of them. It is inlinable, so that it is specialized for
    /// its callers in other modules rather than called through the module's interface. Two to five parts
    /// have forms of their own, which need no array of the parts.
    @inlinable @inline(__always)
    public init(joining parts: String...) {
        self = String(gathering: parts.reduce(0) { $0 + $1.utf8.count }) { bytes in
            for part in parts { bytes.append(part) }
        }
    }

    /// `a` and `b` joined, as ``init(joining:)-(String...)`` joins them.
    @inlinable @inline(__always)
    public init(joining a: String, _ b: String) {
        self = String(gathering: a.utf8.count + b.utf8.count) { $0.append(a); $0.append(b) }
    }

    /// `a`, `b` and `c` joined, as ``init(joining:)-(String...)`` joins them.
    @inlinable @inline(__always)
    public init(joining a: String, _ b: String, _ c: String) {
        self = String(gathering: a.utf8.count + b.utf8.count + c.utf8.count) { $0.append(a); $0.append(b); $0.append(c) }
    }

    /// `a` to `d` joined, as ``init(joining:)-(String...)`` joins them.
    @inlinable @inline(__always)
    public init(joining a: String, _ b: String, _ c: String, _ d: String) {
        self = String(gathering: a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count) { bytes in
            bytes.append(a); bytes.append(b); bytes.append(c); bytes.append(d)
        }
    }

    /// `a` to `e` joined, as ``init(joining:)-(String...)`` joins them.
    @inlinable @inline(__always)
    public init(joining a: String, _ b: String, _ c: String, _ d: String, _ e: String) {
        self = String(gathering: a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count) { bytes in
            bytes.append(a); bytes.append(b); bytes.append(c); bytes.append(d); bytes.append(e)
        }
    }

    /// The `count` bytes that `fill` gathers, as a string. They are gathered in scratch memory (on the stack,
    /// for a short result) and copied into the string once: `String(unsafeUninitializedCapacity:)` would
    /// fill a heap buffer of its own and then copy it again.
    @inlinable @inline(__always)
    init(gathering count: Int, _ fill: (inout GatheredBytes) -> Void) {
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            var bytes = GatheredBytes(buffer)
            fill(&bytes)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<bytes.count]), as: UTF8.self)
        }
    }
}

/// The scratch memory that ``Swift/String/init(joining:)-(String...)`` gathers its parts' bytes in.
@usableFromInline
struct GatheredBytes {
    @usableFromInline let buffer: UnsafeMutableBufferPointer<UInt8>
    /// The bytes gathered so far.
    @usableFromInline var count = 0

    @inlinable @inline(__always)
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    /// Appends `part`'s bytes; the buffer has room for them.
    @inlinable @inline(__always)
    mutating func append(_ part: String) {
        var part = part
        part.withUTF8 { bytes in
            guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
            (target + count).initialize(from: source, count: bytes.count)
            count += bytes.count
        }
    }
}
