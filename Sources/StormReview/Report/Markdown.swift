import StormSupport

/// Markdown pieces for the review document, escaped so model text cannot break a table or inject HTML.
enum Markdown {
    /// Text for a table cell: pipes escaped, every kind of line break (U+2028 and U+2029 among them) as
    /// a space, other control characters (NUL among them) as U+FFFD, `<`, `>` and `&` as entities.
    static func cell(_ text: String) -> String {
        if !hasSpecialByte(text) { return text }
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case _ where character.isNewline: out += " "
            case _ where character.unicodeScalars.contains { $0 != "\t" && $0.properties.generalCategory == .control }: out += "\u{FFFD}"
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether `text` holds a byte that makes ``cell(_:)`` look at it character by character. Most cells
    /// have none, and every byte of every cell is looked at: on the contiguous bytes when the string has them.
    private static func hasSpecialByte(_ text: String) -> Bool {
        func isSpecial(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
            default: false
            }
        }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) } ?? text.utf8.contains(where: isSpecial)
    }

    /// A name in code style: `` `Trips` ``.
    static func code(_ name: String) -> String {
        // An ASCII name without a backtick needs no search. Other names go through Foundation's, which
        // also matches what is canonically a backtick (U+1FEF).
        if !name.utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "`") }) { return "`" + name + "`" }
        return "`\(name.replacingOccurrences(of: "`", with: "'"))`"
    }

    /// A table with a header row; cells are escaped. Written into one buffer: the lint findings of a large
    /// model make a table of tens of thousands of rows.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = TextBuffer(capacity: 64 * (rows.count + 2))
        writeRow(header, to: &out)
        out.append(byte: UInt8(ascii: "|"))
        for _ in header { out.append("---|") }
        out.append(byte: UInt8(ascii: "\n"))
        for row in rows { writeRow(row, to: &out) }
        return out.text
    }

    /// Writes `| a | b |` and a line break, the cells escaped.
    private static func writeRow(_ cells: [String], to out: inout TextBuffer) {
        out.append(byte: UInt8(ascii: "|"))
        for value in cells {
            out.append(byte: UInt8(ascii: " "))
            out.append(cell(value))
            out.append(byte: UInt8(ascii: " "))
            out.append(byte: UInt8(ascii: "|"))
        }
        out.append(byte: UInt8(ascii: "\n"))
    }

    /// `none`, or the items joined by commas.
    static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
}
