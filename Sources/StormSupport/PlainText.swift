/// Printable ASCII other than `"` and `\`: the text that a JSON string and a DOT string both hold as it
/// is between their quotes, and that YAML's quoted strings copy without a look. It is judged eight bytes
/// at a time, so the names, paths and prose that make up nearly all generated text cost a few
/// instructions a word.
public enum PlainText {
    /// Whether any of the eight bytes in `word` is a control character, `"`, `\\`, DEL or not ASCII: the
    /// bytes that are not plain and that an escaping writer looks at one by one. (Each test is exact for
    /// "any byte": a borrow can only make a byte above a matching one look like a match too.)
    @inline(__always)
    static func needsLook(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let control = (word &- 0x20 &* ones) & ~word & highs
        return (word & highs) | control | hasZero(word ^ (0x22 &* ones)) | hasZero(word ^ (0x5C &* ones)) | hasZero(word ^ (0x7F &* ones)) != 0
    }

    /// Whether `byte` is plain: printable ASCII other than `"` and `\`.
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }

    /// Whether every byte of `text` is plain.
    public static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { utf8 in firstLook(in: utf8) == utf8.count } ?? text.utf8.allSatisfy(isPlain)
    }

    /// The index of the first byte of `utf8` that is not plain, or its count when all are.
    @inline(__always)
    static func firstLook(in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        let count = utf8.count
        var index = 0
        while index + 8 <= count, !needsLook(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { index += 8 }
        while index < count, isPlain(base[index]) { index += 1 }
        return index
    }
}

extension TextBuffer {
    /// Appends `text` between double quotes, and gives true, when all of it is ``PlainText``: judged and
    /// copied in one pass, eight bytes at a time, straight into the buffer. Writes nothing and gives false
    /// otherwise, for the caller to write it escaped as its format escapes it.
    public mutating func appendQuotedIfPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { utf8 in appendQuotedIfPlain(utf8) } ?? false
    }

    @inline(__always)
    private mutating func appendQuotedIfPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = utf8.count
        guard let source = utf8.baseAddress else {
            append(byte: UInt8(ascii: "\""))
            append(byte: UInt8(ascii: "\""))
            return true
        }
        // Room for a whole word after the opening quote, which a short text's word is stored as.
        let target = end(makingRoomFor: max(length, 8) + 2)
        target[0] = UInt8(ascii: "\"")
        if length >= 8 {
            var index = 0
            while index + 8 <= length {
                let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                if PlainText.needsLook(word) { return false }
                UnsafeMutableRawPointer(target + 1 + index).storeBytes(of: word, as: UInt64.self)
                index += 8
            }
            // The last few bytes as the last eight, which overlap bytes already judged and copied.
            if index < length {
                let word = UnsafeRawPointer(source + length - 8).loadUnaligned(as: UInt64.self)
                if PlainText.needsLook(word) { return false }
                UnsafeMutableRawPointer(target + 1 + length - 8).storeBytes(of: word, as: UInt64.self)
            }
        } else if length > 0 {
            // A short text (a key, a type name) as one word, filled out with plain `a`s past its end.
            var word: UInt64 = 0
            for index in (0..<length).reversed() { word = word << 8 | UInt64(source[index]) }
            word |= 0x6161_6161_6161_6161 << UInt64(8 * length)
            if PlainText.needsLook(word) { return false }
            UnsafeMutableRawPointer(target + 1).storeBytes(of: word.littleEndian, as: UInt64.self)
        }
        target[length + 1] = UInt8(ascii: "\"")
        didWrite(length + 2)
        return true
    }
}
