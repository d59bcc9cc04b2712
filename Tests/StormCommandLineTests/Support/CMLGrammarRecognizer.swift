/// A strict recognizer of the CML that `stormc export cml` writes, written from the rules of Context
/// Mapper's Xtext grammars (`ContextMappingDSL.xtext`: ContextMappingModel, ContextMap, the relationship
/// rules, Domain, Subdomain, BoundedContext, Application, Flow, the flow steps, SculptorModule, Aggregate;
/// `TacticDDDLanguage.xtext`: Entity, ValueObject, DomainEvent, CommandEvent, Enum, Attribute, Reference,
/// StateTransition, Type, the ID terminal) and their cross-references. It is independent of the lenient
/// parser of `stormc import cml`: every keyword is reserved unless escaped with `^`, names are ASCII, and
/// every reference must name a declaration of the right kind. It returns the mistakes found.
struct CMLGrammarRecognizer {
    /// The grammars' keywords that the exported subset could collide with (Xtext reserves every keyword).
    static let keywords: Set<String> = [
        "ContextMap", "BoundedContext", "Domain", "Subdomain", "Aggregate", "Module", "Application", "Flow", "Entity", "ValueObject",
        "DomainEvent", "CommandEvent", "Command", "Event", "enum", "Service", "Repository", "Resource", "Consumer", "Trait", "BasicType",
        "DataTransferObject", "UseCase", "UserStory", "import", "type", "state", "contains", "implements", "realizes", "refines",
        "domainVisionStatement", "responsibilities", "implementationTechnology", "knowledgeLevel", "businessModel", "evolution",
        "exposedAggregates", "downstreamRights", "owner", "aggregateRoot", "aggregateLifecycle", "ordinal", "nullable", "key", "hint",
        "required", "changeable", "index", "transient", "cache", "gap", "nogap", "scaffold", "persistent", "immutable", "package",
        "public", "protected", "private", "abstract", "extends", "with", "def", "void", "throws", "command", "event", "operation",
        "triggers", "to", "X", "x", "O", "o", "U", "D", "S", "C", "P", "SK", "OHS", "PL", "ACL", "CF", "String", "int", "Integer", "long",
        "Long", "boolean", "Boolean", "Date", "DateTime", "Timestamp", "BigDecimal", "BigInteger", "double", "Double", "float", "Float",
        "Key", "Blob", "Clob", "List", "Set", "Bag", "Collection", "Map", "read", "create", "update", "delete", "in", "for", "a", "an", "the",
        "actor", "benefit", "scope", "level", "interactions", "secondaryActors", "features", "useCases", "userStories", "userRequirements",
        "securityZone", "validate", "length", "size", "range", "pattern", "min", "max", "url", "email", "past", "future", "digits",
        "query", "condition", "select", "groupBy", "orderBy", "construct", "build", "map", "publish", "subscribe", "inject", "eventBus",
        "not", "reference", "opposite", "cascade", "fetch", "inverse", "valid", "databaseColumn", "databaseTable", "path", "return",
        "Partnership", "Shared-Kernel", "Customer-Supplier", "Supplier-Customer", "Upstream-Downstream", "Downstream-Upstream",
        "sagaOrchestrator", "Functionality", "supports", "UNDEFINED", "CORE_DOMAIN", "SUPPORTING_DOMAIN", "GENERIC_SUBDOMAIN", "TEAM",
        "basePackage", "external", "belongsTo", "discriminatorValue", "validate",
    ]
    static let builtinTypes: Set<String> = [
        "String", "int", "Integer", "long", "Long", "boolean", "Boolean", "Date", "DateTime", "Timestamp", "BigDecimal", "BigInteger",
        "double", "Double", "float", "Float", "Key", "Blob", "Clob",
    ]
    static let collections: Set<String> = ["List", "Set", "Bag", "Collection"]

    enum Token: Equatable { case name(String, escaped: Bool), string, symbol(String), end }

    var tokens: [Token] = []
    var position = 0
    var mistakes: [String] = []
    /// Declarations by kind, and the references to check once everything is declared.
    var declared: [String: Set<String>] = [:]
    var references: [(kind: String, name: String)] = []

    static func check(_ text: String) -> [String] {
        var recognizer = CMLGrammarRecognizer()
        recognizer.tokens = lex(text, mistakes: &recognizer.mistakes)
        recognizer.model()
        for reference in recognizer.references where !(recognizer.declared[reference.kind]?.contains(reference.name) ?? false) {
            recognizer.mistakes.append("`\(reference.name)` is no \(reference.kind)")
        }
        return recognizer.mistakes
    }

    static func lex(_ text: String, mistakes: inout [String]) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isStart(_ s: Unicode.Scalar) -> Bool { s.isASCII && (s.properties.isAlphabetic || s == "_") }
        func isPart(_ s: Unicode.Scalar) -> Bool { isStart(s) || ("0"..."9").contains(s) }
        while i < scalars.count {
            let s = scalars[i]
            if s == " " || s == "\n" || s == "\t" || s == "\r" { i += 1; continue }
            if s == "/", i + 1 < scalars.count, scalars[i + 1] == "*" {
                i += 2
                while i + 1 < scalars.count, !(scalars[i] == "*" && scalars[i + 1] == "/") { i += 1 }
                i += 2
                continue
            }
            if s == "/", i + 1 < scalars.count, scalars[i + 1] == "/" { while i < scalars.count, scalars[i] != "\n" { i += 1 }; continue }
            if s == "\"" {
                i += 1
                while i < scalars.count, scalars[i] != "\"" { i += scalars[i] == "\\" ? 2 : 1 }
                i += 1
                tokens.append(.string)
                continue
            }
            let escaped = s == "^"
            if escaped || isStart(s) {
                var j = escaped ? i + 1 : i
                guard j < scalars.count, isStart(scalars[j]) else { mistakes.append("`^` without a name"); i += 1; continue }
                let start = j
                while j < scalars.count, isPart(scalars[j]) || (scalars[j] == "-" && ["Shared", "Customer", "Supplier", "Upstream", "Downstream"].contains(String(String.UnicodeScalarView(scalars[start..<j])))) { j += 1 }
                tokens.append(.name(String(String.UnicodeScalarView(scalars[start..<j])), escaped: escaped))
                i = j
                continue
            }
            if let long = ["<->", "->", "<-"].first(where: { symbol in
                Array(symbol.unicodeScalars) == Array(scalars[i..<min(scalars.count, i + symbol.unicodeScalars.count)])
            }) {
                tokens.append(.symbol(long))
                i += long.unicodeScalars.count
                continue
            }
            if "{}[],:=<>-+*".unicodeScalars.contains(s) { tokens.append(.symbol(String(s))); i += 1; continue }
            mistakes.append("`\(s)` is not a CML character (names are ASCII)")
            i += 1
        }
        return tokens + [.end]
    }

    // MARK: Tokens

    var current: Token { tokens[min(position, tokens.count - 1)] }
    mutating func advance() { position += 1 }
    func at(_ keyword: String) -> Bool { current == .name(keyword, escaped: false) }
    func atSymbol(_ symbol: String) -> Bool { current == .symbol(symbol) }
    mutating func eat(_ keyword: String) -> Bool { guard at(keyword) else { return false }; advance(); return true }
    mutating func eatSymbol(_ symbol: String) -> Bool { guard atSymbol(symbol) else { return false }; advance(); return true }
    mutating func expect(_ keyword: String) { if !eat(keyword) { fail("expected `\(keyword)`") } }
    mutating func expectSymbol(_ symbol: String) { if !eatSymbol(symbol) { fail("expected `\(symbol)`") } }
    mutating func fail(_ message: String) {
        mistakes.append("\(message), found \(current) (token \(position))")
        position = tokens.count - 1
    }

    /// An ID: a name that is not a keyword unless escaped.
    mutating func id() -> String {
        guard case .name(let text, let escaped) = current else { fail("expected a name"); return "" }
        if !escaped, Self.keywords.contains(text) { fail("keyword `\(text)` used as a name without `^`"); return "" }
        advance()
        return text
    }
    mutating func declare(_ kind: String) -> String { let name = id(); declared[kind, default: []].insert(name); return name }
    mutating func refer(_ kind: String) { let name = id(); references.append((kind, name)) }
    mutating func setting(_ key: String, _ value: (inout Self) -> Void) {
        guard eat(key) else { return }
        _ = eatSymbol("=")
        value(&self)
    }
    mutating func string() { if current == .string { advance() } else { fail("expected a string") } }
    mutating func oneOf(_ values: Set<String>) {
        guard case .name(let text, false) = current, values.contains(text) else { fail("expected one of \(values.sorted())"); return }
        advance()
    }

    // MARK: Rules

    mutating func model() {
        while current != .end {
            if eat("ContextMap") { contextMap() } else if eat("Domain") { domain() } else if eat("BoundedContext") { boundedContext() } else {
                fail("expected `ContextMap`, `Domain` or `BoundedContext`")
            }
        }
    }

    mutating func contextMap() {
        if case .name = current { _ = id() }
        expectSymbol("{")
        setting("type") { $0.oneOf(["UNDEFINED", "SYSTEM_LANDSCAPE", "ORGANIZATIONAL"]) }
        setting("state") { $0.oneOf(["UNDEFINED", "AS_IS", "TO_BE"]) }
        while eat("contains") { repeat { refer("BoundedContext") } while eatSymbol(",") }
        while !atSymbol("}"), current != .end { relationship() }
        expectSymbol("}")
    }

    mutating func roles() -> [String] {
        var roles: [String] = []
        expectSymbol("[")
        repeat {
            guard case .name(let role, false) = current else { fail("expected a role"); return roles }
            roles.append(role)
            advance()
        } while eatSymbol(",")
        expectSymbol("]")
        return roles
    }

    mutating func relationship() {
        refer("BoundedContext")
        let left = roles()
        let arrow: String
        if eatSymbol("->") { arrow = "->" } else if eatSymbol("<->") { arrow = "<->" } else { fail("expected `->` or `<->`"); return }
        let right = roles()
        refer("BoundedContext")
        if arrow == "<->" {
            if !(left == right && (left == ["P"] || left == ["SK"])) { mistakes.append("symmetric roles \(left) \(right)") }
        } else {
            // UpstreamDownstreamRelationship / CustomerSupplierRelationship: `U` first, then `S` or the upstream roles.
            let up = left.drop { $0 == "U" }.drop { $0 == "S" }, down = right.drop { $0 == "D" }.drop { $0 == "C" }
            if left.first != "U" || right.first != "D" || !up.allSatisfy(["OHS", "PL"].contains) || !down.allSatisfy(["ACL", "CF"].contains)
                || left.contains("S") != right.contains("C") {
                mistakes.append("upstream-downstream roles \(left) \(right)")
            }
        }
        if eatSymbol(":") { _ = id() }
        if eatSymbol("{") {
            setting("implementationTechnology") { $0.string() }
            setting("exposedAggregates") { parser in repeat { parser.refer("Aggregate") } while parser.eatSymbol(",") }
            setting("downstreamRights") { $0.oneOf(["INFLUENCER", "OPINION_LEADER", "VETO_RIGHT", "DECISION_MAKER", "MONOPOLIST"]) }
            expectSymbol("}")
        }
    }

    mutating func domain() {
        _ = declare("DomainPart")
        guard eatSymbol("{") else { return }
        setting("domainVisionStatement") { $0.string() }
        while eat("Subdomain") {
            _ = declare("DomainPart")
            guard eatSymbol("{") else { continue }
            setting("type") { $0.oneOf(["UNDEFINED", "CORE_DOMAIN", "SUPPORTING_DOMAIN", "GENERIC_SUBDOMAIN"]) }
            setting("domainVisionStatement") { $0.string() }
            expectSymbol("}")
        }
        expectSymbol("}")
    }

    mutating func boundedContext() {
        _ = declare("BoundedContext")
        if eat("implements") { repeat { refer("DomainPart") } while eatSymbol(",") }
        if eat("realizes") { repeat { refer("BoundedContext") } while eatSymbol(",") }
        guard eatSymbol("{") else { return }
        setting("domainVisionStatement") { $0.string() }
        setting("type") { $0.oneOf(["UNDEFINED", "FEATURE", "APPLICATION", "SYSTEM", "TEAM"]) }
        setting("responsibilities") { parser in repeat { parser.string() } while parser.eatSymbol(",") }
        setting("implementationTechnology") { $0.string() }
        if eat("Application") { application() }
        while !atSymbol("}"), current != .end {
            if eat("Module") {
                _ = id()
                expectSymbol("{")
                while !atSymbol("}"), current != .end { domainObject() }
                expectSymbol("}")
            } else if eat("Aggregate") {
                _ = declare("Aggregate")
                expectSymbol("{")
                while !atSymbol("}"), current != .end { domainObject() }
                expectSymbol("}")
            } else {
                fail("expected `Module` or `Aggregate`")
            }
        }
        expectSymbol("}")
    }

    mutating func application() {
        expectSymbol("{")
        while eat("Flow") {
            _ = id()
            expectSymbol("{")
            while !atSymbol("}"), current != .end { flowStep() }
            expectSymbol("}")
        }
        expectSymbol("}")
    }

    /// The operands of one kind, joined by one operator (`+`, `X` or `O`): CML does not mix them.
    mutating func operands(_ kind: String, operators: Set<String>) {
        refer(kind)
        var used: String?
        while true {
            let op: String
            if atSymbol("+"), operators.contains("+") { op = "+" } else if case .name(let text, false) = current, operators.contains(text) { op = text.uppercased() } else { return }
            if let used, used != op { mistakes.append("operators `\(used)` and `\(op)` mixed"); return }
            used = op
            advance()
            refer(kind)
        }
    }

    mutating func flowStep() {
        if eat("command") {
            refer("CommandEvent")
            if eat("delegates") {
                expect("to")
                refer("Aggregate")
                if eatSymbol("[") { stateTransition(); expectSymbol("]") }
            }
            expect("emits")
            expect("event")
            operands("DomainEvent", operators: ["+", "X", "x", "O", "o"])
        } else if eat("event") {
            refer("DomainEvent")
            while eatSymbol("+") { refer("DomainEvent") }
            expect("triggers")
            expect("command")
            operands("CommandEvent", operators: ["+", "X", "x", "O", "o"])
        } else {
            fail("expected a flow step")
        }
    }

    mutating func stateTransition() {
        if !atSymbol("->") {
            refer("EnumValue")
            if eatSymbol(",") { refer("EnumValue") }
        }
        expectSymbol("->")
        repeat {
            refer("EnumValue")
            _ = eatSymbol("*")
        } while eat("X") || eat("x")
    }

    mutating func domainObject() {
        if eat("enum") {
            _ = declare("SimpleDomainObject")
            expectSymbol("{")
            _ = eat("aggregateLifecycle")
            repeat { _ = declare("EnumValue") } while eatSymbol(",")
            expectSymbol("}")
            return
        }
        let kinds = ["Entity": "Entity", "ValueObject": "ValueObject", "DomainEvent": "DomainEvent", "CommandEvent": "CommandEvent"]
        guard case .name(let keyword, false) = current, let kind = kinds[keyword] else { fail("expected a domain object"); return }
        advance()
        let name = declare(kind)
        declared["SimpleDomainObject", default: []].insert(name)
        expectSymbol("{")
        _ = eat("aggregateRoot")
        while !atSymbol("}"), current != .end {
            if eatSymbol("-") {
                // Reference: `-` (CollectionType `<` SimpleDomainObject `>` | SimpleDomainObject) ID
                if case .name(let text, false) = current, Self.collections.contains(text) {
                    advance()
                    expectSymbol("<")
                    refer("SimpleDomainObject")
                    expectSymbol(">")
                } else {
                    refer("SimpleDomainObject")
                }
            } else if case .name(let text, false) = current, Self.collections.contains(text) {
                advance()
                expectSymbol("<")
                type()
                expectSymbol(">")
            } else {
                type()
            }
            _ = id()
            _ = eat("nullable")
        }
        expectSymbol("}")
    }

    /// Type: a built-in type keyword or a JavaIdentifier (a name).
    mutating func type() {
        if case .name(let text, false) = current, Self.builtinTypes.contains(text) { advance(); return }
        _ = id()
    }
}
