import StormSource

/// Renders diagnostics as text: the GNU header `path:line:col: error: message [id]` that editors parse,
/// then the source line with the range underlined, help from fix-its, and notes at their own places.
public struct TextDiagnosticRenderer: Sendable {
    /// The files the diagnostics point into.
    public var sources: SourceManager
    /// Whether to colour the output with ANSI escapes (only for terminals, never with `NO_COLOR`).
    public var colored: Bool

    public init(sources: SourceManager, colored: Bool = false) {
        self.sources = sources
        self.colored = colored
    }

    /// The whole text for one diagnostic, ending in a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        render(diagnostic, into: &out)
        return out
    }

    /// All diagnostics, in source order.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics { render(diagnostic, into: &out) }
        return out
    }

    /// Appends the text for one diagnostic to `out`: what ``render(_:)`` returns, without a string per
    /// piece, so that printing many diagnostics costs one growing buffer.
    public func render(_ diagnostic: Diagnostic, into out: inout String) {
        appendPlace(diagnostic.severity, diagnostic.message, id: diagnostic.id, at: diagnostic.range,
                    highlights: diagnostic.highlights, to: &out)
        for fix in diagnostic.fixIts {
            append("  = help: ", .cyan, to: &out)
            out += fix.message
            out += "\n"
        }
        for note in diagnostic.notes {
            appendPlace(.note, note.message, id: nil, at: note.range, highlights: [], to: &out)
        }
    }

    /// The header of a diagnostic or note, then, when it has a place, the excerpt of its line with the
    /// highlights in the same file.
    private func appendPlace(_ severity: Severity, _ message: String, id: DiagnosticID?, at range: SourceRange?,
                             highlights: [SourceRange], to out: inout String) {
        guard let range else {
            appendHeader(severity, message, id: id, path: nil, line: 0, column: 0, to: &out)
            return
        }
        let file = sources[range.file]
        let (line, column) = file.lineAndColumn(of: range.start)
        appendHeader(severity, message, id: id, path: file.path, line: line, column: column, to: &out)
        appendExcerpt(range, line: line, in: file, highlights: highlights, to: &out)
    }

    /// `path:line:col: severity: message [id]`, or `stormc: severity: message` without a path.
    private func appendHeader(_ severity: Severity, _ message: String, id: DiagnosticID?, path: String?, line: Int, column: Int,
                              to out: inout String) {
        begin(.bold, &out)
        if let path {
            out += path
            out += ":"
            out += String(line)
            out += ":"
            out += String(column)
        } else {
            out += "stormc"
        }
        out += ":"
        end(&out)
        out += " "
        switch severity {
        case .error: append("error:", .red, to: &out)
        case .warning: append("warning:", .yellow, to: &out)
        case .note: append("note:", .cyan, to: &out)
        case .remark: append("remark:", .cyan, to: &out)
        }
        out += " "
        append(message, .bold, to: &out)
        if let id {
            out += " ["
            out += id.rawValue
            out += "]"
        }
        out += "\n"
    }

    /// The line of `range`'s start, numbered, with a marker line underneath; a long line is shown as a
    /// window around the range (``Snippet``).
    private func appendExcerpt(_ range: SourceRange, line: Int, in file: SourceFile, highlights: [SourceRange],
                               to out: inout String) {
        let snippet = Snippet(of: range, line: line, in: file)
        let gutter = String(snippet.line)

        // The marker line is spaces, tabs, `^` and `~`: built as bytes, turned into text once.
        var marker: [UInt8] = []
        marker.reserveCapacity(snippet.end - snippet.start + 2)
        if snippet.cutBefore { marker.append(UInt8(ascii: " ")) }
        var marks: [(start: Int, end: Int, primary: Bool)] = [(range.start, range.end, true)]
        for highlight in highlights where highlight.file == range.file && highlight.end > snippet.start && highlight.start < snippet.end {
            marks.append((highlight.start, highlight.end, false))
        }
        if marks.count > 1 { marks.sort { $0.start < $1.start } }
        var column = snippet.start
        for mark in marks {
            let start = max(mark.start, column)
            guard start <= snippet.end else { continue }
            appendBlank(file.bytes[column..<start], to: &marker)
            let end = max(start + 1, min(mark.end, snippet.end))
            let width = max(1, displayWidth(file.bytes[start..<min(end, snippet.end)]))
            if mark.primary { marker.append(UInt8(ascii: "^")) }
            marker.append(contentsOf: repeatElement(UInt8(ascii: "~"), count: mark.primary ? width - 1 : width))
            column = min(end, snippet.end)
        }

        begin(.blue, &out)
        out += " "
        out += gutter
        out += " | "
        end(&out)
        if snippet.cutBefore { out += Snippet.ellipsis }
        out += String(decoding: file.bytes[snippet.start..<snippet.end], as: UTF8.self)
        if snippet.cutAfter { out += Snippet.ellipsis }
        out += "\n"
        begin(.blue, &out)
        out += " "
        out.append(contentsOf: String(repeating: " ", count: gutter.utf8.count))
        out += " | "
        end(&out)
        append(String(decoding: marker, as: UTF8.self), .green, to: &out)
        out += "\n"
    }

    /// Spaces (keeping tabs) as wide as the given bytes display.
    private func appendBlank(_ bytes: ArraySlice<UInt8>, to marker: inout [UInt8]) {
        if Self.isOneColumnEach(bytes) {
            for byte in bytes { marker.append(byte == UInt8(ascii: "\t") ? byte : UInt8(ascii: " ")) }
            return
        }
        for character in String(decoding: bytes, as: UTF8.self) {
            if character == "\t" {
                marker.append(UInt8(ascii: "\t"))
            } else {
                marker.append(contentsOf: repeatElement(UInt8(ascii: " "), count: Self.columns(character)))
            }
        }
    }

    private func displayWidth(_ bytes: ArraySlice<UInt8>) -> Int {
        if Self.isOneColumnEach(bytes) { return bytes.count }
        return String(decoding: bytes, as: UTF8.self).reduce(0) { $0 + Self.columns($1) }
    }

    /// Whether each byte is a character of one column: ASCII without carriage returns (`\r\n` is one
    /// character of two bytes). Other text is measured character by character.
    private static func isOneColumnEach(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }
    }

    /// How many terminal columns a character takes: two for East Asian wide characters and emoji, so that
    /// the underline stays under `運行`.
    static func columns(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first, scalar.value >= 0x1100 else { return 1 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    private enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", cyan = "1;36", blue = "34", green = "1;32"
    }

    private func append(_ text: String, _ style: Style, to out: inout String) {
        begin(style, &out)
        out += text
        end(&out)
    }

    private func begin(_ style: Style, _ out: inout String) {
        if colored { out += "\u{1B}[" + style.rawValue + "m" }
    }

    private func end(_ out: inout String) {
        if colored { out += "\u{1B}[0m" }
    }
}
