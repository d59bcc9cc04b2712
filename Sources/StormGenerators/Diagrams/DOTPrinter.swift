/// A value of a DOT attribute: a quoted string, or an HTML-like label whose markup is already escaped.
enum DOTValue: Hashable {
    case string(String)
    case html(String)

    /// The value as written in DOT.
    var text: String {
        switch self {
        case .string(let string): DOTEscaping.quoted(string)
        case .html(let markup): "<\(markup)>"
        }
    }
}

/// A small printer of DOT statements: one statement per line, blocks indented by four spaces, attributes
/// in the order given so the output never depends on a dictionary's order.
struct DOTPrinter {
    /// The text printed so far.
    private(set) var output = ""
    private var depth = 0

    /// Prints one line at the current indentation; an empty line stays empty.
    mutating func line(_ text: String) {
        output += (text.isEmpty ? "" : String(repeating: "    ", count: depth) + text) + "\n"
    }

    /// Prints `opener {`, the body one level deeper, then `}`.
    mutating func block(_ opener: String, _ body: (inout DOTPrinter) -> Void) {
        line(opener + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// Prints a statement with its attribute list (`"A" -> "B" [color="#333333"]`), or without one when
    /// there are no attributes.
    mutating func statement(_ head: String, _ attributes: [(String, DOTValue)]) {
        guard !attributes.isEmpty else { return line(head) }
        line(head + " [" + attributes.map { "\($0.0)=\($0.1.text)" }.joined(separator: ", ") + "]")
    }

    /// A node's or subgraph's ID, quoted.
    static func id(_ name: String) -> String { DOTEscaping.quoted(name) }
}
