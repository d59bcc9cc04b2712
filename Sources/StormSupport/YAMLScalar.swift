/// How ``YAML`` writes strings: plain where that is safe, double-quoted otherwise.
enum YAMLScalar {
    /// Words that YAML 1.1 readers (PyYAML, many Java tools) take for booleans or null.
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]

    /// `text` plain if it starts with a letter, `_` or `$`, holds only letters, digits, spaces and
    /// `_ . - / $ @ , ; ' ( ) ! ?`, does not end in a space and is no reserved word; double-quoted otherwise. The rule is
    /// stricter than YAML needs, so no reader takes a plain string for a number, date, boolean or null.
    static func quotedIfNeeded(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isAlphabetic || first == "_" || first == "$", last != " ",
              !reservedWords.contains(text.lowercased()) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_.-/$@,;'()!? ".unicodeScalars.contains(scalar)
        }
    }

    /// `text` as a double-quoted YAML string; line breaks, control and format characters, and the
    /// noncharacters U+FFFE and U+FFFF (which YAML readers refuse even quoted), escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
