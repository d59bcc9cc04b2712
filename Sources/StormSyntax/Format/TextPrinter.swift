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

    /// Prints `line`, broken after the commas where it would pass `width` columns; continuation lines are
    /// indented two levels deeper than the first. `trailing` (a comment) ends the last line and does not count.
    mutating func print(_ line: WrappableLine, width: Int, trailing: String = "") {
        let continuationWidth = indentationWidth + 2 * TextPrinter.indentationUnit.count
        var current = line.pieces[0]
        var currentWidth = indentationWidth + current.count
        var isFirst = true
        for piece in line.pieces.dropFirst() {
            if currentWidth + 1 + piece.count > width {
                lines.append(String(repeating: " ", count: isFirst ? indentationWidth : continuationWidth) + current)
                isFirst = false
                current = piece
                currentWidth = continuationWidth + piece.count
            } else {
                current += " " + piece
                currentWidth += 1 + piece.count
            }
        }
        lines.append(String(repeating: " ", count: isFirst ? indentationWidth : continuationWidth) + current + trailing)
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

/// A line that may be broken after the commas of its lists: the pieces between the places it may break.
/// Unbroken, the pieces are joined by single spaces.
struct WrappableLine {
    private(set) var pieces: [String]

    init(_ text: String = "") {
        pieces = [text]
    }

    /// Appends text that must stay on the line of what precedes it.
    mutating func append(_ text: String) {
        pieces[pieces.count - 1] += text
    }

    /// Appends items separated by commas, with a place to break after each comma.
    mutating func appendList(_ items: [String]) {
        for (index, item) in items.enumerated() {
            if index == 0 {
                append(item)
            } else {
                append(",")
                pieces.append(item)
            }
        }
    }

    /// Appends `text` after a place to break.
    mutating func appendAfterBreak(_ text: String) {
        pieces.append(text)
    }

    /// This line followed by `other`, whose first piece continues this line's last.
    func appending(_ other: WrappableLine) -> WrappableLine {
        var result = self
        result.append(other.pieces[0])
        result.pieces += other.pieces.dropFirst()
        return result
    }

    /// This line followed by `text`.
    func appending(_ text: String) -> WrappableLine {
        var result = self
        result.append(text)
        return result
    }

    /// The line unbroken.
    var text: String { pieces.joined(separator: " ") }
}
