/// Text made safe for HTML and XML character data and attribute values: the one escaper that the site's
/// pages and the HTML-like labels of Graphviz DOT share.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities, so no text can open a tag or end an attribute.
    public static func escape(_ text: String) -> String {
        if !contains(text, where: isSpecial) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether `byte` is one of `&`, `<`, `>`, `"` and `'`.
    @inlinable
    public static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// Whether a byte of `text` satisfies `predicate`, read from the string's storage in one pass.
    @inlinable
    public static func contains(_ text: String, where predicate: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? text.utf8.contains(where: predicate)
    }
}
