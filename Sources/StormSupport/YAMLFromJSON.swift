/// How ``YAML`` writes a ``JSON`` value it holds (``YAML/json(_:)``): line for line what the value converted
/// by ``YAML/init(_:)`` writes, object keys sorted, without building the converted tree.
extension YAML {
    /// Writes `json`'s lines as ``YAML`` writes a sequence, mapping or scalar: each line starts with
    /// `indent` spaces (but the first when `padFirstLine` is false) and ends in a newline.
    static func write(_ json: JSON, to out: inout TextBuffer, indent: Int, padFirstLine: Bool) {
        var pad = padFirstLine
        switch json {
        case .array(let items) where !items.isEmpty:
            for item in items {
                if pad { out.appendSpaces(indent) }
                pad = true
                out.append(byte: UInt8(ascii: "-"))
                out.append(byte: UInt8(ascii: " "))
                if isBlock(item) {
                    write(item, to: &out, indent: indent + 2, padFirstLine: false)
                } else {
                    writeScalar(item, to: &out)
                    out.append(byte: UInt8(ascii: "\n"))
                }
            }
        case .object(let members) where !members.isEmpty:
            for member in members.members {
                if pad { out.appendSpaces(indent) }
                pad = true
                YAMLScalar.write(member.key, to: &out)
                out.append(byte: UInt8(ascii: ":"))
                if isBlock(member.value) {
                    out.append(byte: UInt8(ascii: "\n"))
                    write(member.value, to: &out, indent: indent + 2, padFirstLine: true)
                } else {
                    out.append(byte: UInt8(ascii: " "))
                    writeScalar(member.value, to: &out)
                    out.append(byte: UInt8(ascii: "\n"))
                }
            }
        default:
            if pad { out.appendSpaces(indent) }
            writeScalar(json, to: &out)
            out.append(byte: UInt8(ascii: "\n"))
        }
    }

    /// Whether `json` is written on lines of its own (a non-empty array or object).
    static func isBlock(_ json: JSON) -> Bool {
        switch json {
        case .array(let items): !items.isEmpty
        case .object(let members): !members.isEmpty
        default: false
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
