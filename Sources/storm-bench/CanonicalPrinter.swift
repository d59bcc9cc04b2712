/// Prints `.storm` text in the canonical layout of `stormc fmt`, so the synthetic model looks like a
/// formatted model: two-space indentation, a blank line around every member that takes several lines,
/// and name lists broken after their commas at 100 columns, continuation lines two levels deeper.
struct CanonicalPrinter {
    static let lineWidth = 100
    private static let unit = "  "

    private(set) var text = ""
    private var level = 0
    /// Per open block: whether its last member took several lines (nil before its first member).
    private var previousIsMultiline: [Bool?] = [nil]

    init(capacity: Int) { text.reserveCapacity(capacity) }

    /// A plain comment line at the top of the file, followed by a blank line.
    mutating func header(_ comment: String) {
        text += "// " + comment + "\n\n"
    }

    /// A member of the current block: its doc comment and its lines (continuation lines already carry
    /// their extra indentation). `gap` asks for a blank line before it, as an author would leave one.
    mutating func member(doc: String? = nil, _ lines: [String], gap: Bool = false) {
        separate(isMultiline: lines.count > 1, gap: gap)
        printDoc(doc)
        for line in lines { print(line) }
        previousIsMultiline[previousIsMultiline.count - 1] = lines.count > 1
    }

    /// Opens a block member: `lines` (the last ends with ` {`), then the block's members one level deeper.
    mutating func open(doc: String? = nil, _ lines: [String]) {
        separate(isMultiline: true, gap: true)
        printDoc(doc)
        for line in lines { print(line) }
        previousIsMultiline.append(nil)
        level += 1
    }

    /// Closes the innermost block.
    mutating func close() {
        level -= 1
        previousIsMultiline.removeLast()
        previousIsMultiline[previousIsMultiline.count - 1] = true
        print("}")
    }

    /// `head` followed by `items` separated by commas and then `tail`, broken after the commas where a
    /// line would pass the line width at the current indentation.
    func wrapped(_ head: String, _ items: [String], tail: String = "") -> [String] {
        var pieces = [head + (items.first ?? "")]
        for item in items.dropFirst() {
            pieces[pieces.count - 1] += ","
            pieces.append(item)
        }
        pieces[pieces.count - 1] += tail
        let indentation = level * Self.unit.count
        let continuation = String(repeating: " ", count: 2 * Self.unit.count)
        var lines: [String] = []
        var current = pieces[0]
        var width = indentation + current.count
        for piece in pieces.dropFirst() {
            if width + 1 + piece.count > Self.lineWidth {
                lines.append(current)
                current = continuation + piece
                width = indentation + current.count
            } else {
                current += " " + piece
                width += 1 + piece.count
            }
        }
        lines.append(current)
        return lines
    }

    /// Whether `line` fits in the line width at the current indentation.
    func fits(_ line: String) -> Bool { level * Self.unit.count + line.count <= Self.lineWidth }

    private mutating func separate(isMultiline: Bool, gap: Bool) {
        guard let previous = previousIsMultiline[previousIsMultiline.count - 1] else { return }
        if previous || isMultiline || gap { text += "\n" }
    }

    private mutating func printDoc(_ doc: String?) {
        if let doc { print("/// " + doc) }
    }

    private mutating func print(_ line: String) {
        for _ in 0..<level { text += Self.unit }
        text += line
        text += "\n"
    }
}
