import Foundation

/// One `.storm` file as read from disk: its path, its bytes and a table of where each line starts.
///
/// Locations throughout Storm are byte offsets into `bytes`; line and column are computed from the
/// line table only when a diagnostic is printed, and the table itself is made only then.
public struct SourceFile: Sendable {
    /// The path the file was read from, as given by the user (used verbatim in diagnostics).
    public let path: String
    /// The file's contents, exactly as read (a byte-order mark and CR line ends included).
    public let bytes: [UInt8]
    /// The line table, shared by the file's copies and made the first time it is asked for.
    private let lines = LazyLineStarts()

    /// Byte offset of the first byte of every line; the first entry is always 0.
    public var lineStarts: LineStarts { lines.table(of: bytes) }

    /// Creates a source file from its path and contents.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text (convenient in tests and for generated input).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The 1-based line and column of a byte offset; the column counts UTF-8 bytes, as compilers do.
    public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let lineStarts = lineStarts
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        return (low + 1, clamped - lineStarts[low] + 1)
    }

    /// The bytes of the 1-based line `number`, without its line terminator (`\n` or `\r\n`).
    public func lineBytes(_ number: Int) -> ArraySlice<UInt8> {
        let lineStarts = lineStarts
        guard number >= 1, number <= lineStarts.count else { return [] }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    /// The text between two byte offsets, decoded leniently (invalid UTF-8 becomes U+FFFD).
    public func text(from start: Int, to end: Int) -> String {
        let lower = max(0, min(start, bytes.count))
        let upper = max(lower, min(end, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}

/// A file's line table, made once, the first time any copy of the file asks: a model that checks without
/// a diagnostic never needs it, and the table is 400 KB every 100,000 lines.
private final class LazyLineStarts: @unchecked Sendable {
    // The table is written once, under the lock; generators running at once may ask together.
    private let lock = NSLock()
    private var made: LineStarts?

    /// The table of `bytes`, which are the file's: made on the first call, the same one after.
    func table(of bytes: [UInt8]) -> LineStarts {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let table = LineStarts(of: bytes)
        made = table
        return table
    }
}
