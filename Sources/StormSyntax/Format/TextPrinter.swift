/// Lines of text with two-space indentation: the one printer behind ``StormFormatter``.
///
/// Indentation is applied when a line is printed. A blank line is never printed at the start nor twice in
/// a row, so callers ask for one wherever a gap belongs without tracking what came before. A sub-printer
/// renders a part at the current indentation, so the caller can see how many lines it takes before
/// placing it.
struct TextPrinter {
    /// Two spaces per level.
    static let indentationUnit = "  "

    /// The lines printed so far, indented, without line ends.
    private(set) var lines: [String] = []
    /// The current level of indentation.
    private var level: Int

    init(level: Int = 0) {
        self.level = level
    }

    /// The columns the indentation of the next line takes.
    var indentationWidth: Int { level * TextPrinter.indentationUnit.count }

    /// Prints one line at the current indentation.
    mutating func print(_ line: String) {
        lines.append(String(repeating: TextPrinter.indentationUnit, count: level) + line)
    }

    /// Prints an empty line, unless nothing is printed yet or the last line is already empty.
    mutating func blankLine() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    /// Runs `body` one level deeper.
    mutating func indented(_ body: (inout TextPrinter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    /// An empty printer at the current indentation.
    func subPrinter() -> TextPrinter { TextPrinter(level: level) }

    /// Appends the lines of a sub-printer.
    mutating func append(_ other: TextPrinter) {
        lines.append(contentsOf: other.lines)
    }

    /// The text: every line ended by a newline, nothing for no lines.
    var text: String {
        lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
