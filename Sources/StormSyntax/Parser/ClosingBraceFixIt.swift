import StormDiagnostics
import StormSource

extension Parser {
    /// The fix-it of `unclosed-block`: a `}` after the block's last member, on the same line for a block
    /// written on one line, else on a line of its own indented like the line that opened the block (its
    /// blanks copied; `openIndent` spaces when the `{` was guessed).
    func closingBraceFixIt(opening: Token?, openIndent: Int) -> FixIt {
        let bytes = file.bytes
        // After the last text before the current token: trailing blank lines stay after the new `}`.
        var end = min(Int(current.start), bytes.count)
        while end > 0, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[end - 1]) { end -= 1 }
        var indent = String(repeating: " ", count: openIndent)
        if let opening {
            var lineStart = Int(opening.start)
            while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            var blanksEnd = lineStart
            while blanksEnd < bytes.count, bytes[blanksEnd] == UInt8(ascii: " ") || bytes[blanksEnd] == UInt8(ascii: "\t") { blanksEnd += 1 }
            indent = String(decoding: bytes[lineStart..<blanksEnd], as: UTF8.self)
        }
        let place = SourceRange(file: fileID, start: end, end: end)
        if let opening, Int(opening.end) <= end, !bytes[Int(opening.end)..<end].contains(UInt8(ascii: "\n")) {
            return FixIt("insert `}`", edits: [TextEdit(range: place, replacement: " }")])
        }
        return FixIt("insert `}`", edits: [TextEdit(range: place, replacement: "\n\(indent)}")])
    }
}
