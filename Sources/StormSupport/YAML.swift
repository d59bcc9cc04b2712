/// A YAML value that renders deterministically in block style: mappings keep the order they were built
/// in, strings are plain only where no YAML 1.1 or 1.2 reader could take them for anything else.
/// The one YAML emitter of the compiler (data contracts, AsyncAPI documents).
public indirect enum YAML: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    /// A number kept as its decimal text (`99.9`).
    case number(String)
    case string(String)
    case sequence([YAML])
    /// Entries in the order given; keys should be unique.
    case mapping([Entry])

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
        .mapping(entries.compactMap { key, value in value.map { Entry(key: key, value: $0) } })
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
            self = .mapping(members.keys.sorted().map { Entry(key: $0, value: YAML(members[$0]!)) })
        }
    }

    /// The value as a YAML document, two-space indentation, ending in a newline.
    public func rendered() -> String {
        lines(indent: 0).joined(separator: "\n") + "\n"
    }

    /// The value's lines, each starting with `indent` spaces; scalars and empty collections are one line.
    private func lines(indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .sequence(let items) where !items.isEmpty:
            return items.flatMap { item -> [String] in
                guard item.isBlock else { return [pad + "- " + item.scalarText] }
                var nested = item.lines(indent: indent + 2)
                nested[0] = pad + "- " + nested[0].dropFirst(indent + 2)
                return nested
            }
        case .mapping(let entries) where !entries.isEmpty:
            return entries.flatMap { entry -> [String] in
                let key = pad + YAMLScalar.quotedIfNeeded(entry.key) + ":"
                guard entry.value.isBlock else { return [key + " " + entry.value.scalarText] }
                return [key] + entry.value.lines(indent: indent + 2)
            }
        default:
            return [pad + scalarText]
        }
    }

    /// Whether the value renders on lines of its own (a non-empty collection).
    private var isBlock: Bool {
        switch self {
        case .sequence(let items): !items.isEmpty
        case .mapping(let entries): !entries.isEmpty
        default: false
        }
    }

    /// The one-line form of a scalar or an empty collection.
    private var scalarText: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .number(let text): text
        case .string(let text): YAMLScalar.quotedIfNeeded(text)
        case .sequence: "[]"
        case .mapping: "{}"
        }
    }
}

extension YAML: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: YAML...) { self = .sequence(elements) }
}
