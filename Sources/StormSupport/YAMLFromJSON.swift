/// How ``YAML`` writes a ``JSON`` value it holds (``YAML/json(_:)``): line for line what the value converted
/// by ``YAML/init(_:)`` writes, object keys sorted, without building the converted tree.
extension YAML {
    /// Writes `json`'s lines as ``YAML`` writes a sequence, mapping or scalar: each line starts with
    /// `indent` spaces (but the first when `padFirstLine` is false) and ends in a newline.
    static func write(_ json: JSON, to out: inout TextBuffer, indent: Int, padFirstLine: Bool) {
        guard isBlock(json) else {
            if padFirstLine { out.appendSpaces(indent) }
            writeScalar(json, to: &out)
            out.append(byte: UInt8(ascii: "\n"))
            return
        }
        var pad = padFirstLine
        // As in ``JSON``'s writer: each case matched once, with no `where` clause, and items and members read
        // in place by index rather than copied out one by one.
        switch json {
        case .array(let items):
            for index in items.indices {
                if pad { out.appendSpaces(indent) }
                pad = true
                out.append(byte: UInt8(ascii: "-"))
                out.append(byte: UInt8(ascii: " "))
                if isBlock(items[index]) {
                    write(items[index], to: &out, indent: indent + 2, padFirstLine: false)
                } else {
                    writeScalar(items[index], to: &out)
                    out.append(byte: UInt8(ascii: "\n"))
                }
            }
        case .object(let members):
            for index in members.members.indices {
                if pad { out.appendSpaces(indent) }
                pad = true
                YAMLScalar.write(members.members[index].key, to: &out)
                out.append(byte: UInt8(ascii: ":"))
                if isBlock(members.members[index].value) {
                    out.append(byte: UInt8(ascii: "\n"))
                    write(members.members[index].value, to: &out, indent: indent + 2, padFirstLine: true)
                } else {
                    out.append(byte: UInt8(ascii: " "))
                    writeScalar(members.members[index].value, to: &out)
                    out.append(byte: UInt8(ascii: "\n"))
                }
            }
        case .null, .bool, .integer, .number, .string:
            break
        }
    }

    /// Whether `json` is written on lines of its own (a non-empty array or object).
    static func isBlock(_ json: JSON) -> Bool {
        switch json {
        case .array(let items): !items.isEmpty
        case .object(let members): !members.isEmpty
        case .null, .bool, .integer, .number, .string: false
        }
    }

    /// Writes the one-line form of a JSON scalar or empty container, as its ``YAML`` conversion is written.
    static func writeScalar(_ json: JSON, to out: inout TextBuffer) {
        switch json {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .integer(let value): out.append(value)
        case .number(let text): out.append(text)
        case .string(let text): YAMLScalar.write(text, to: &out)
        case .array: out.append("[]")
        case .object: out.append("{}")
        }
    }
}
