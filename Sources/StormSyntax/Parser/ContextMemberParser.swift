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
        var keyword = text(current)
        let guessed = !Parser.contextMemberWords.contains(keyword)
        if guessed {
            guard let guess = guessMember(in: "context `\(context)`", allowed: "a context member (`aggregate`, `command`, `event`, `policy`, …)",
                                          words: Parser.contextMemberWords, foreign: ForeignSpellings.memberKeywords) else { return nil }
            keyword = guess
            muted += 1
        }
        defer { if guessed { muted -= 1 } }
        switch keyword {
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
            declaring(name)
            return .actor(name, info: finish(pending))
        case "external":
            advance()
            guard expect("system", "after `external`"), let name = parseName("a system name after `external system`") else { return nil }
            declaring(name)
            return .externalSystem(name, info: finish(pending))
        case "id":
            advance()
            guard let name = parseName("an identifier type name after `id`") else { return nil }
            declaring(name)
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
            return nil
        }
    }

    /// `ValueObject = "value" Name FieldBlock ;` and `Entity = "entity" Name FieldBlock ;`
    mutating func parseTypeDeclaration(_ pending: PendingDeclaration, keyword: String) -> TypeDeclarationSyntax? {
        advance()
        guard let name = parseName("a name after `\(keyword)`") else { return nil }
        declaring(name)
        guard let (fields, closing) = parseFieldBlock(of: "\(keyword) `\(name.text)`", required: true) else { return nil }
        return TypeDeclarationSyntax(info: finish(pending), name: name, fields: fields, closingComments: closing)
    }

    /// `Enum = "enum" Name "{" EnumCase { [ "," ] EnumCase } [ "," ] "}" ;`
    mutating func parseEnum(_ pending: PendingDeclaration) -> EnumSyntax? {
        advance()
        guard let name = parseName("an enumeration name after `enum`") else { return nil }
        declaring(name)
        guard let opening = expectOpening("to open enum `\(name.text)`") else { return nil }
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
        declaring(name)
        guard let opening = expectOpening("to open aggregate `\(name.text)`") else { return nil }
        var members: [AggregateMemberSyntax] = []
        let starters = AggregateKeyword.allCases.map(\.word)
        let closing = parseBlockMembers(of: "aggregate `\(name.text)`", opening: opening, starters: starters, fieldStarts: true) { parser in
            let member = parser.beginDeclaration()
            if parser.current.kind == .identifier, parser.peek().kind == .colon {
                if let field = parser.parseField(member) { members.append(.field(field)) }
                return
            }
            if let keyword = AggregateKeyword.allCases.first(where: { parser.isWord(parser.current, $0.word) }) {
                parser.parseAggregateMember(keyword.rawValue, member, into: &members)
            } else if let guess = parser.guessMember(in: "aggregate `\(name.text)`",
                                                     allowed: "a field (`name: Type`), `invariant`, `command`, `entity`, `value` or `hotspot`",
                                                     words: AggregateKeyword.allCases.map(\.rawValue), foreign: ForeignSpellings.memberKeywords) {
                parser.muted += 1
                parser.parseAggregateMember(guess, member, into: &members)
                parser.muted -= 1
            }
        }
        return AggregateSyntax(info: finish(pending), name: name, members: members.trimmed(), closingComments: closing)
    }

    /// The keywords that start a member of an aggregate other than a field.
    enum AggregateKeyword: String, CaseIterable {
        case invariant, command, entity, value, hotspot, lifecycle, scenario, owner
        var word: StaticString {
            switch self {
            case .owner: "owner"
            case .invariant: "invariant"
            case .command: "command"
            case .entity: "entity"
            case .value: "value"
            case .hotspot: "hotspot"
            case .lifecycle: "lifecycle"
            case .scenario: "scenario"
            }
        }
    }

    /// An aggregate member that starts with `keyword` (the current token, or a word read as it).
    mutating func parseAggregateMember(_ keyword: String, _ member: PendingDeclaration, into members: inout [AggregateMemberSyntax]) {
        switch AggregateKeyword(rawValue: keyword) {
        case .invariant:
            advance()
            if let text = parseString("the invariant (a string) after `invariant`") { members.append(.invariant(text, info: finish(member))) }
        case .command:
            if let command = parseCommand(member) { members.append(.command(command)) }
        case .entity:
            if let entity = parseTypeDeclaration(member, keyword: "entity") { members.append(.entity(entity)) }
        case .value:
            if let value = parseTypeDeclaration(member, keyword: "value") { members.append(.valueObject(value)) }
        case .hotspot:
            advance()
            if let text = parseString("the hotspot's question (a string) after `hotspot`") { members.append(.hotspot(text, info: finish(member))) }
        case .lifecycle:
            if let lifecycle = parseLifecycle(member) { members.append(.lifecycle(lifecycle)) }
        case .scenario:
            if let scenario = parseScenario(member) { members.append(.scenario(scenario)) }
        case .owner:
            advance()
            if let team = parseName("a team name after `owner`") { members.append(.owner(team, info: finish(member))) }
        case nil:
            break
        }
    }

    /// `Command = "command" Name [ "by" QualifiedName { "," QualifiedName } ] [ FieldBlock ] [ "emits" QualifiedName { "," QualifiedName } ] ;`
    mutating func parseCommand(_ pending: PendingDeclaration) -> CommandSyntax? {
        advance()
        guard let name = parseName("a command name after `command`") else { return nil }
        declaring(name)
        var issuers: [QualifiedName] = []
        if eatOptional("by", "after command `\(name.text)`") { issuers = parseQualifiedNameList("an actor, external system or policy after `by`") }
        var fields: [FieldSyntax]?
        var closing: [String] = []
        if current.kind == .leftBrace {
            guard let block = parseFieldBlock(of: "command `\(name.text)`", required: true, continuation: "emits") else { return nil }
            (fields, closing) = (block.fields, block.closing)
        }
        var emits: [QualifiedName] = []
        var starts: [Int] = []
        let emitsToken = current
        if eatOptional("emits", "after command `\(name.text)`") { (emits, starts) = parseAlternatives("an event name after `emits`") }
        if fields == nil, !emits.isEmpty, current.kind == .leftBrace, !current.startsLine,
           let block = parseMisplacedFieldBlock(of: name, emits: emitsToken) {
            (fields, closing) = (block.fields, block.closing)
        }
        let failures = parseFailures(of: name)
        return CommandSyntax(info: finish(pending), name: name, issuers: issuers, fields: fields, emits: emits, closingComments: closing,
                             outcomeStarts: starts, failures: failures)
    }

    /// A command's field block written after its events (`emits A { … }`) on the same line, a common slip: it
    /// is reported once, with a fix-it moving it before `emits`, and read as the command's, so that the rest
    /// of the context is read as written.
    private mutating func parseMisplacedFieldBlock(of name: Name, emits: Token) -> (fields: [FieldSyntax], closing: [String])? {
        let open = current
        let end = previous
        guard let block = parseFieldBlock(of: "command `\(name.text)`", required: true) else { return nil }
        let written = range(from: open)
        let moved = String(decoding: file.bytes[written.start..<written.end], as: UTF8.self)
        report("misplaced-fields", SyntaxDiagnostics.misplacedFields(of: name.text), at: written,
               fixIts: [FixIt("move the fields before `emits`", edits: [
                   TextEdit(range: SourceRange(file: fileID, start: Int(emits.start), end: Int(emits.start)), replacement: moved + " "),
                   TextEdit(range: SourceRange(file: fileID, start: Int(end.end), end: written.end), replacement: ""),
               ])])
        return block
    }

    /// `Event = "event" Name [ Version ] [ FieldBlock ] { PreviousVersion } ;`
    mutating func parseEvent(_ pending: PendingDeclaration) -> EventSyntax? {
        advance()
        guard let name = parseName("an event name after `event`") else { return nil }
        declaring(name)
        var version: IntegerLiteral?
        var revision: VersionRevisionSyntax?
        if current.kind == .identifier, !current.startsLine {
            let word = text(current)
            if word.count >= 2, word.first == "v", word.dropFirst().allSatisfy(\.isASCII), word.dropFirst().allSatisfy(\.isNumber) {
                let token = advance()
                if let number = Int(word.dropFirst()) {
                    version = IntegerLiteral(number, range: range(token))
                    revision = parseRevision(from: token, major: number)
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
        let previous = parsePreviousVersions(of: name)
        var event = EventSyntax(info: finish(pending), name: name, version: version, fields: fields, closingComments: closing)
        event.revision = revision
        event.previous = previous
        return event
    }

    /// `Policy = "policy" Name ":" "when" QualifiedName { "," QualifiedName } "then" QualifiedName { "," QualifiedName } ;`
    mutating func parsePolicy(_ pending: PendingDeclaration) -> PolicySyntax? {
        advance()
        guard let name = parseName("a policy name after `policy`") else { return nil }
        declaring(name)
        guard expect(.colon, "after policy `\(name.text)`: write `policy \(name.text): when Event then Command`") != nil else { return nil }
        var schedule: ScheduleSyntax?
        var triggers: [QualifiedName] = []
        if isWord(current, "every") || isWord(current, "after"), peek().kind == .number || peek().kind == .identifier, !peek().startsLine {
            guard let parsed = parseSchedule(of: name), expect("then", "after the schedule of policy `\(name.text)`") else { return nil }
            schedule = parsed
        } else {
            guard expect("when", "after `policy \(name.text):`") else { return nil }
            triggers = parseQualifiedNameList("an event name after `when`")
            guard !triggers.isEmpty, expect("then", "after the events of policy `\(name.text)`") else { return nil }
        }
        let (commands, choices) = parseAlternatives("a command name after `then`")
        guard !commands.isEmpty else { return nil }
        return PolicySyntax(info: finish(pending), name: name, triggers: triggers, commands: commands, choiceStarts: choices, schedule: schedule)
    }

    /// `ReadModel = "read" "model" Name "from" QualifiedName { "," QualifiedName } [ FieldBlock ] ;`
    mutating func parseReadModel(_ pending: PendingDeclaration) -> ReadModelSyntax? {
        advance()
        guard expect("model", "after `read`"), let name = parseName("a read model name after `read model`") else { return nil }
        declaring(name)
        guard expect("from", "after read model `\(name.text)`: write `read model \(name.text) from Event`") else { return nil }
        let sources = parseQualifiedNameList("an event name after `from`")
        guard !sources.isEmpty else { return nil }
        var fields: [FieldSyntax]?
        var closing: [String] = []
        var queries: [QuerySyntax] = []
        if current.kind == .leftBrace {
            guard let block = parseReadModelBlock(of: name) else { return nil }
            (fields, queries, closing) = (block.fields, block.queries, block.closing)
        }
        return ReadModelSyntax(info: finish(pending), name: name, sources: sources, fields: fields, closingComments: closing, queries: queries)
    }
}
