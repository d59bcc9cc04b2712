import StormSource

/// Where a finding points, in the coordinates that reports and SARIF use.
struct FindingPlace {
    var path: String
    var line: Int
    /// 1-based, in Unicode code points (SARIF `columnKind: unicodeCodePoints`).
    var column: Int
    var endLine: Int
    /// 1-based and exclusive, in Unicode code points.
    var endColumn: Int

    init(_ range: SourceRange, in sources: SourceManager) {
        let file = sources[range.file]
        path = file.path
        (line, column) = FindingPlace.codePointPosition(of: range.start, in: file)
        (endLine, endColumn) = FindingPlace.codePointPosition(of: range.end, in: file)
    }

    /// Line and code-point column of a byte offset.
    static func codePointPosition(of offset: Int, in file: SourceFile) -> (Int, Int) {
        let (line, byteColumn) = file.lineAndColumn(of: offset)
        let start = file.lineStarts[line - 1]
        let prefix = file.bytes[start..<(start + byteColumn - 1)]
        return (line, String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1)
    }
}
