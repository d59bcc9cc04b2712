import StormSource
import StormSupport

/// How the `character` of an LSP position counts: UTF-16 code units (the default) or UTF-8 bytes,
/// chosen at `initialize` from what the client offers.
enum PositionEncoding: String, Sendable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"
}

/// A place in a document: 0-based line and character.
struct Position: Sendable, Hashable {
    var line: Int
    var character: Int

    init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    /// Reads `{"line": …, "character": …}`.
    init(_ json: JSON?) throws(ResponseError) {
        guard let line = json?["line"]?.intValue, let character = json?["character"]?.intValue, line >= 0, character >= 0 else {
            throw .invalidParams("a position needs non-negative `line` and `character`")
        }
        self.init(line: line, character: character)
    }

    var json: JSON { ["line": .integer(line), "character": .integer(character)] }
}

/// Conversions between byte offsets of a ``SourceFile`` and LSP positions.
struct PositionConverter: Sendable {
    var encoding: PositionEncoding

    /// The position of a byte offset.
    func position(of offset: Int, in file: SourceFile) -> Position {
        let (line, column) = file.lineAndColumn(of: offset)
        let lineStart = file.lineStarts[line - 1]
        switch encoding {
        case .utf8:
            return Position(line: line - 1, character: column - 1)
        case .utf16:
            let prefix = file.bytes[lineStart..<lineStart + column - 1]
            return Position(line: line - 1, character: String(decoding: prefix, as: UTF8.self).utf16.count)
        }
    }

    /// The byte offset of a position; a character past the line's end gives the line's end, a line past
    /// the file's end gives the file's end (as LSP asks).
    func offset(of position: Position, in file: SourceFile) -> Int {
        let lineStarts = file.lineStarts
        guard position.line < lineStarts.count else { return file.bytes.count }
        let lineStart = lineStarts[position.line]
        var lineEnd = position.line + 1 < lineStarts.count ? lineStarts[position.line + 1] - 1 : file.bytes.count
        if lineEnd > lineStart, file.bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        switch encoding {
        case .utf8:
            var offset = min(lineStart + position.character, lineEnd)
            while offset > lineStart, offset < file.bytes.count, file.bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            return offset
        case .utf16:
            var units = 0
            var offset = lineStart
            while offset < lineEnd, units < position.character {
                let lead = file.bytes[offset]
                let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                units += length == 4 ? 2 : 1
                offset = min(offset + length, lineEnd)
            }
            return offset
        }
    }

    /// The LSP range `{start, end}` of a source range.
    func range(_ range: SourceRange, in file: SourceFile) -> JSON {
        ["start": position(of: range.start, in: file).json, "end": position(of: range.end, in: file).json]
    }

    /// The byte range of an LSP range.
    func offsets(of range: JSON?, in file: SourceFile) throws(ResponseError) -> (start: Int, end: Int) {
        let start = offset(of: try Position(range?["start"]), in: file)
        let end = offset(of: try Position(range?["end"]), in: file)
        return (start, max(start, end))
    }
}
