extension String {
    /// `parts` one after another, made in one allocation.
    ///
    /// Generators build names and references for every event of a model (`<domain>.<context>.<Event>.v1`,
    /// `#/components/schemas/<Name>`); `a + b + c` makes a string per `+`, and `append` checks the buffer's
    /// room and uniqueness for every part, some three hundred instructions each. This counts the bytes
    /// once, gathers them and makes the string of them. It is inlinable, so that it is specialized for
    /// its callers in other modules rather than called through the module's interface.
    @inlinable
    public init(joining parts: String...) {
        var count = 0
        for part in parts { count += part.utf8.count }
        // The bytes are gathered in scratch memory (on the stack, for a short result) and copied into the
        // string once: `String(unsafeUninitializedCapacity:)` would fill a heap buffer of its own and then
        // copy it again.
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            var written = 0
            for var part in parts {
                part.withUTF8 { bytes in
                    guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
                    (target + written).initialize(from: source, count: bytes.count)
                    written += bytes.count
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<written]), as: UTF8.self)
        }
    }
}
