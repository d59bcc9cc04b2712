/// The files that make up one model, in a fixed order, so every range can be turned into a location.
public struct SourceManager: Sendable {
    /// The files, in the order they were added; ``FileID/index`` indexes this array.
    public private(set) var files: [SourceFile] = []

    /// Creates an empty manager.
    public init() {}

    /// Creates a manager holding `files` in the given order.
    public init(files: [SourceFile]) { self.files = files }

    /// Adds a file and returns its identifier.
    @discardableResult
    public mutating func add(_ file: SourceFile) -> FileID {
        files.append(file)
        return FileID(files.count - 1)
    }

    /// The file with the given identifier.
    public subscript(id: FileID) -> SourceFile { files[id.index] }

    /// All file identifiers, in order.
    public var ids: [FileID] { files.indices.map(FileID.init) }

    /// Line and column of both ends of `range`.
    public func location(of range: SourceRange) -> SourceLocation {
        let file = self[range.file]
        let start = file.lineAndColumn(of: range.start)
        let end = file.lineAndColumn(of: range.end)
        return SourceLocation(path: file.path, line: start.line, column: start.column,
                              endLine: end.line, endColumn: end.column)
    }
}
