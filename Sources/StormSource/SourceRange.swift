/// Identifies one file of a ``SourceManager``; stable for the manager's lifetime.
public struct FileID: Hashable, Sendable, Comparable {
    private let storage: UInt32
    /// The file's index in ``SourceManager/files``.
    public var index: Int { Int(storage) }

    /// Creates an identifier for the file at `index`.
    public init(_ index: Int) { storage = UInt32(truncatingIfNeeded: index) }

    public static func < (lhs: FileID, rhs: FileID) -> Bool { lhs.index < rhs.index }
}

/// A half-open range of bytes in one source file.
///
/// Stored in twelve bytes (files are at most 4 GiB), because every node of a large model carries one.
public struct SourceRange: Hashable, Sendable {
    /// The file the range lies in.
    public var file: FileID
    private var startOffset: UInt32
    private var endOffset: UInt32

    /// Offset of the first byte.
    public var start: Int {
        get { Int(startOffset) }
        set { startOffset = UInt32(clamping: newValue) }
    }

    /// Offset one past the last byte; equal to `start` for an empty range (a point).
    public var end: Int {
        get { Int(endOffset) }
        set { endOffset = UInt32(clamping: newValue) }
    }

    /// Creates a range; `end` is raised to `start` if it lies before it.
    public init(file: FileID, start: Int, end: Int) {
        self.file = file
        startOffset = UInt32(clamping: start)
        endOffset = UInt32(clamping: max(start, end))
    }

    /// The smallest range covering both `self` and `other` (which must be in the same file).
    public func extended(to other: SourceRange) -> SourceRange {
        SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
    }
}

/// A range resolved to human coordinates, for printing.
public struct SourceLocation: Hashable, Sendable, Codable {
    /// The file's path as given by the user.
    public var path: String
    /// 1-based line of the range's start.
    public var line: Int
    /// 1-based column (in UTF-8 bytes) of the range's start.
    public var column: Int
    /// 1-based line of the range's end.
    public var endLine: Int
    /// 1-based column of the range's end (exclusive).
    public var endColumn: Int
}
