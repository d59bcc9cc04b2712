/// A small printer for Swift source: lines, indentation applied at line start, blocks and doc comments.
struct SwiftWriter {
    private(set) var text = ""
    private var indentation = ""

    /// Appends one line at the current indentation; an empty line stays empty.
    mutating func line(_ line: String = "") {
        text += line.isEmpty ? "\n" : indentation + line + "\n"
    }

    /// Appends lines indented one level deeper.
    mutating func indented(_ body: (inout SwiftWriter) -> Void) {
        let saved = indentation
        indentation += "    "
        body(&self)
        indentation = saved
    }

    /// `header {`, the body indented, `}`.
    mutating func block(_ header: String, _ body: (inout SwiftWriter) -> Void) {
        line(header + " {")
        indented(body)
        line("}")
    }

    /// `switch subject {`, the cases at the same indentation, `}`.
    mutating func switchBlock(_ subject: String, _ cases: [String]) {
        line("switch \(subject) {")
        for item in cases { line(item) }
        line("}")
    }

    /// A `///` comment of every line of `doc`; nothing for empty text.
    mutating func doc(_ doc: String) {
        guard !doc.isEmpty else { return }
        for docLine in doc.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = docLine.trimmingTrailingSpaces()
            line(trimmed.isEmpty ? "///" : "/// " + trimmed)
        }
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" || self[index(before: end)] == "\r" {
            end = index(before: end)
        }
        return String(self[startIndex..<end])
    }
}
