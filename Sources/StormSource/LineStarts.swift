/// Where each line of a file starts, as byte offsets, kept in 32 bits (offsets are 32-bit throughout
/// Storm): a large model has millions of lines, and 64-bit offsets doubled the table.
public struct LineStarts: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    private var offsets: [UInt32]

    /// The lines of `bytes`: 0, then the offset after every `\n`.
    init(of bytes: [UInt8]) {
        var offsets: [UInt32] = [0]
        bytes.withUnsafeBufferPointer { buffer in
            // Counted first, so the table is allocated once at its size.
            var lines = 1
            for byte in buffer where byte == UInt8(ascii: "\n") { lines += 1 }
            offsets.reserveCapacity(lines)
            for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") {
                offsets.append(UInt32(truncatingIfNeeded: index + 1))
            }
        }
        self.offsets = offsets
    }

    public init(arrayLiteral elements: Int...) { offsets = elements.map { UInt32(truncatingIfNeeded: $0) } }

    public var startIndex: Int { 0 }
    public var endIndex: Int { offsets.count }
    public subscript(position: Int) -> Int { Int(offsets[position]) }
}
