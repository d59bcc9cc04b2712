/// Something a starter must still say for the model as it is now. A starter is written once and then
/// belongs to the team; when the model later gains what the starter would now handle (a command, an
/// event, a context), the team's copy is checked, never rewritten, and a check it fails becomes a note.
///
/// A check asks for a mention rather than comparing text, so the team's edits never cause a note: only
/// what is missing does.
public struct StarterCheck: Sendable, Hashable {
    /// The file passes when it mentions any one of these: a name made of letters, digits and `_` as a
    /// whole word (`scheduleDelivery`, backticks ignored); any other text as written, spaces ignored
    /// (`.target(name: "Billing"`).
    public var mentions: [String]
    /// Where the mention must be: inside the parenthesised call that starts with this text (spaces
    /// ignored), such as `.target(name: "Tracking"`; anywhere when nil. A file without the call passes.
    public var within: String?
    /// What the note says after "PATH is yours; ": what the model gained and what to add.
    public var note: String

    public init(mentions: [String], within: String? = nil, note: String) {
        self.mentions = mentions.map { String($0.filter { $0 != "`" }) }
        self.within = within
        self.note = note
    }

    /// Whether `text`, the team's file, passes.
    public func isMet(by text: String) -> Bool {
        let bytes = Array(text.utf8)
        var scope = bytes.indices
        if let within {
            guard let call = Self.find(Self.compact(within), in: bytes, scope) else { return true }
            scope = call.lowerBound..<Self.endOfCall(startingAt: call.lowerBound, in: bytes)
        }
        return mentions.contains { mention in
            let needle = Self.compact(mention)
            guard !needle.isEmpty else { return true }
            if needle.allSatisfy(Self.isWordByte) { return Self.findWord(needle, in: bytes, scope) }
            return Self.find(needle, in: bytes, scope) != nil
        }
    }

    /// `text`'s bytes without spaces, tabs and line breaks.
    private static func compact(_ text: String) -> [UInt8] { text.utf8.filter { !isSpace($0) } }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Letters, digits, `_`, and every byte of a non-ASCII character (Swift names may use them).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), 0x80...: true
        default: false
        }
    }

    /// Where `needle` (without spaces) first occurs in `bytes[scope]` when spaces there are skipped.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], _ scope: Range<Int>) -> Range<Int>? {
        guard let head = needle.first else { return nil }
        var start = scope.lowerBound
        while start < scope.upperBound {
            if bytes[start] == head {
                var matched = 0, index = start
                while index < scope.upperBound, matched < needle.count {
                    if isSpace(bytes[index]), matched > 0 {
                        index += 1
                    } else if bytes[index] == needle[matched] {
                        matched += 1
                        index += 1
                    } else {
                        break
                    }
                }
                if matched == needle.count { return start..<index }
            }
            start += 1
        }
        return nil
    }

    /// Whether `word` occurs in `bytes[scope]` with no letter, digit or `_` right before or after it.
    private static func findWord(_ word: [UInt8], in bytes: [UInt8], _ scope: Range<Int>) -> Bool {
        var start = scope.lowerBound
        while start + word.count <= scope.upperBound {
            if bytes[start] == word[0], bytes[start..<start + word.count].elementsEqual(word),
               start == 0 || !isWordByte(bytes[start - 1]), start + word.count == bytes.count || !isWordByte(bytes[start + word.count]) {
                return true
            }
            start += 1
        }
        return false
    }

    /// The end of the parenthesised call whose text starts at `start`: just after the `)` that closes the
    /// first `(`, skipping string literals; the end of the text when it is never closed.
    private static func endOfCall(startingAt start: Int, in bytes: [UInt8]) -> Int {
        var depth = 0, index = start, inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return bytes.count
    }
}
