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
        var out = header(diagnostic.severity, diagnostic.message, id: diagnostic.id, at: diagnostic.range)
        if let range = diagnostic.range {
            out += excerpt(range, highlights: diagnostic.highlights.filter { $0.file == range.file })
        }
        for fix in diagnostic.fixIts {
            out += paint("  = help: ", .cyan) + fix.message + "\n"
        }
        for note in diagnostic.notes {
            out += header(.note, note.message, id: nil, at: note.range)
            if let range = note.range { out += excerpt(range, highlights: []) }
        }
        return out
    }

    /// All diagnostics, in source order.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    private func header(_ severity: Severity, _ message: String, id: DiagnosticID?, at range: SourceRange?) -> String {
        var place = "stormc"
        if let range {
            let location = sources.location(of: range)
            place = "\(location.path):\(location.line):\(location.column)"
        }
        let label: String
        switch severity {
        case .error: label = paint("error:", .red)
        case .warning: label = paint("warning:", .yellow)
        case .note: label = paint("note:", .cyan)
        case .remark: label = paint("remark:", .cyan)
        }
        let suffix = id.map { " [\($0.rawValue)]" } ?? ""
        return paint(place + ":", .bold) + " " + label + " " + paint(message, .bold) + suffix + "\n"
    }

    /// The line of `range`'s start, numbered, with a marker line underneath; a long line is shown as a
    /// window around the range (``Snippet``).
    private func excerpt(_ range: SourceRange, highlights: [SourceRange]) -> String {
        let file = sources[range.file]
        let snippet = Snippet(of: range, in: file)
        let gutter = String(snippet.line)
        let pad = String(repeating: " ", count: gutter.count)

        var marks: [(start: Int, end: Int, primary: Bool)] = [(range.start, range.end, true)]
        for highlight in highlights where highlight.end > snippet.start && highlight.start < snippet.end {
            marks.append((highlight.start, highlight.end, false))
        }
        var marker = snippet.cutBefore ? " " : ""
        var column = snippet.start
        for mark in marks.sorted(by: { $0.start < $1.start }) {
            let start = max(mark.start, column)
            guard start <= snippet.end else { continue }
            marker += blank(file.bytes[column..<start])
            let end = max(start + 1, min(mark.end, snippet.end))
            let width = max(1, displayWidth(file.bytes[start..<min(end, snippet.end)]))
            marker += mark.primary ? "^" + String(repeating: "~", count: width - 1) : String(repeating: "~", count: width)
            column = min(end, snippet.end)
        }
        return paint(" \(gutter) | ", .blue) + snippet.text(in: file) + "\n" + paint(" \(pad) | ", .blue) + paint(marker, .green) + "\n"
    }

    /// Spaces (keeping tabs) as wide as the given bytes display.
    private func blank(_ bytes: ArraySlice<UInt8>) -> String {
        var out = ""
        for character in String(decoding: bytes, as: UTF8.self) {
            out += character == "\t" ? "\t" : String(repeating: " ", count: Self.columns(character))
        }
        return out
    }

    private func displayWidth(_ bytes: ArraySlice<UInt8>) -> Int {
        String(decoding: bytes, as: UTF8.self).reduce(0) { $0 + Self.columns($1) }
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

    private func paint(_ text: String, _ style: Style) -> String {
        colored ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
