import StormSource

/// The part of a source line a diagnostic shows: the whole line when it is short, else a window around
/// the highlighted range with `…` where the line was cut, as rustc shows long lines. The window keeps
/// rendering a diagnostic cheap however long its line is.
public struct Snippet: Sendable, Hashable {
    /// The widest window, in bytes of source, shown of a long line.
    public static let maximumWidth = 200
    /// How much of the line before the highlight a window keeps, in bytes.
    public static let leadingContext = 60
    /// The mark at a cut end.
    public static let ellipsis = "…"

    /// The 1-based line number.
    public let line: Int
    /// The byte offsets in the file of the shown part of the line (without the `…` marks).
    public let start: Int
    public let end: Int
    /// Whether the line goes on before `start`, and after `end`.
    public let cutBefore: Bool
    public let cutAfter: Bool

    /// The snippet of the line where `range` starts.
    public init(of range: SourceRange, in file: SourceFile) {
        self.init(of: range, line: file.lineAndColumn(of: range.start).line, in: file)
    }

    /// The snippet of `line`, the line where `range` starts, for a caller that has already looked it up.
    init(of range: SourceRange, line: Int, in file: SourceFile) {
        let bytes = file.lineBytes(line)
        let (lineStart, lineEnd) = (bytes.startIndex, bytes.endIndex)
        self.line = line
        guard lineEnd - lineStart > Self.maximumWidth else {
            (start, end, cutBefore, cutAfter) = (lineStart, lineEnd, false, false)
            return
        }
        var from = max(lineStart, min(range.start, lineEnd) - Self.leadingContext)
        var to = min(lineEnd, from + Self.maximumWidth)
        if to == lineEnd { from = max(lineStart, to - Self.maximumWidth) }
        // Never split a character: move both ends off UTF-8 continuation bytes.
        while from > lineStart, from < lineEnd, file.bytes[from] & 0xC0 == 0x80 { from -= 1 }
        while to < lineEnd, to > from, file.bytes[to] & 0xC0 == 0x80 { to -= 1 }
        (start, end, cutBefore, cutAfter) = (from, to, from > lineStart, to < lineEnd)
    }

    /// The shown text, with `…` at each cut end.
    public func text(in file: SourceFile) -> String {
        (cutBefore ? Self.ellipsis : "") + String(decoding: file.bytes[start..<end], as: UTF8.self) + (cutAfter ? Self.ellipsis : "")
    }

    /// Where `range` falls in ``text(in:)``: 1-based byte columns, the end exclusive, clamped to the
    /// shown part (an empty range at the end of the text when it lies outside).
    public func columns(of range: SourceRange) -> (start: Int, end: Int) {
        let shift = (cutBefore ? Self.ellipsis.utf8.count : 0) - start + 1
        let from = max(start, min(range.start, end))
        let to = max(from, min(range.end, end))
        return (from + shift, to + shift)
    }
}
