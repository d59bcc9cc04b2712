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
        case .string(let string):
            // Plain text, nearly all of it, is judged and copied between its quotes in one pass.
            if !out.appendQuotedIfPlain(string) { out.append(DOTEscaping.quoted(string)) }
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
    /// How many attributes the open statement has so far.
    private var attributeCount = 0

    /// The text printed so far.
    var output: String { buffer.text }

    /// Hands the text printed over, without copying it.
    consuming func finish() -> WrittenText { buffer.finish() }

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
        open(head)
        for (name, value) in attributes { attribute(name, value) }
        close()
    }

    /// Begins a statement: its attributes follow (``attribute(_:_:)``), then ``close()``.
    mutating func open(_ head: String) {
        buffer.appendSpaces(4 * depth)
        buffer.append(head)
        attributeCount = 0
    }

    /// Begins the statement of a node: its quoted ID; its attributes follow, then ``close()``.
    mutating func open(node id: String) {
        buffer.appendSpaces(4 * depth)
        DOTValue.string(id).write(to: &buffer)
        attributeCount = 0
    }

    /// Begins the statement of an edge: the quoted IDs of its ends; its attributes follow, then ``close()``.
    mutating func open(edge from: String, to: String) {
        buffer.appendSpaces(4 * depth)
        DOTValue.string(from).write(to: &buffer)
        buffer.append(" -> ")
        DOTValue.string(to).write(to: &buffer)
        attributeCount = 0
    }

    /// Writes an attribute of the open statement.
    mutating func attribute(_ name: String, _ value: DOTValue) {
        startAttribute(name)
        value.write(to: &buffer)
    }

    /// Writes an attribute of the open statement whose value is a quoted string.
    mutating func attribute(_ name: String, _ value: String) {
        attribute(name, .string(value))
    }

    /// Writes an attribute of the open statement whose value is an HTML-like label, written by `markup`
    /// into the text (escaped as ``DOTLabels`` escapes it) without being made a string first.
    mutating func attribute(_ name: String, html markup: (inout TextBuffer) -> Void) {
        startAttribute(name)
        buffer.append(byte: UInt8(ascii: "<"))
        markup(&buffer)
        buffer.append(byte: UInt8(ascii: ">"))
    }

    /// Ends the open statement: its attribute list in brackets, when it has attributes, and the line.
    mutating func close() {
        if attributeCount > 0 { buffer.append(byte: UInt8(ascii: "]")) }
        buffer.append(byte: UInt8(ascii: "\n"))
    }

    /// Writes what comes before an attribute's value: ` [` or `, `, its name and `=`.
    private mutating func startAttribute(_ name: String) {
        buffer.append(byte: attributeCount == 0 ? UInt8(ascii: " ") : UInt8(ascii: ","))
        buffer.append(byte: attributeCount == 0 ? UInt8(ascii: "[") : UInt8(ascii: " "))
        attributeCount += 1
        buffer.append(name)
        buffer.append(byte: UInt8(ascii: "="))
    }

    /// A node's or subgraph's ID, quoted.
    static func id(_ name: String) -> String { DOTEscaping.quoted(name) }
}
