/// A YAML value that renders deterministically in block style: mappings keep the order they were built
/// in, strings are plain only where no YAML 1.1 or 1.2 reader could take them for anything else.
/// The one YAML emitter of the compiler (data contracts, AsyncAPI documents).
public enum YAML: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    /// A number kept as its decimal text (`99.9`).
    case number(String)
    case string(String)
    case sequence([YAML])
    /// Entries in the order given; keys should be unique.
    case mapping([Entry])
    /// A JSON value, written as ``init(_:)`` would make it (object keys sorted) without converting it
    /// first: the schemas of a document are built as JSON and go into it as they are.
    case json(JSON)

    /// One key and its value in a mapping.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: YAML
        public init(key: String, value: YAML) {
            self.key = key
            self.value = value
        }
    }

    /// A mapping of the entries whose value is not `nil`, in the order given, so optional parts of a
    /// document can be written inline.
    public static func ordered(_ entries: KeyValuePairs<String, YAML?>) -> YAML {
        // Room for all at once: `compactMap` would grow the array from empty, allocating several times.
        var kept: [Entry] = []
        kept.reserveCapacity(entries.count)
        for (key, value) in entries {
            if let value { kept.append(Entry(key: key, value: value)) }
        }
        return .mapping(kept)
    }

    /// The same value as YAML, object keys sorted (the order ``JSON`` renders them in).
    public init(_ json: JSON) {
        switch json {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .integer(let value): self = .integer(value)
        case .number(let text): self = .number(text)
        case .string(let text): self = .string(text)
        case .array(let items): self = .sequence(items.map(YAML.init))
        case .object(let members):
            self = .mapping(members.members.map { Entry(key: $0.key, value: YAML($0.value)) })
        }
    }

    /// The value as a YAML document, two-space indentation, ending in a newline.
    public func rendered() -> String {
        var out = TextBuffer(capacity: 4096)
        write(to: &out)
        return out.text
    }

    /// Appends the value as a YAML document, two-space indentation, ending in a newline, to `out`.
    public func write(to out: inout TextBuffer) {
        write(to: &out, indent: 0, padFirstLine: true)
    }

    /// Writes the value's lines, each starting with `indent` spaces (but the first when `padFirstLine` is
    /// false: a sequence item's `- ` is already written) and ending in a newline; scalars and empty
    /// collections are one line.
    func write(to out: inout TextBuffer, indent: Int, padFirstLine: Bool) {
        var pad = padFirstLine
        switch self {
        case .sequence(let items) where !items.isEmpty:
            for item in items {
                if pad { out.appendSpaces(indent) }
                pad = true
                out.append(byte: UInt8(ascii: "-"))
                out.append(byte: UInt8(ascii: " "))
                if item.isBlock {
                    item.write(to: &out, indent: indent + 2, padFirstLine: false)
                } else {
                    item.writeScalar(to: &out)
                    out.append(byte: UInt8(ascii: "\n"))
                }
            }
        case .mapping(let entries) where !entries.isEmpty:
            for entry in entries {
                if pad { out.appendSpaces(indent) }
                pad = true
                YAMLScalar.write(entry.key, to: &out)
                out.append(byte: UInt8(ascii: ":"))
                if entry.value.isBlock {
                    out.append(byte: UInt8(ascii: "\n"))
                    entry.value.write(to: &out, indent: indent + 2, padFirstLine: true)
                } else {
                    out.append(byte: UInt8(ascii: " "))
                    entry.value.writeScalar(to: &out)
                    out.append(byte: UInt8(ascii: "\n"))
                }
            }
        case .json(let json):
            YAML.write(json, to: &out, indent: indent, padFirstLine: padFirstLine)
        default:
            if pad { out.appendSpaces(indent) }
            writeScalar(to: &out)
            out.append(byte: UInt8(ascii: "\n"))
        }
    }

    /// Whether the value renders on lines of its own (a non-empty collection).
    var isBlock: Bool {
        switch self {
        case .sequence(let items): !items.isEmpty
        case .mapping(let entries): !entries.isEmpty
        case .json(let json): YAML.isBlock(json)
        default: false
        }
    }

    /// Writes the one-line form of a scalar or an empty collection.
    func writeScalar(to out: inout TextBuffer) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .integer(let value): out.append(value)
        case .number(let text): out.append(text)
        case .string(let text): YAMLScalar.write(text, to: &out)
        case .sequence: out.append("[]")
        case .mapping: out.append("{}")
        case .json(let json): YAML.writeScalar(json, to: &out)
        }
    }
}

extension YAML: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: YAML...) { self = .sequence(elements) }
}
