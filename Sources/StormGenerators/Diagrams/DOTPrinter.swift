import StormSupport

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

    /// Appends ``text`` to `out`, without making it a string first.
    func write(to out: inout TextBuffer) {
        switch self {
        case .string(let string) where DOTEscaping.needsNoEscape(string):
            out.append(byte: UInt8(ascii: "\""))
            out.append(string)
            out.append(byte: UInt8(ascii: "\""))
        case .string(let string):
            out.append(DOTEscaping.quoted(string))
        case .html(let markup):
            out.append(byte: UInt8(ascii: "<"))
            out.append(markup)
            out.append(byte: UInt8(ascii: ">"))
        }
    }
}

/// A small printer of DOT statements: one statement per line, blocks indented by four spaces, attributes
/// in the order given so the output never depends on a dictionary's order.
struct DOTPrinter: ~Copyable {
    /// The bytes printed so far: a line is copied in, not joined to a growing string.
    private var buffer = TextBuffer(capacity: 1 << 14)
    private var depth = 0

    /// The text printed so far.
    var output: String { buffer.text }

    /// Prints one line at the current indentation; an empty line stays empty.
    mutating func line(_ text: String) {
        if !text.isEmpty {
            buffer.appendSpaces(4 * depth)
            buffer.append(text)
        }
        buffer.append(byte: UInt8(ascii: "\n"))
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
        buffer.appendSpaces(4 * depth)
        buffer.append(head)
        buffer.append(byte: UInt8(ascii: " "))
        buffer.append(byte: UInt8(ascii: "["))
        for (index, (name, value)) in attributes.enumerated() {
            if index > 0 {
                buffer.append(byte: UInt8(ascii: ","))
                buffer.append(byte: UInt8(ascii: " "))
            }
            buffer.append(name)
            buffer.append(byte: UInt8(ascii: "="))
            value.write(to: &buffer)
        }
        buffer.append(byte: UInt8(ascii: "]"))
        buffer.append(byte: UInt8(ascii: "\n"))
    }

    /// A node's or subgraph's ID, quoted.
    static func id(_ name: String) -> String { DOTEscaping.quoted(name) }
}
