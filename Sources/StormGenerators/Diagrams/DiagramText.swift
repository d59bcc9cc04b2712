/// Model text made fit for a label: split into lines, control characters made visible, long text wrapped.
///
/// Both renderers start from these lines, so a label says the same in DOT and in Mermaid; each then
/// escapes the lines for its own language.
enum DiagramText {
    /// The lines of `text`, split at every kind of line break, with control characters and the
    /// noncharacters U+FFFE and U+FFFF (which XML, hence Graphviz's HTML-like labels, refuses) replaced by
    /// U+FFFD (a tab becomes a space) so no renderer ever sees one.
    static func lines(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return [text] }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            String(String.UnicodeScalarView(line.unicodeScalars.map { scalar -> Unicode.Scalar in
                if scalar == "\t" { return " " }
                return scalar.properties.generalCategory == .control || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "\u{FFFD}" : scalar
            }))
        }
    }

    /// The lines of `text`, each broken at spaces so it stays within `width` characters where it can
    /// (a longer word keeps its own line).
    static func wrapped(_ text: String, width: Int) -> [String] {
        lines(text).flatMap { line -> [String] in
            var result: [String] = []
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    result.append(current)
                    current = String(word)
                }
            }
            return result + [current]
        }
    }
}
