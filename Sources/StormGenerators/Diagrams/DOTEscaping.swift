import StormSupport

/// Text made safe for Graphviz DOT, so no name or text of a model can end a string, open a tag or add
/// a statement.
///
/// Model text only ever reaches DOT inside HTML-like labels (`label=<…>`), escaped as XML character data;
/// IDs, colours and fonts are double-quoted strings. Non-ASCII letters are written as they are (DOT is UTF-8).
public enum DOTEscaping {
    /// A double-quoted DOT string: `"` and `\` escaped, line breaks and control characters replaced, so
    /// the string always ends at its closing quote.
    public static func quoted(_ text: String) -> String {
        // Only quotes go around printable ASCII without `"` or `\`.
        if PlainText.isPlain(text) {
            // Made at once: the quotes and the text's bytes.
            var text = text
            return text.withUTF8 { utf8 in
                String(unsafeUninitializedCapacity: utf8.count + 2) { buffer in
                    buffer[0] = UInt8(ascii: "\"")
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[1...]).initialize(from: utf8)
                    buffer[utf8.count + 1] = UInt8(ascii: "\"")
                    return utf8.count + 2
                }
            }
        }
        var out = "\""
        for character in DiagramText.lines(text).joined(separator: "\u{FFFD}") {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Character data for an HTML-like label: `&`, `<`, `>`, `"` and `'` as entities, and `\` doubled,
    /// because Graphviz expands `\N`, `\G` and the like even inside HTML-like labels. The text must be one
    /// line (from ``DiagramText``); line breaks are `<BR/>` elements written by the caller.
    public static func html(_ text: String) -> String {
        // Most text (names, plain words) holds nothing to escape: found in one pass over its bytes.
        if !HTMLText.contains(text, where: { HTMLText.isSpecial($0) || $0 == UInt8(ascii: "\\") }) { return text }
        let escaped = HTMLText.escape(text)
        guard escaped.utf8.contains(UInt8(ascii: "\\")) else { return escaped }
        var out = ""
        for character in escaped { if character == "\\" { out += "\\\\" } else { out.append(character) } }
        return out
    }

    /// A `//` comment of one line: line breaks and control characters cannot end it early.
    static func comment(_ text: String) -> String {
        "// " + DiagramText.lines(text).joined(separator: " ")
    }
}
