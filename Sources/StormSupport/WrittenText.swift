#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text an emitter wrote, handed over whole from its buffer (``TextBuffer/finish()``): UTF-8 bytes that no
/// longer change. A generated file keeps its text this way, so that it is written out as the bytes it is,
/// without first being made a `String`, which costs a copy and a look at every byte.
///
/// It is `@unchecked Sendable` because its bytes are written once, before ``init(takingOver:count:capacity:)``
/// returns, and only read after that.
public final class WrittenText: @unchecked Sendable {
    private let base: UnsafeMutablePointer<UInt8>
    /// The number of bytes.
    public let count: Int

    /// Takes over the `count` bytes at `base`, in memory of `capacity` bytes that `malloc` gave; they are
    /// freed with the text. A buffer grows by doubling, so it can be nearly twice the size of its text, and
    /// a small one starts at kilobytes: memory more than a sixteenth larger than the text is cut to its size
    /// (`realloc`, which gives the rest back where it is), since a generator holds thousands of files at once.
    public init(takingOver base: UnsafeMutablePointer<UInt8>, count: Int, capacity: Int) {
        self.base = capacity - count > count / 16 ? realloc(base, max(count, 1))!.assumingMemoryBound(to: UInt8.self) : base
        self.count = count
    }

    /// The bytes of `text`, copied.
    public convenience init(_ text: String) {
        var text = text
        let count = text.utf8.count
        let base = malloc(max(count, 1))!.assumingMemoryBound(to: UInt8.self)
        text.withUTF8 { bytes in
            if let source = bytes.baseAddress { base.initialize(from: source, count: count) }
        }
        self.init(takingOver: base, count: count, capacity: max(count, 1))
    }

    deinit { free(base) }

    /// Calls `body` with the bytes.
    public func withBytes<Result, Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The text as a `String`; bytes that are not UTF-8 are repaired, as ``TextBuffer/text`` repairs them.
    public var string: String { TextBuffer.decode(UnsafeBufferPointer(start: base, count: count)) }
}
