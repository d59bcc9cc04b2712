/// How ``YAML`` writes strings: plain where that is safe, double-quoted otherwise.
enum YAMLScalar {
    /// Words that YAML 1.1 readers (PyYAML, many Java tools) take for booleans or null.
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]

    /// Writes `text` plain if it starts with a letter, `_` or `$`, holds only letters, digits, spaces and
    /// `_ . - / $ @ , ; ' ( ) ! ?`, does not end in a space and is no reserved word; double-quoted otherwise. The rule is
    /// stricter than YAML needs, so no reader takes a plain string for a number, date, boolean or null.
    static func write(_ text: String, to out: inout TextBuffer) {
        // ASCII text, nearly all of it, is judged and copied in one visit to its bytes, without copying the string.
        let written = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard let plain = isPlainSafeASCII(utf8) else { return false }
            if plain { out.append(bytes: utf8) } else { writeQuoted(utf8, to: &out) }
            return true
        }
        guard written != true else { return }
        if isPlainSafe(text) { out.append(text) } else { writeQuoted(text, to: &out) }
    }

    /// The marks a plain string may hold besides letters and digits.
    private static let plainMarks = "_.-/$@,;'()!? "

    /// Which ASCII bytes may stand in a plain string: `1` at the place of each letter, digit and mark of
    /// ``plainMarks``, `0` elsewhere (the first 32 places, the control characters, are all `0`). A literal, so
    /// reading it costs no lazy initialisation, as a table computed once does on every call.
    private static var plainASCII: StaticString {
        "00000000000000000000000000000000110010011100111111111111110100011111111111111111111111111110000101111111111111111111111111100000"
    }

    /// Whether `utf8` may be written plain, when it is ASCII: the same rule as for any text, without Unicode
    /// lookups, in one pass; nil when it holds a byte past ASCII first, for the rule on Unicode text to decide.
    /// An ASCII character outside the set fails both rules, so it decides at once.
    ///
    /// Read eight bytes at a time while they are all letters, digits, spaces and `_ - . /`, as names, paths
    /// and prose are; the eight that are not, and the last few, one at a time.
    private static func isPlainSafeASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = utf8.baseAddress, let first = utf8.first, let last = utf8.last else { return false }
        let plainASCII = Self.plainASCII.utf8Start
        let count = utf8.count
        var index = 0
        while index < count {
            var end = count
            if index + 8 <= count {
                if isCommonPlain(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                end = index + 8
            }
            while index < end {
                let byte = base[index]
                guard byte < 0x80 else { return nil }
                if plainASCII[Int(byte)] != UInt8(ascii: "1") { return false }
                index += 1
            }
        }
        let isLetter = (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z")
        guard last != UInt8(ascii: " "), isLetter || first == UInt8(ascii: "_") || first == UInt8(ascii: "$") else { return false }
        return !isReservedASCII(utf8)
    }

    /// Whether each of the eight bytes of `word` is an ASCII letter, digit, space, `_`, `-`, `.` or `/` (the last
    /// three and the digits are one run, 0x2D to 0x39). Each range test adds to every byte at once what carries
    /// it past 0x7F exactly when it is at least a bound; bytes below 0x80 carry into no neighbour.
    @inline(__always)
    private static func isCommonPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        guard word & highs == 0 else { return false }
        func atLeast(_ bound: UInt64, _ value: UInt64) -> UInt64 { value &+ (0x80 - bound) &* ones }
        func isZero(_ value: UInt64) -> UInt64 { ~(atLeast(0x01, value) | value) }
        let lowered = word | 0x20 &* ones
        let letters = atLeast(0x61, lowered) & ~atLeast(0x7B, lowered)
        let digitsAndMarks = atLeast(0x2D, word) & ~atLeast(0x3A, word)
        let others = isZero(word ^ 0x20 &* ones) | isZero(word ^ 0x5F &* ones)
        return (letters | digitsAndMarks | others) & highs == highs
    }

    /// Whether ASCII `utf8` is one of ``reservedWords`` in any case: at most five bytes, lowered and packed
    /// into one integer and compared with the packed words, without making a string. It is asked only of text
    /// that may otherwise be plain, which never holds `~`, so only the words starting with `y`, `n`, `o`, `t`
    /// or `f` can match, and other text is let go at its first byte.
    private static func isReservedASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count <= 5, let first = utf8.first else { return false }
        switch first | 0x20 {
        case UInt8(ascii: "y"), UInt8(ascii: "n"), UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "f"): break
        default: return false
        }
        var packed: UInt64 = 0
        for byte in utf8 { packed = packed << 8 | UInt64(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte) }
        return reservedPacked.contains(packed)
    }

    /// ``reservedWords``, each packed as ``isReservedASCII(_:)`` packs a candidate.
    private static let reservedPacked: [UInt64] = reservedWords.map { word in word.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    private static func isPlainSafe(_ text: String) -> Bool {
        var text = text
        if let isSafe = text.withUTF8(isPlainSafeASCII) { return isSafe }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isAlphabetic || first == "_" || first == "$", last != " ",
              !reservedWords.contains(text.lowercased()) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || plainMarks.unicodeScalars.contains(scalar)
        }
    }

    /// Writes `text` as a double-quoted YAML string; line breaks, control and format characters, and the
    /// noncharacters U+FFFE and U+FFFF (which YAML readers refuse even quoted), escaped. Read as UTF-8
    /// bytes: runs that need no escape are copied whole.
    static func writeQuoted(_ text: String, to out: inout TextBuffer) {
        var text = text
        text.withUTF8 { writeQuoted($0, to: &out) }
    }

    /// Writes the UTF-8 text `utf8` double-quoted, as the string form does.
    private static func writeQuoted(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout TextBuffer) {
        out.append(byte: UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < utf8.count {
            // Past the plain run here (``PlainText``), as JSON strings are read: the bytes that are not plain
            // are those YAML escapes, and the first bytes of the sequences it escapes.
            index += PlainText.firstLook(in: UnsafeBufferPointer(rebasing: utf8[index...]))
            guard index < utf8.count else { break }
            let byte = utf8[index]
            // The escape, if the character at `index` needs one: its scalar and its length in bytes.
            var scalar = UInt32(byte)
            var length = 1
            switch byte {
            case 0x00..<0x20, 0x22, 0x5C, 0x7F:
                break
            case 0xC2 where index + 1 < utf8.count && utf8[index + 1] <= 0x9F:
                // U+0080...U+009F (C1 controls).
                scalar = UInt32(utf8[index + 1])
                length = 2
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                // U+2028, U+2029.
                scalar = 0x2000 | UInt32(utf8[index + 2] & 0x3F)
                length = 3
            case 0xEF where index + 2 < utf8.count && ((utf8[index + 1] == 0xBB && utf8[index + 2] == 0xBF) || (utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE)):
                // U+FEFF, U+FFFE, U+FFFF.
                scalar = 0xF000 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                length = 3
            default:
                index += 1
                continue
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            switch scalar {
            case 0x22: out.append("\\\"")
            case 0x5C: out.append("\\\\")
            case 0x0A: out.append("\\n")
            case 0x0D: out.append("\\r")
            case 0x09: out.append("\\t")
            default: out.appendUnicodeEscape(scalar, uppercase: true)
            }
            index += length
            runStart = index
        }
        out.append(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        out.append(byte: UInt8(ascii: "\""))
    }
}
