/// What people write out of habit from other tools, and what Storm writes instead: type names of other
/// languages (`Boolean`, `DateTime`), generic containers (`List<T>`), Context Mapper's keywords
/// (`BoundedContext`, `Customer-Supplier`) and the suffixes that name a kind (`UserSignedUpEvent`).
///
/// Each entry is a direct lookup, so knowing a habit costs nothing per symbol of the model. "Did you mean"
/// consults this table before it measures edit distances.
public enum ForeignSpellings {
    /// Type names of other languages and schema formats → the Storm type.
    public static let types: [String: String] = [
        "Boolean": "Bool", "boolean": "Bool", "bool": "Bool",
        "Integer": "Int", "integer": "Int", "int": "Int", "Long": "Int", "long": "Int", "Int32": "Int", "Int64": "Int",
        "Short": "Int", "BigInteger": "Int",
        "Float": "Double", "float": "Double", "double": "Double", "Number": "Double", "number": "Double",
        "BigDecimal": "Decimal", "decimal": "Decimal",
        "string": "String", "Text": "String", "text": "String", "Str": "String", "str": "String",
        "DateTime": "Timestamp", "Datetime": "Timestamp", "datetime": "Timestamp", "Instant": "Timestamp",
        "LocalDateTime": "Timestamp", "OffsetDateTime": "Timestamp", "ZonedDateTime": "Timestamp", "timestamp": "Timestamp",
        "LocalDate": "Date", "date": "Date",
        "Guid": "UUID", "GUID": "UUID", "Uuid": "UUID", "uuid": "UUID",
        "TimeSpan": "Duration", "TimeInterval": "Duration", "duration": "Duration",
    ]

    /// A generic container of another language, and how Storm writes it.
    public enum Container: Sendable {
        /// `List<T>` → `[T]`
        case list
        /// `Map<K, V>` → `[K: V]`
        case map
        /// `Optional<T>` → `T?`
        case optional

        /// How many type arguments the container takes.
        public var arity: Int { self == .map ? 2 : 1 }
    }

    /// Generic containers of other languages (`List<String>`, `Map<String, Int>`).
    public static let containers: [String: Container] = [
        "List": .list, "Array": .list, "Set": .list, "Seq": .list, "Sequence": .list, "Collection": .list,
        "ArrayList": .list, "Vector": .list, "Iterable": .list,
        "Map": .map, "Dictionary": .map, "Dict": .map, "HashMap": .map, "Record": .map,
        "Optional": .optional, "Option": .optional, "Maybe": .optional, "Nullable": .optional,
    ]

    /// Context Mapper (CML) keywords that start a declaration → the Storm keyword(s).
    public static let declarationKeywords: [String: String] = [
        "BoundedContext": "context", "ContextMap": "context map", "Domain": "domain",
    ]

    /// Context Mapper keywords inside a domain → the Storm keyword.
    public static let subdomainKeywords: [String: String] = ["Subdomain": "subdomain"]

    /// Context Mapper (and Sculptor) keywords inside a bounded context or an aggregate → the Storm keyword.
    public static let memberKeywords: [String: String] = [
        "Aggregate": "aggregate", "DomainEvent": "event", "ValueObject": "value", "Entity": "entity", "CommandEvent": "command",
    ]

    /// A relationship pattern of Context Mapper written in words (`A Customer-Supplier B`), as Storm
    /// writes it: roles on each side and the arrow.
    public struct Relationship: Sendable {
        /// The roles of the left context, the connector, the roles of the right context (`[C] <- [S]`).
        public var leftRoles: [String]
        public var connector: String
        public var rightRoles: [String]
        /// The Storm text for `left` and `right`: `A [C] <- [S] B`.
        public func written(_ left: String, _ right: String) -> String {
            func roles(_ list: [String]) -> String { list.isEmpty ? "" : "[" + list.joined(separator: ", ") + "]" }
            return [left, roles(leftRoles), connector, roles(rightRoles), right].filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    /// Context Mapper's relationship keywords (as one hyphenated word or one word) → the Storm form.
    public static let relationships: [String: Relationship] = [
        "Customer-Supplier": Relationship(leftRoles: ["C"], connector: "<-", rightRoles: ["S"]),
        "Supplier-Customer": Relationship(leftRoles: ["S"], connector: "->", rightRoles: ["C"]),
        "Upstream-Downstream": Relationship(leftRoles: ["U"], connector: "->", rightRoles: ["D"]),
        "Downstream-Upstream": Relationship(leftRoles: ["D"], connector: "<-", rightRoles: ["U"]),
        "Shared-Kernel": Relationship(leftRoles: [], connector: "shared kernel", rightRoles: []),
        "SharedKernel": Relationship(leftRoles: [], connector: "shared kernel", rightRoles: []),
        "Partnership": Relationship(leftRoles: [], connector: "partnership", rightRoles: []),
        "Separate-Ways": Relationship(leftRoles: [], connector: "separate ways", rightRoles: []),
        "SeparateWays": Relationship(leftRoles: [], connector: "separate ways", rightRoles: []),
    ]

    /// Words that name a kind and that people append to (or put before) a name out of habit:
    /// `UserSignedUpEvent` for `UserSignedUp`, `ScoringContext` for `Scoring`.
    public static let affixes: [String] = [
        "Event", "Evt", "Command", "Cmd", "Context", "BoundedContext", "Aggregate", "Policy", "ReadModel", "View",
        "Projection", "Type", "Enum", "Value", "VO", "Entity", "Dto", "DTO", "Id", "ID", "Record",
    ]

    /// The names that differ from `name` by one of ``affixes``, at either end, nearest first: the name
    /// without a suffix or prefix it has, then the name with one added. Each is a candidate to look up.
    public static func affixVariants(of name: String) -> [String] {
        var shorter: [String] = []
        var longer: [String] = []
        for affix in affixes {
            if name.count > affix.count {
                if name.hasSuffix(affix) { shorter.append(String(name.dropLast(affix.count))) }
                if name.hasPrefix(affix), let next = name.dropFirst(affix.count).first, next.isUppercase {
                    shorter.append(String(name.dropFirst(affix.count)))
                }
            }
            longer.append(name + affix)
        }
        return shorter + longer
    }
}
