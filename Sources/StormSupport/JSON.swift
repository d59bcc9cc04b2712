/// A JSON value that renders deterministically: object keys sorted (``JSONObject``), two-space indentation, numbers as
/// written. The one JSON emitter of the compiler: schemas, documents, reports and the model export use it.
public enum JSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    /// A number kept as its decimal text (`99.9`), so no precision is lost; must be valid JSON number text.
    case number(String)
    case string(String)
    case array([JSON])
    case object(JSONObject)

    /// The value as pretty-printed JSON text, ending in a newline.
    public func rendered() -> String {
        var out = TextBuffer(capacity: 4096)
        write(to: &out)
        return out.text
    }

    /// The same text as ``rendered()``, handed over as the bytes written (a generated file's contents).
    public func renderedText() -> WrittenText {
        var out = TextBuffer(capacity: 4096)
        write(to: &out)
        return out.finish()
    }

    /// Appends the value as pretty-printed JSON text, ending in a newline, to `out`.
    public func write(to out: inout TextBuffer) {
        write(to: &out, indent: 0)
        out.append(byte: UInt8(ascii: "\n"))
    }

    /// The value as compact JSON text on one line (for JSON Lines output).
    public func renderedCompact() -> String {
        var out = TextBuffer(capacity: 256)
        writeCompact(to: &out)
        return out.text
    }

    /// Appends the value as pretty-printed JSON at nesting depth `indent` (two spaces a level); the first
    /// line is not indented, the last has no newline.
    ///
    /// Each case is matched once, without a `where` clause: a guard that fails goes on to match the value
    /// again, below. With the same change in ``YAML``'s writer, `generate all` at 20,000 events runs 12 M
    /// fewer instructions.
    func write(to out: inout TextBuffer, indent: Int) {
        switch self {
        case .array(let items):
            guard !items.isEmpty else {
                out.append("[]")
                return
            }
            out.append(byte: UInt8(ascii: "["))
            out.append(byte: UInt8(ascii: "\n"))
            // Items and members are read in place by index, not copied out (a retain and a release each).
            for index in items.indices {
                out.appendSpaces(2 * (indent + 1))
                items[index].write(to: &out, indent: indent + 1)
                if index != items.count - 1 { out.append(byte: UInt8(ascii: ",")) }
                out.append(byte: UInt8(ascii: "\n"))
            }
            out.appendSpaces(2 * indent)
            out.append(byte: UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                out.append("{}")
                return
            }
            out.append(byte: UInt8(ascii: "{"))
            out.append(byte: UInt8(ascii: "\n"))
            for index in members.members.indices {
                out.appendSpaces(2 * (indent + 1))
                JSON.writeString(members.members[index].key, to: &out)
                out.append(byte: UInt8(ascii: ":"))
                out.append(byte: UInt8(ascii: " "))
                members.members[index].value.write(to: &out, indent: indent + 1)
                if index != members.count - 1 { out.append(byte: UInt8(ascii: ",")) }
                out.append(byte: UInt8(ascii: "\n"))
            }
            out.appendSpaces(2 * indent)
            out.append(byte: UInt8(ascii: "}"))
        case .null, .bool, .integer, .number, .string:
            writeCompact(to: &out)
        }
    }

    private func writeCompact(to out: inout TextBuffer) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .integer(let value): out.append(value)
        case .number(let text): out.append(text)
        case .string(let text): JSON.writeString(text, to: &out)
        case .array(let items):
            out.append(byte: UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(byte: UInt8(ascii: ",")) }
                item.writeCompact(to: &out)
            }
            out.append(byte: UInt8(ascii: "]"))
        case .object(let members):
            out.append(byte: UInt8(ascii: "{"))
            for (index, member) in members.members.enumerated() {
                if index > 0 { out.append(byte: UInt8(ascii: ",")) }
                JSON.writeString(member.key, to: &out)
                out.append(byte: UInt8(ascii: ":"))
                member.value.writeCompact(to: &out)
            }
            out.append(byte: UInt8(ascii: "}"))
        }
    }

    /// Writes `text` as a JSON string: quotes, backslashes, control characters (C1 among them) and line and
    /// paragraph separators escaped, all else verbatim. Runs of bytes that need no escape are copied whole.
    static func writeString(_ text: String, to out: inout TextBuffer) {
        // Text that needs no escape, nearly all of it, is judged and copied between its quotes in one pass.
        if !out.appendQuotedIfPlain(text) { writeEscaping(text, to: &out) }
    }

    /// Writes `text` quoted, with the escapes JSON needs, copying the runs between them whole.
    private static func writeEscaping(_ text: String, to out: inout TextBuffer) {
        out.append(byte: UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                // Past the plain run here, eight bytes at a time (most text is plain ASCII).
                index += PlainText.firstLook(in: UnsafeBufferPointer(rebasing: utf8[index...]))
                guard index < utf8.count else { break }
                let byte = utf8[index]
                var escapedLength = 1
                var scalar = UInt32(byte)
                let escape: StaticString?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00..<0x20, 0x7F: escape = nil
                case 0xC2:
                    // U+0080...U+009F (C1 controls) are C2 80...C2 9F in UTF-8; any other C2 sequence is kept.
                    guard index + 1 < utf8.count, utf8[index + 1] <= 0x9F else {
                        index += 1
                        continue
                    }
                    scalar = UInt32(utf8[index + 1])
                    escape = nil
                    escapedLength = 2
                case 0xE2:
                    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8; any other E2 sequence is kept.
                    guard index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else {
                        index += 1
                        continue
                    }
                    escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    escapedLength = 3
                default:
                    index += 1
                    continue
                }
                out.append(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if let escape {
                    out.append(bytes: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                } else {
                    out.appendUnicodeEscape(scalar, uppercase: false)
                }
                index += escapedLength
                runStart = index
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        out.append(byte: UInt8(ascii: "\""))
    }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) {
        self = .object(JSONObject(literal: elements))
    }
    public init(nilLiteral: ()) { self = .null }
}
