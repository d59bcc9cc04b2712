/// Text an emitter wrote, handed over whole from its buffer (``TextBuffer/finish()``): UTF-8 bytes that no
/// longer change. A generated file keeps its text this way, so that it is written out as the bytes it is,
/// without first being made a `String`, which costs a copy and a look at every byte.
///
/// It is `@unchecked Sendable` because its bytes are written once, before ``init(takingOver:count:)``
/// returns, and only read after that.
public final class WrittenText: @unchecked Sendable {
    private let base: UnsafeMutablePointer<UInt8>
    /// The number of bytes.
    public let count: Int

    /// Takes over the `count` bytes at `base`, which `UnsafeMutablePointer.allocate` made; they are freed
    /// with the text.
    public init(takingOver base: UnsafeMutablePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    /// The bytes of `text`, copied.
    public convenience init(_ text: String) {
        var text = text
        let count = text.utf8.count
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
        text.withUTF8 { bytes in
            if let source = bytes.baseAddress { base.initialize(from: source, count: count) }
        }
        self.init(takingOver: base, count: count)
    }

    deinit { base.deallocate() }

    /// Calls `body` with the bytes.
    public func withBytes<Result, Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The text as a `String`; bytes that are not UTF-8 are repaired, as ``TextBuffer/text`` repairs them.
    public var string: String { TextBuffer.decode(UnsafeBufferPointer(start: base, count: count)) }
}
