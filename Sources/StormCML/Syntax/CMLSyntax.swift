import StormSource

/// One parsed CML file: its imports and declarations, in source order.
struct CMLFile: Sendable {
    var path: String
    var file: FileID
    var imports: [(path: String, range: SourceRange)] = []
    var declarations: [CMLDeclaration] = []
}

/// A top-level CML declaration.
enum CMLDeclaration: Sendable {
    case domain(CMLDomain)
    case context(CMLContext)
    case contextMap(CMLContextMap)
    case unsupported(CMLUnsupported)
}

/// A construct Storm does not hold: what it is, where, and its text (kept as a comment in the output).
struct CMLUnsupported: Sendable {
    var what: String
    var range: SourceRange
    var text: String
}

/// A name as written, with its place.
struct CMLName: Sendable {
    var text: String
    var range: SourceRange
}

/// `key = value, value` inside a block (`type = CORE_DOMAIN`, `responsibilities = "A", "B"`).
struct CMLSetting: Sendable {
    var key: CMLName
    var values: [String]
    var text: String
    var range: SourceRange
}

/// `Domain Name { domainVisionStatement = "…" Subdomain … }`
struct CMLDomain: Sendable {
    var name: CMLName
    var settings: [CMLSetting] = []
    var subdomains: [CMLSubdomain] = []
    var unsupported: [CMLUnsupported] = []
}

/// `Subdomain Name { type = CORE_DOMAIN domainVisionStatement = "…" }`
struct CMLSubdomain: Sendable {
    var name: CMLName
    var settings: [CMLSetting] = []
    var unsupported: [CMLUnsupported] = []
}

/// `BoundedContext Name implements A, B realizes C { settings, aggregates, modules, application }`
struct CMLContext: Sendable {
    var name: CMLName
    var implements: [CMLName] = []
    var realizes: [CMLName] = []
    var refines: [CMLName] = []
    var settings: [CMLSetting] = []
    var members: [CMLMember] = []
}

/// What a bounded context, module or aggregate holds.
indirect enum CMLMember: Sendable {
    case aggregate(CMLAggregate)
    case module(name: CMLName, members: [CMLMember])
    case type(CMLTypeDeclaration)
    case setting(CMLSetting)
    case flow(CMLFlow)
    case unsupported(CMLUnsupported)
}

/// `Flow Name { steps }` of the application layer.
struct CMLFlow: Sendable {
    var name: CMLName
    var steps: [CMLFlowStep] = []
}

/// One step of a flow, one line: `command C emits event A + B`, `event A triggers command C`,
/// `operation o delegates to Agg [S1 -> S2] emits event A X B`.
struct CMLFlowStep: Sendable {
    /// `command`, `event` or `operation`: what the step starts from.
    var kind: String
    var subjects: [CMLName]
    /// The operators between the subjects (`+`).
    var subjectOperators: [String]
    /// `command`, `event` or `operation`: what the step leads to (events emitted, or what is triggered).
    var targetKind: String?
    var targets: [CMLName]
    /// The operators between the targets: `+` (all), `X` (exactly one), `O` (one or more).
    var targetOperators: [String]
    /// `delegates to Aggregate`, when written.
    var delegate: CMLName?
    /// `[A, B -> C X D]` after the aggregate, when written.
    var transition: CMLStateTransition?
    var range: SourceRange
    var text: String
}

/// `Aggregate Name { Entity …, ValueObject …, … }`
struct CMLAggregate: Sendable {
    var name: CMLName
    var members: [CMLMember] = []
}

/// `Entity`, `ValueObject`, `DomainEvent`, `CommandEvent` (or an application layer `Command`) or `enum`.
struct CMLTypeDeclaration: Sendable {
    enum Kind: String, Sendable {
        case entity = "Entity", valueObject = "ValueObject", domainEvent = "DomainEvent", commandEvent = "CommandEvent", enumeration = "enum"
    }
    var kind: Kind
    var name: CMLName
    var isAggregateRoot = false
    var attributes: [CMLAttribute] = []
    var cases: [CMLName] = []
    var unsupported: [CMLUnsupported] = []
}

/// `Type name`, `- Type name` (a reference) or `- List<Type> name`, with `nullable` and other modifiers.
struct CMLAttribute: Sendable {
    var name: CMLName
    var type: CMLType
    var isReference: Bool
    var isNullable: Bool
}

/// A CML type as written: `String`, `List<Address>`, `Map<String, Integer>`.
struct CMLType: Sendable {
    var name: CMLName
    var arguments: [CMLType]
}

/// `ContextMap Name { type = …, state = …, contains A, B, relationships }`
struct CMLContextMap: Sendable {
    var name: CMLName?
    var settings: [CMLSetting] = []
    var relationships: [CMLRelationship] = []
}

/// `A [U,OHS]->[D,ACL] B : Name { attributes }` or `A Customer-Supplier B`.
struct CMLRelationship: Sendable {
    var left: CMLName
    var leftRoles: [CMLName]
    /// `->`, `<-`, `<->`, or a keyword (`Customer-Supplier`, `Partnership`, …).
    var connector: CMLName
    var rightRoles: [CMLName]
    var right: CMLName
    var name: CMLName?
    var settings: [CMLSetting] = []
    var range: SourceRange
}

/// `[From, … -> To X To …]` of a flow step: the states the aggregate may be in, and the states it moves
/// to (exclusive alternatives); a target marked `*` is an end state. No `From`: the step creates the aggregate.
struct CMLStateTransition: Sendable {
    var from: [CMLName]
    var to: [CMLName]
    var endStates: Set<String>
    var range: SourceRange
}
