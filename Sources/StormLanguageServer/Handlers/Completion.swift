import StormModel
import StormSource
import StormSupport
import StormSyntax

extension LanguageServer {
    typealias ItemKind = CompletionRequest.ItemKind

    /// `textDocument/completion`: keywords where the grammar allows them, and names of the kind the
    /// place takes: events after `emits`, `when`, `from`, `consumes`, `publishes`, `given` and `unless`,
    /// commands after `then` (in a scenario: `when`), actors after `by`, teams after `owner`, types after
    /// `:` and `returns`, contexts after `extend context` and in a map, roles in a map, teams after `team`
    /// and the interaction modes after `team A` in a map. After `or` the place takes what it took before the `or`.
    func completion(_ params: TextDocumentPositionParams) throws(ResponseError) -> JSON {
        let (analysis, file) = try analysis(params.uri)
        let source = analysis.sources[file]
        let index = analysis.index
        let tokens: [Token] = index.tokens[file.index]
        let offset = converter.offset(of: params.position, in: source)
        // The tokens before the cursor, leaving out the word being typed.
        var last = index.firstToken(at: offset, in: tokens) - 1
        var wordStartsLine = true
        if last >= 0, tokens[last].kind == .identifier, Int(tokens[last].end) >= offset {
            wordStartsLine = tokens[last].startsLine
            last -= 1
        } else if last >= 0 {
            let lineStart = source.lineStarts[source.lineAndColumn(of: offset).line - 1]
            wordStartsLine = Int(tokens[last].end) <= lineStart
        }
        func text(_ position: Int) -> String { position >= 0 ? index.text(tokens[position], source) : "" }
        let block = enclosingBlock(tokens: tokens, before: last + 1, source: source, index: index)
        let context: String? = index.declarations.first { (declaration: Declaration) -> Bool in
            declaration.kind == .context && declaration.range.file == file && declaration.range.start <= offset && offset <= declaration.range.end
        }?.name

        var items: [JSON] = []
        func add(_ label: String, _ kind: ItemKind, _ detail: String? = nil) {
            var item: JSONObject = ["label": .string(label), "kind": .integer(kind.rawValue)]
            if let detail { item["detail"] = .string(detail) }
            items.append(.object(item))
        }
        func names(_ kinds: Set<DeclarationKind>, qualifyOthers: Bool) {
            for declaration in index.declarations where kinds.contains(declaration.kind) {
                if declaration.scope == context || !declaration.kind.isContextMember {
                    add(declaration.name, Self.itemKind(declaration.kind), declaration.kind.rawValue)
                } else if qualifyOthers {
                    add(declaration.qualifiedName, Self.itemKind(declaration.kind), declaration.kind.rawValue)
                }
            }
        }

        if wordStartsLine {
            for keyword in Self.keywords(in: block) { add(keyword, .keyword) }
            if block == "context map" { names([.context], qualifyOthers: false) }
            return .array(items)
        }
        let previous: TokenKind = last >= 0 ? tokens[last].kind : .endOfFile
        if previous == .colon {
            let lineStart = (0...last).last { tokens[$0].startsLine } ?? 0
            switch text(lineStart) {
            case "policy": add("when", .keyword)
            case "subdomain": for kind in SubdomainKind.allCases { add(kind.rawValue, .keyword) }
            default:
                for primitive in PrimitiveType.allCases { add(primitive.rawValue, .struct, "built-in type") }
                names([.identifier, .valueObject, .entity, .enumeration], qualifyOthers: true)
            }
            return .array(items)
        }
        if block == "context map" {
            let opened: Int = tokens[0...last].lastIndex { $0.kind == TokenKind.leftBracket } ?? -1
            let closed: Int = tokens[0...last].lastIndex { $0.kind == TokenKind.rightBracket } ?? -1
            if previous == .leftBracket || (previous == .comma && opened > closed) {
                for role in StormKeywords.roles.sorted() { add(role, .keyword, "role") }
            } else if text(last) == "team" {
                names([.team], qualifyOthers: false)
            } else if previous == .identifier, text(last - 1) == "team" {
                // `team A |`: how the teams interact (the arrows take roles first, as between contexts).
                for mode in TeamRelationshipSyntax.interactionModes { add(mode, .keyword, "team interaction") }
            } else {
                names([.context], qualifyOthers: false)
                for keyword in ["partnership", "shared kernel", "separate ways", "team"] { add(keyword, .keyword) }
            }
            return .array(items)
        }
        // The clause the cursor is in: the keyword before the comma-separated names typed so far.
        var position = last
        while position >= 0, tokens[position].kind == .comma || text(position) == "or" {
            position -= 1
            while position >= 0, tokens[position].kind == .identifier {
                if position >= 1, tokens[position - 1].kind == .dot { position -= 2 } else { position -= 1; break }
            }
        }
        switch text(position) {
        case "emits": names([.event], qualifyOthers: false)
        case "then" where block == "scenario":
            names([.event], qualifyOthers: true)
            for keyword in ["nothing", "fails with"] { add(keyword, .keyword) }
        case "then": names([.command], qualifyOthers: false)
        case "when" where block == "scenario": names([.command], qualifyOthers: false)
        case "when", "from", "consumes", "publishes", "given", "unless": names([.event], qualifyOthers: true)
        case "returns":
            for primitive in PrimitiveType.allCases { add(primitive.rawValue, .struct, "built-in type") }
            names([.identifier, .valueObject, .entity, .enumeration], qualifyOthers: true)
        case "extend", "external": add("context", .keyword)
        case "exposes" where block == "relationship":
            names([.identifier, .valueObject, .entity, .enumeration, .aggregate, .command, .event, .readModel, .dataProduct], qualifyOthers: true)
        case "rights" where block == "relationship":
            for rights in ["influencer", "opinion leader", "veto right", "decision maker", "monopolist"] { add(rights, .keyword) }
        case "context" where text(position - 1) == "extend": names([.context], qualifyOthers: false)
        case "by": names([.actor, .externalSystem], qualifyOthers: false)
        case "owner": names([.team], qualifyOthers: false)
        case "implements":
            for declaration in index.declarations where declaration.kind == .subdomain { add(declaration.qualifiedName, .module, "subdomain") }
        default:
            if block == "context" || block == "aggregate" {
                for keyword in Self.followingKeywords(text(lineStartToken(tokens, last))) { add(keyword, .keyword) }
            }
        }
        return .array(items)
    }

    /// The index of the first token of the line holding token `position`.
    private func lineStartToken(_ tokens: [Token], _ position: Int) -> Int {
        guard position >= 0 else { return -1 }
        var start = position
        while start > 0, !tokens[start].startsLine { start -= 1 }
        return start
    }

    /// The keywords that may follow a member's name, by the member's first word.
    static func followingKeywords(_ first: String) -> [String] {
        switch first {
        case "command": ["emits", "fails with"]
        case "policy": ["when", "every", "after"]
        case "read": ["from"]
        default: []
        }
    }

    /// The kind of block the cursor is in: `top`, `context` (also `extend context`), `context map`,
    /// `aggregate`, `domain`, `data` (a data product), `lifecycle`, `scenario`, `read model`,
    /// `relationship` (a relationship's details in a context map) or `fields`,
    /// from the first words of the line that opened it.
    private func enclosingBlock(tokens: [Token], before end: Int, source: SourceFile, index: SymbolIndex) -> String {
        var stack: [String] = []
        var lineStart = 0
        for position in 0..<max(0, min(end, tokens.count)) {
            let token = tokens[position]
            if token.startsLine { lineStart = position }
            switch token.kind {
            case .leftBrace:
                var first = lineStart
                while first < position, tokens[first].kind == .at || (first > 0 && tokens[first - 1].kind == .at) || tokens[first].kind == .leftParen
                    || tokens[first].kind == .rightParen || tokens[first].kind == .string { first += 1 }
                let word = index.text(tokens[first], source)
                let second = first + 1 < position ? index.text(tokens[first + 1], source) : ""
                switch word {
                case "context": stack.append(second == "map" ? "context map" : "context")
                case "extend", "external": stack.append("context")
                case _ where stack.last == "context map": stack.append("relationship")
                case "read": stack.append("read model")
                case "aggregate", "domain", "data", "lifecycle", "scenario": stack.append(word)
                default: stack.append("fields")
                }
            case .rightBrace: _ = stack.popLast()
            default: break
            }
        }
        return stack.last ?? "top"
    }

    /// The keywords that may start a line in a block.
    static func keywords(in block: String) -> [String] {
        switch block {
        case "top": ["domain", "team", "context", "context map", "extend context", "external context", "use"]
        case "context map": ["type system landscape", "type organizational", "state as is", "state to be", "team"]
        case "relationship": ["name", "technology", "exposes", "rights"]
        case "context": ["owner", "vision", "actor", "external system", "id", "value", "entity", "enum", "aggregate", "command",
                         "event", "policy", "read model", "hotspot", "data product"]
        case "aggregate": ["invariant", "command", "entity", "value", "hotspot", "lifecycle", "scenario"]
        case "lifecycle": ["final"]
        case "scenario": ["given", "when", "then"]
        case "read model": ["query"]
        case "domain": ["subdomain"]
        case "data": ["owner", "input port", "output port", "freshness", "availability"]
        default: []
        }
    }

    static func itemKind(_ kind: DeclarationKind) -> ItemKind {
        switch kind {
        case .event: .event
        case .command, .policy: .function
        case .context, .domain, .subdomain, .contextMap, .dataProduct: .module
        case .valueObject, .identifier: .struct
        case .entity, .aggregate, .readModel: .class
        case .enumeration: .enumMember
        case .team, .actor, .externalSystem: .reference
        }
    }
}
