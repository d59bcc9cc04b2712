/// Where each line of a file starts, as byte offsets, kept in 32 bits (offsets are 32-bit throughout
/// Storm): a large model has millions of lines, and 64-bit offsets doubled the table.
public struct LineStarts: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    private var offsets: [UInt32]

    /// The lines of `bytes`: 0, then the offset after every `\n`.
    ///
    /// Every file is read this way when it is loaded, so the bytes are looked at eight at a time: the line
    /// breaks are counted first, a word at a time, so the table is allocated once at its size; then each is
    /// found in the words that hold any.
    init(of bytes: [UInt8]) {
        offsets = bytes.withUnsafeBufferPointer { buffer in
            var lines = 1
            Self.forEachWord(of: buffer) { _, breaks in lines += breaks.nonzeroBitCount }
            return [UInt32](unsafeUninitializedCapacity: lines) { table, count in
                table[0] = 0
                count = 1
                Self.forEachWord(of: buffer) { start, breaks in
                    var left = breaks
                    while left != 0 {
                        // The high bit of byte k is bit 8k + 7: the break is byte k of the word.
                        table[count] = UInt32(truncatingIfNeeded: start + left.trailingZeroBitCount / 8 + 1)
                        count += 1
                        left &= left &- 1
                    }
                }
            }
        }
    }

    /// Calls `body` with the offset of every eight bytes of `bytes` (the last ones fewer) and a word whose byte
    /// `k` has its high bit set exactly when byte `k` there is `\n`; words without a line break are skipped.
    @inline(__always)
    private static func forEachWord(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, UInt64) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var start = 0
        while start + 8 <= count {
            let breaks = lineBreaks(in: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            if breaks != 0 { body(start, breaks) }
            start += 8
        }
        if start < count {
            // The last few bytes, filled out with zeros, which are no line break.
            var word: UInt64 = 0
            for index in start..<count { word |= UInt64(base[index]) << UInt64(8 * (index - start)) }
            let breaks = lineBreaks(in: word)
            if breaks != 0 { body(start, breaks) }
        }
    }

    /// The high bit of every byte of `word` that is `\n` (exactly those: no carry crosses a byte).
    @inline(__always)
    private static func lineBreaks(in word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let other = word ^ 0x0A0A_0A0A_0A0A_0A0A
        // A byte of `other` is zero exactly at a `\n`: its high bit stays clear after adding 0x7F to its low seven bits.
        return ~((other & low7) &+ low7 | other) & ~low7
    }

    public init(arrayLiteral elements: Int...) { offsets = elements.map { UInt32(truncatingIfNeeded: $0) } }

    public var startIndex: Int { 0 }
    public var endIndex: Int { offsets.count }
    public subscript(position: Int) -> Int { Int(offsets[position]) }
}
