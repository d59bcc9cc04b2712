/// Where the author left blank lines, read from the source bytes.
extension FormatWriter {
    /// Where the author left blank lines above a declaration.
    struct Gap {
        /// A blank line above the declaration and its comments.
        var blankLineBefore = false
        /// A blank line between its last plain comment and what follows (the gap after a licence header).
        var blankLineAfterComments = false
    }

    /// Reads the lines above the declaration starting at `start` that hold only comments or nothing, up to
    /// the previous line with anything else on it.
    func authorsGap(before start: Int) -> Gap {
        let bytes = source.bytes
        // Back to the line's start over whitespace only: a declaration after others on its line (a
        // field of a long one-line record) stops at once, so no line is scanned once per declaration.
        var lineStart = min(start, bytes.count)
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") {
            guard FormatWriter.isWhitespace(bytes[lineStart - 1]) else { return Gap() }
            lineStart -= 1
        }
        // Bottom up: the kinds of the lines above the declaration.
        var kinds: [LineKind] = []
        var lineEnd = lineStart - 1
        while lineEnd >= 0 {
            var first = lineEnd
            while first > 0, bytes[first - 1] != UInt8(ascii: "\n") { first -= 1 }
            let previousLineEnd = first - 1
            if first == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { first = 3 }
            while first < lineEnd, FormatWriter.isWhitespace(bytes[first]) { first += 1 }
            let kind = lineKind(bytes, from: first, to: lineEnd)
            if kind == .other { break }
            kinds.append(kind)
            lineEnd = previousLineEnd
        }
        var gap = Gap()
        let topComment = kinds.lastIndex { $0 != .blank }
        gap.blankLineBefore = kinds[(topComment ?? -1) + 1..<kinds.count].contains(.blank)
        if let lowestPlainComment = kinds.firstIndex(of: .plainComment) {
            gap.blankLineAfterComments = kinds[..<lowestPlainComment].contains(.blank)
        }
        return gap
    }

    /// Whether the line after the one holding `offset` is blank.
    func blankLineFollowsLine(of offset: Int) -> Bool {
        let bytes = source.bytes
        var index = max(0, offset)
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        index += 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { return true }
            if !FormatWriter.isWhitespace(bytes[index]) { return false }
            index += 1
        }
        return false
    }

    private enum LineKind { case blank, docComment, plainComment, other }

    /// What a line holds, from its first non-blank byte; `///` but not `////` starts a doc comment, as in the lexer.
    private func lineKind(_ bytes: [UInt8], from first: Int, to end: Int) -> LineKind {
        let slash = UInt8(ascii: "/")
        guard first < end else { return .blank }
        guard end - first >= 2, bytes[first] == slash, bytes[first + 1] == slash else { return .other }
        let isDoc = end - first >= 3 && bytes[first + 2] == slash && (end - first == 3 || bytes[first + 3] != slash)
        return isDoc ? .docComment : .plainComment
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == 0x0C
    }
}
