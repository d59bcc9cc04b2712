import StormDiagnostics
import StormSource

/// The members of a bounded context.
extension Parser {
    static let contextMemberStarters: [StaticString] = [
        "owner", "vision", "actor", "external", "id", "value", "entity", "enum", "aggregate",
        "command", "event", "policy", "read", "hotspot", "data",
    ]

    static let contextMemberWords = [
        "owner", "vision", "actor", "external", "id", "value", "entity", "enum", "aggregate",
        "command", "event", "policy", "read", "hotspot", "data",
    ]

    /// `ContextMember = { Annotation } ( "owner" Name | "vision" String | "actor" Name | "external" "system" Name
    ///   | Identifier | ValueObject | Entity | Enum | Aggregate | Command | Event | Policy | ReadModel | Hotspot | DataProduct ) ;`
    mutating func parseContextMember(in context: String) -> ContextMemberSyntax? {
        let pending = beginDeclaration()
        guard current.kind == .identifier else {
            reportUnexpectedMember(in: "context `\(context)`", allowed: "a context member (`aggregate`, `command`, `event`, `policy`, …)", words: [])
            return nil
        }
        switch text(current) {
        case "owner":
            advance()
            guard let team = parseName("a team name after `owner`") else { return nil }
            return .owner(team, info: finish(pending))
        case "vision":
            advance()
            guard let vision = parseString("a vision statement (a string) after `vision`") else { return nil }
            return .vision(vision, info: finish(pending))
        case "actor":
            advance()
            guard let name = parseName("an actor name after `actor`") else { return nil }
            return .actor(name, info: finish(pending))
        case "external":
            advance()
            guard expect("system", "after `external`"), let name = parseName("a system name after `external system`") else { return nil }
            return .externalSystem(name, info: finish(pending))
        case "id":
            advance()
            guard let name = parseName("an identifier type name after `id`") else { return nil }
            var rawType: TypeSyntax?
            if eat(.colon) != nil { rawType = parseType() }
            return .identifier(IdentifierSyntax(info: finish(pending), name: name, rawType: rawType))
        case "value":
            return parseTypeDeclaration(pending, keyword: "value").map(ContextMemberSyntax.valueObject)
        case "entity":
            return parseTypeDeclaration(pending, keyword: "entity").map(ContextMemberSyntax.entity)
        case "enum":
            return parseEnum(pending).map(ContextMemberSyntax.enumeration)
        case "aggregate":
            return parseAggregate(pending).map(ContextMemberSyntax.aggregate)
        case "command":
            return parseCommand(pending).map(ContextMemberSyntax.command)
        case "event":
            return parseEvent(pending).map(ContextMemberSyntax.event)
        case "policy":
            return parsePolicy(pending).map(ContextMemberSyntax.policy)
        case "read":
            return parseReadModel(pending).map(ContextMemberSyntax.readModel)
        case "hotspot":
            advance()
            guard let question = parseString("the hotspot's question (a string) after `hotspot`") else { return nil }
            return .hotspot(question, info: finish(pending))
        case "data":
            return parseDataProduct(pending).map(ContextMemberSyntax.dataProduct)
        default:
            reportUnexpectedMember(in: "context `\(context)`", allowed: "a context member (`aggregate`, `command`, `event`, `policy`, …)",
                                   words: Parser.contextMemberWords)
            return nil
        }
    }

    /// `ValueObject = "value" Name FieldBlock ;` and `Entity = "entity" Name FieldBlock ;`
    mutating func parseTypeDeclaration(_ pending: PendingDeclaration, keyword: String) -> TypeDeclarationSyntax? {
        advance()
        guard let name = parseName("a name after `\(keyword)`") else { return nil }
        guard let (fields, closing) = parseFieldBlock(of: "\(keyword) `\(name.text)`", required: true) else { return nil }
        return TypeDeclarationSyntax(info: finish(pending), name: name, fields: fields, closingComments: closing)
    }

    /// `Enum = "enum" Name "{" EnumCase { [ "," ] EnumCase } [ "," ] "}" ;`
    mutating func parseEnum(_ pending: PendingDeclaration) -> EnumSyntax? {
        advance()
        guard let name = parseName("an enumeration name after `enum`") else { return nil }
        guard let opening = expect(.leftBrace, "to open enum `\(name.text)`") else { return nil }
        var cases: [EnumCaseSyntax] = []
        let closing = parseBlockMembers(of: "enum `\(name.text)`", opening: opening, starters: [], nameStarts: true) { parser in
            let member = parser.beginDeclaration()
            guard let caseName = parser.parseName("a case name in enum `\(name.text)`") else { return }
            _ = parser.eat(.comma)
            cases.append(EnumCaseSyntax(info: parser.finish(member), name: caseName))
        }
        return EnumSyntax(info: finish(pending), name: name, cases: cases, closingComments: closing)
    }

    /// `Aggregate = "aggregate" Name "{" { AggregateMember } "}" ;`
    /// `AggregateMember = { Annotation } ( Field | "invariant" String | Command | Entity | ValueObject | Hotspot ) ;`
    mutating func parseAggregate(_ pending: PendingDeclaration) -> AggregateSyntax? {
        advance()
        guard let name = parseName("an aggregate name after `aggregate`") else { return nil }
        guard let opening = expect(.leftBrace, "to open aggregate `\(name.text)`") else { return nil }
        var members: [AggregateMemberSyntax] = []
        let starters: [StaticString] = ["invariant", "command", "entity", "value", "hotspot"]
        let closing = parseBlockMembers(of: "aggregate `\(name.text)`", opening: opening, starters: starters, fieldStarts: true) { parser in
            let member = parser.beginDeclaration()
            if parser.current.kind == .identifier, parser.peek().kind == .colon {
                if let field = parser.parseField(member) { members.append(.field(field)) }
                return
            }
            if parser.at("invariant") {
                parser.advance()
                if let text = parser.parseString("the invariant (a string) after `invariant`") {
                    members.append(.invariant(text, info: parser.finish(member)))
                }
            } else if parser.at("command") {
                if let command = parser.parseCommand(member) { members.append(.command(command)) }
            } else if parser.at("entity") {
                if let entity = parser.parseTypeDeclaration(member, keyword: "entity") { members.append(.entity(entity)) }
            } else if parser.at("value") {
                if let value = parser.parseTypeDeclaration(member, keyword: "value") { members.append(.valueObject(value)) }
            } else if parser.at("hotspot") {
                parser.advance()
                if let text = parser.parseString("the hotspot's question (a string) after `hotspot`") {
                    members.append(.hotspot(text, info: parser.finish(member)))
                }
            } else {
                parser.reportUnexpectedMember(in: "aggregate `\(name.text)`", allowed: "a field (`name: Type`), `invariant`, `command`, `entity`, `value` or `hotspot`",
                                              words: ["invariant", "command", "entity", "value", "hotspot"])
            }
        }
        return AggregateSyntax(info: finish(pending), name: name, members: members, closingComments: closing)
    }

    /// `Command = "command" Name [ "by" QualifiedName { "," QualifiedName } ] [ FieldBlock ] [ "emits" QualifiedName { "," QualifiedName } ] ;`
    mutating func parseCommand(_ pending: PendingDeclaration) -> CommandSyntax? {
        advance()
        guard let name = parseName("a command name after `command`") else { return nil }
        var issuers: [QualifiedName] = []
        if eat("by") { issuers = parseQualifiedNameList("an actor, external system or policy after `by`") }
        var fields: [FieldSyntax]?
        var closing: [String] = []
        if current.kind == .leftBrace {
            guard let block = parseFieldBlock(of: "command `\(name.text)`", required: true) else { return nil }
            (fields, closing) = (block.fields, block.closing)
        }
        var emits: [QualifiedName] = []
        if eat("emits") { emits = parseQualifiedNameList("an event name after `emits`") }
        return CommandSyntax(info: finish(pending), name: name, issuers: issuers, fields: fields, emits: emits, closingComments: closing)
    }

    /// `Event = "event" Name [ Version ] [ FieldBlock ] ;`
    mutating func parseEvent(_ pending: PendingDeclaration) -> EventSyntax? {
        advance()
        guard let name = parseName("an event name after `event`") else { return nil }
        var version: IntegerLiteral?
        if current.kind == .identifier, !current.startsLine {
            let word = text(current)
            if word.count >= 2, word.first == "v", word.dropFirst().allSatisfy(\.isASCII), word.dropFirst().allSatisfy(\.isNumber) {
                let token = advance()
                if let number = Int(word.dropFirst()) {
                    version = IntegerLiteral(number, range: range(token))
                } else {
                    report("invalid-number", SyntaxDiagnostics.invalidNumber(word), at: range(token))
                }
            }
        }
        var fields: [FieldSyntax]?
        var closing: [String] = []
        if current.kind == .leftBrace {
            guard let block = parseFieldBlock(of: "event `\(name.text)`", required: true) else { return nil }
            (fields, closing) = (block.fields, block.closing)
        }
        return EventSyntax(info: finish(pending), name: name, version: version, fields: fields, closingComments: closing)
    }

    /// `Policy = "policy" Name ":" "when" QualifiedName { "," QualifiedName } "then" QualifiedName { "," QualifiedName } ;`
    mutating func parsePolicy(_ pending: PendingDeclaration) -> PolicySyntax? {
        advance()
        guard let name = parseName("a policy name after `policy`") else { return nil }
        guard expect(.colon, "after policy `\(name.text)`: write `policy \(name.text): when Event then Command`") != nil,
              expect("when", "after `policy \(name.text):`") else { return nil }
        let triggers = parseQualifiedNameList("an event name after `when`")
        guard !triggers.isEmpty, expect("then", "after the events of policy `\(name.text)`") else { return nil }
        let commands = parseQualifiedNameList("a command name after `then`")
        guard !commands.isEmpty else { return nil }
        return PolicySyntax(info: finish(pending), name: name, triggers: triggers, commands: commands)
    }

    /// `ReadModel = "read" "model" Name "from" QualifiedName { "," QualifiedName } [ FieldBlock ] ;`
    mutating func parseReadModel(_ pending: PendingDeclaration) -> ReadModelSyntax? {
        advance()
        guard expect("model", "after `read`"), let name = parseName("a read model name after `read model`") else { return nil }
        guard expect("from", "after read model `\(name.text)`: write `read model \(name.text) from Event`") else { return nil }
        let sources = parseQualifiedNameList("an event name after `from`")
        guard !sources.isEmpty else { return nil }
        var fields: [FieldSyntax]?
        var closing: [String] = []
        if current.kind == .leftBrace {
            guard let block = parseFieldBlock(of: "read model `\(name.text)`", required: true) else { return nil }
            (fields, closing) = (block.fields, block.closing)
        }
        return ReadModelSyntax(info: finish(pending), name: name, sources: sources, fields: fields, closingComments: closing)
    }
}
