/// Text made safe for HTML and XML character data and attribute values: the one escaper that the site's
/// pages and the HTML-like labels of Graphviz DOT share.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities, so no text can open a tag or end an attribute.
    public static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: { "&<>\"'".utf8.contains($0) }) { return text }
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
}
