import StormSource

/// The tactic part of CML (Sculptor's DSL): aggregates, modules, entities, value objects, events,
/// commands, enums and their attributes, and the application layer.
///
/// ```ebnf
/// Member      = Setting | Aggregate | Module | Application | TypeDeclaration | Unsupported ;
/// Aggregate   = "Aggregate" Name "{" { Member } "}" ;
/// Module      = "Module" Name "{" { Member } "}" ;
/// Application = "Application" [ Name ] "{" { "Command" TypeBody | "Event" TypeBody | Unsupported } "}" ;
/// TypeDeclaration = [ "abstract" ] ( "Entity" | "ValueObject" | "DomainEvent" | "CommandEvent" ) Name TypeBody
///                 | "enum" Name "{" { Flag } Name { "," Name } "}" ;
/// TypeBody    = [ "extends" Name ] "{" { "aggregateRoot" | Attribute | Flag | Operation } "}" ;
/// Attribute   = [ "-" ] Type Name { Modifier } ;          (* one per line *)
/// Type        = Name [ "<" Type { "," Type } ">" ] ;
/// ```
extension CMLParser {
    static let typeKeywords: [String: CMLTypeDeclaration.Kind] = [
        "Entity": .entity, "ValueObject": .valueObject, "DomainEvent": .domainEvent, "CommandEvent": .commandEvent,
        "enum": .enumeration, "Command": .commandEvent, "Event": .domainEvent,
    ]

    /// Sculptor's options of an enum, before its values.
    static let enumFlags: Set<String> = ["aggregateLifecycle", "ordinal", "hint", "cache", "package"]

    mutating func parseMembers(of what: String, depth: Int, into members: inout [CMLMember]) {
        guard depth < Self.maximumDepth else {
            error("CML nested more than \(Self.maximumDepth) levels deep")
            skipBlock()
            return
        }
        block(what) { parser in
            guard parser.current.kind == .name else { return }
            let keyword = parser.current.text
            if keyword == "abstract", let kind = Self.typeKeywords[parser.peek().text], kind != .enumeration {
                parser.advance()
                if let type = parser.parseTypeDeclaration(kind) { members.append(.type(type)) }
                return
            }
            switch keyword {
            case "Aggregate":
                parser.advance()
                guard let name = parser.expectName("the aggregate's name") else { parser.skipToNextLine(); return }
                var aggregate = CMLAggregate(name: name)
                parser.parseMembers(of: "aggregate `\(name.text)`", depth: depth + 1, into: &aggregate.members)
                members.append(.aggregate(aggregate))
            case "Module":
                parser.advance()
                guard let name = parser.expectName("the module's name") else { parser.skipToNextLine(); return }
                var inner: [CMLMember] = []
                parser.parseMembers(of: "module `\(name.text)`", depth: depth + 1, into: &inner)
                members.append(.module(name: name, members: inner))
            case "Application":
                parser.advance()
                if parser.current.kind == .name, !parser.isSymbol("{") { parser.advance() }
                parser.parseMembers(of: "the application layer", depth: depth + 1, into: &members)
            case "Entity", "ValueObject", "DomainEvent", "CommandEvent", "enum", "Command", "Event":
                if let type = parser.parseTypeDeclaration(Self.typeKeywords[keyword]!) { members.append(.type(type)) }
            case "Flow":
                parser.advance()
                guard let name = parser.expectName("the flow's name") else { parser.skipToNextLine(); return }
                var flow = CMLFlow(name: name)
                parser.block("flow `\(name.text)`") { parser in
                    if let step = parser.parseFlowStep() { flow.steps.append(step) }
                }
                members.append(.flow(flow))
            case "Coordination": members.append(.unsupported(parser.unsupported("coordination")))
            case "Service": members.append(.unsupported(parser.unsupported("service")))
            case "Repository": members.append(.unsupported(parser.unsupported("repository")))
            case "BasicType", "DataTransferObject", "Trait": members.append(.unsupported(parser.unsupported("`\(keyword)`")))
            default:
                if parser.atSetting {
                    members.append(.setting(parser.parseSetting()))
                } else {
                    parser.error("expected `Aggregate`, `Module`, `Entity`, `ValueObject`, `DomainEvent`, `CommandEvent`, `enum` or a setting in \(what), found \(parser.describe(parser.current))")
                    parser.skipToNextLine()
                }
            }
        }
    }

    mutating func parseTypeDeclaration(_ kind: CMLTypeDeclaration.Kind) -> CMLTypeDeclaration? {
        advance()
        guard let name = expectName("the name of the \(kind.rawValue)") else { skipToNextLine(); return nil }
        var type = CMLTypeDeclaration(kind: kind, name: name)
        if isName("extends") {
            type.unsupported.append(unsupportedHeader("`extends`"))
        }
        if kind == .enumeration {
            block("enum `\(name.text)`") { parser in
                if parser.current.kind == .name, Self.enumFlags.contains(parser.current.text) {
                    type.unsupported.append(parser.unsupported("`\(parser.current.text)` in an enum"))
                    return
                }
                if parser.current.kind == .name {
                    type.cases.append(CMLName(text: parser.current.text, range: parser.range(of: parser.current)))
                    parser.advance()
                    if parser.isSymbol("(") {
                        let start = parser.current.start
                        while !parser.atEnd, !parser.isSymbol(")"), !parser.isSymbol("}") { parser.advance() }
                        _ = parser.eat(symbol: ")")
                        let range = parser.range(from: start)
                        type.unsupported.append(CMLUnsupported(what: "enum values", range: range, text: parser.text(range)))
                    }
                }
                _ = parser.eat(symbol: ",") || parser.eat(symbol: ";")
            }
            return type
        }
        block("\(kind.rawValue) `\(name.text)`") { parser in
            parser.parseTypeMember(into: &type)
        }
        return type
    }

    /// One line of an entity, value object, event or command: `aggregateRoot`, an attribute, a flag or an operation.
    mutating func parseTypeMember(into type: inout CMLTypeDeclaration) {
        if isName("aggregateRoot") {
            type.isAggregateRoot = true
            advance()
            return
        }
        if isName("def") || isName("Repository") || isName("Service") {
            type.unsupported.append(unsupported(current.text == "def" ? "operation" : current.text.lowercased()))
            return
        }
        let isReference = eat(symbol: "-")
        while current.kind == .name, ["private", "protected", "public", "package"].contains(current.text), !peek().startsLine { advance() }
        // A lone word on its line (`persistent`, `!optimisticLocking`, `hint = "…"`) is a flag or setting, not an attribute.
        let startsAttribute = current.kind == .name && (peek().kind == .name || peek().text == "<" || peek().text == "@") && !peek().startsLine
        if isReference, isSymbol("@") { advance() }
        guard startsAttribute || (isReference && current.kind == .name) else {
            if isReference { error("expected the referenced type and the attribute's name after `-`") ; skipToNextLine(); return }
            guard current.kind == .name || isSymbol("!") else { return }
            let what = current.kind == .name ? "`\(current.text)`" : "`\(current.text)\(peek().text)`"
            type.unsupported.append(unsupported("\(what) in \(type.kind.rawValue) `\(type.name.text)`"))
            return
        }
        guard let attributeType = parseType(depth: 0) else { skipToNextLine(); return }
        guard current.kind == .name, !current.startsLine else {
            error("expected the attribute's name after its type `\(attributeType.name.text)`")
            skipToNextLine()
            return
        }
        let name = CMLName(text: current.text, range: range(of: current))
        advance()
        var nullable = false
        var modifiers: [String] = []
        let modifierStart = current.start
        while !atEnd, !current.startsLine, !isSymbol("}") {
            if isName("nullable") { nullable = true } else if current.kind == .name { modifiers.append(current.text) }
            if isSymbol("{") { skipBlock(); continue }
            advance()
        }
        if !modifiers.isEmpty {
            let range = range(from: modifierStart)
            type.unsupported.append(CMLUnsupported(what: "attribute modifiers of `\(name.text)`", range: range, text: text(range)))
        }
        type.attributes.append(CMLAttribute(name: name, type: attributeType, isReference: isReference, isNullable: nullable))
    }

    /// `Name` or `Name<Type, …>`.
    mutating func parseType(depth: Int) -> CMLType? {
        guard let name = expectName("a type") else { return nil }
        var arguments: [CMLType] = []
        if isSymbol("<"), !current.startsLine {
            guard depth < Self.maximumDepth else { error("type nested too deeply"); return nil }
            advance()
            repeat {
                if isSymbol("@") { advance() }
                guard let argument = parseType(depth: depth + 1) else { return nil }
                arguments.append(argument)
            } while eat(symbol: ",")
            guard eat(symbol: ">") else {
                error("expected `>` to close the type arguments of `\(name.text)`")
                return nil
            }
        }
        if isSymbol("["), peek().text == "]" { advance(); advance(); return CMLType(name: name, arguments: [CMLType(name: CMLName(text: "[]", range: name.range), arguments: [])]) }
        return CMLType(name: name, arguments: arguments)
    }

    /// One flow step, up to the end of its line.
    mutating func parseFlowStep() -> CMLFlowStep? {
        let start = current.start
        guard current.kind == .name, ["command", "event", "operation"].contains(current.text) else {
            error("expected a flow step starting with `command`, `event` or `operation`, found \(describe(current))")
            skipToNextLine()
            return nil
        }
        let kind = current.text
        advance()
        var step = CMLFlowStep(kind: kind, subjects: [], subjectOperators: [], targetKind: nil, targets: [], targetOperators: [],
                               range: range(from: start), text: "")
        func names(_ parser: inout CMLParser, into list: inout [CMLName], operators: inout [String]) {
            while parser.current.kind == .name, !parser.current.startsLine {
                list.append(CMLName(text: parser.current.text, range: parser.range(of: parser.current)))
                parser.advance()
                guard !parser.current.startsLine, ["+", "X", "O", "x", "o"].contains(parser.current.text) else { return }
                operators.append(parser.current.text.uppercased())
                parser.advance()
            }
        }
        names(&self, into: &step.subjects, operators: &step.subjectOperators)
        if isName("delegates"), !current.startsLine {
            advance()
            if isName("to"), !current.startsLine { advance() } else { error("expected `to` after `delegates`") }
            if !current.startsLine, current.kind == .name {
                step.delegate = CMLName(text: current.text, range: range(of: current))
                advance()
                if isSymbol("["), !current.startsLine { step.transition = parseStateTransition() }
            } else {
                error("expected the aggregate's name after `delegates to`")
            }
        }
        if !current.startsLine, isName("emits") || isName("triggers") {
            advance()
            if !current.startsLine, current.kind == .name, ["command", "event", "operation"].contains(current.text) {
                step.targetKind = current.text
                advance()
            }
            names(&self, into: &step.targets, operators: &step.targetOperators)
        }
        if !current.startsLine, !atEnd, !isSymbol("}") {
            error("unexpected \(describe(current)) in a flow step")
            skipToNextLine()
        }
        step.range = range(from: start)
        step.text = text(step.range)
        if step.subjects.isEmpty { error("expected a name after `\(kind)`", at: tokens[max(0, index - 1)]) }
        return step.subjects.isEmpty ? nil : step
    }

    /// `[ [ From [ "," From ] ] "->" To [ "*" ] { ( "X" | "x" ) To [ "*" ] } ]`, at the `[`; nil (with an error) when malformed.
    mutating func parseStateTransition() -> CMLStateTransition? {
        let start = current.start
        advance()
        var transition = CMLStateTransition(from: [], to: [], endStates: [], range: range(from: start))
        while current.kind == .name, !current.startsLine {
            transition.from.append(CMLName(text: current.text, range: range(of: current)))
            advance()
            guard eat(symbol: ",") else { break }
        }
        guard eat(symbol: "->") else {
            error("expected `->` in the state transition, found \(describe(current))")
            skipRestOfLine()
            return nil
        }
        while current.kind == .name, !current.startsLine {
            let state = CMLName(text: current.text, range: range(of: current))
            transition.to.append(state)
            advance()
            if eat(symbol: "*") { transition.endStates.insert(state.text) }
            guard !current.startsLine, current.kind == .name, current.text == "X" || current.text == "x" else { break }
            advance()
        }
        guard !transition.to.isEmpty, eat(symbol: "]") else {
            error("expected \(transition.to.isEmpty ? "the target state" : "`]`") in the state transition, found \(describe(current))")
            skipRestOfLine()
            return nil
        }
        transition.range = range(from: start)
        return transition
    }

    /// Skips what is left of the current line (one error for one mistake), stopping at a `}`.
    mutating func skipRestOfLine() {
        while !atEnd, !current.startsLine, !isSymbol("}") { advance() }
    }
}
