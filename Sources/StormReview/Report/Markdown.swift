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

    /// A table with a header row; cells are escaped.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows {
            out += "| "
            for (index, value) in row.enumerated() {
                if index > 0 { out += " | " }
                out += cell(value)
            }
            out += " |\n"
        }
        return out
    }

    /// `none`, or the items joined by commas.
    static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
}
