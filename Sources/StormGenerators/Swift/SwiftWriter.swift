/// A small printer for Swift source: lines, indentation applied at line start, blocks and doc comments.
///
/// Text is kept as UTF-8 bytes: generated files of large models run to megabytes, and appending bytes is
/// several times faster than growing a `String`.
struct SwiftWriter {
    private var bytes: [UInt8] = []
    private var indentation: [UInt8] = []

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends one line at the current indentation; an empty line stays empty.
    mutating func line(_ line: String = "") {
        if !line.isEmpty {
            bytes.append(contentsOf: indentation)
            bytes.append(contentsOf: line.utf8)
        }
        bytes.append(0x0A)
    }

    /// Appends lines indented one level deeper.
    mutating func indented(_ body: (inout SwiftWriter) -> Void) {
        indentation.append(contentsOf: [0x20, 0x20, 0x20, 0x20])
        body(&self)
        indentation.removeLast(4)
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
        if !doc.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }), doc.utf8.last != 0x20, doc.utf8.last != 0x09 {
            return line("/// " + doc)
        }
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
