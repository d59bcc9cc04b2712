/// How ``YAML`` writes strings: plain where that is safe, double-quoted otherwise.
enum YAMLScalar {
    /// Words that YAML 1.1 readers (PyYAML, many Java tools) take for booleans or null.
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]

    /// Writes `text` plain if it starts with a letter, `_` or `$`, holds only letters, digits, spaces and
    /// `_ . - / $ @ , ; ' ( ) ! ?`, does not end in a space and is no reserved word; double-quoted otherwise. The rule is
    /// stricter than YAML needs, so no reader takes a plain string for a number, date, boolean or null.
    static func write(_ text: String, to out: inout TextBuffer) {
        if isPlainSafe(text) { out.append(text) } else { writeQuoted(text, to: &out) }
    }

    /// Bit `n` set when ASCII byte `n` may stand in a plain string (letters, digits, `_.-/$@,;'()!?` and space).
    private static let plainASCII: (UInt64, UInt64) = {
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-/$@,;'()!? ".utf8 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        return (low, high)
    }()

    /// Whether ASCII `text` may be written plain: the same rule as for any text, without Unicode lookups.
    private static func isPlainSafeASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let (low, high) = plainASCII
        guard let first = utf8.first, let last = utf8.last, last != UInt8(ascii: " ") else { return false }
        let isLetter = (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z")
        guard isLetter || first == UInt8(ascii: "_") || first == UInt8(ascii: "$") else { return false }
        for byte in utf8 {
            let allowed = byte < 64 ? low & (1 << UInt64(byte)) != 0 : high & (1 << UInt64(byte - 64)) != 0
            if !allowed { return false }
        }
        guard utf8.count <= 5 else { return true }
        return !reservedWords.contains(String(decoding: utf8.map { $0 | ($0 >= 65 && $0 <= 90 ? 0x20 : 0) }, as: UTF8.self))
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        var text = text
        if let isSafe = text.withUTF8({ utf8 in utf8.allSatisfy { $0 < 0x80 } ? isPlainSafeASCII(utf8) : nil }) { return isSafe }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isAlphabetic || first == "_" || first == "$", last != " ",
              !reservedWords.contains(text.lowercased()) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_.-/$@,;'()!? ".unicodeScalars.contains(scalar)
        }
    }

    /// Writes `text` as a double-quoted YAML string; line breaks, control and format characters, and the
    /// noncharacters U+FFFE and U+FFFF (which YAML readers refuse even quoted), escaped.
    static func writeQuoted(_ text: String, to out: inout TextBuffer) {
        out.append(byte: UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF {
                    out.appendUnicodeEscape(value, uppercase: true)
                } else {
                    out.bytes.append(contentsOf: UTF8.encode(scalar)!)
                }
            }
        }
        out.append(byte: UInt8(ascii: "\""))
    }
}
