import StormDiagnostics
import StormSource

/// Context maps and their relationships.
extension Parser {
    /// `ContextMap = "context" "map" Name "{" { Relationship } "}" ;`
    mutating func parseContextMap(_ pending: PendingDeclaration, keywordTokens: Int = 2) -> ContextMapSyntax? {
        for _ in 0..<keywordTokens { advance() }
        guard let name = parseName("a context map name after `context map`") else { return nil }
        declaring(name)
        guard let opening = expectOpening("to open context map `\(name.text)`") else { return nil }
        var relationships: [RelationshipSyntax] = []
        var settings: [ContextMapSettingSyntax] = []
        var teams: [TeamRelationshipSyntax] = []
        // Every relationship starts with a context name, so recovery resumes at the next line.
        let closing = parseBlockMembers(of: "context map `\(name.text)`", opening: opening, starters: [], nameStarts: true) { parser in
            if parser.atTeamRelationship {
                if let relationship = parser.parseTeamRelationship() { teams.append(relationship) }
            } else if parser.atContextMapSetting {
                settings.append(parser.parseContextMapSetting())
            } else if let relationship = parser.parseRelationship() {
                relationships.append(relationship)
            }
        }
        var map = ContextMapSyntax(info: finish(pending), name: name, relationships: relationships, closingComments: closing, settings: settings)
        map.teamRelationships = teams
        return map
    }

    /// `Relationship = Name [ Roles ] ( "->" | "<-" | "<->" ) [ Roles ] Name
    ///               | Name ( "partnership" | "shared" "kernel" | "separate" "ways" ) Name ;`
    mutating func parseRelationship() -> RelationshipSyntax? {
        let pending = beginDeclaration()
        guard let left = parseName("a context name to start a relationship (as in `A [U] -> [D] B`)") else { return nil }
        let leftRoles = parseRoles()
        let connectorStart = current
        let connector: RelationshipSyntax.Connector
        switch current.kind {
        case .rightArrow: advance(); connector = .rightArrow
        case .leftArrow: advance(); connector = .leftArrow
        case .bothArrow: advance(); connector = .bidirectional
        default:
            if eat("partnership") {
                connector = .partnership
            } else if eat("shared") {
                guard expect("kernel", "after `shared`") else { return nil }
                connector = .sharedKernel
            } else if eat("separate") {
                guard expect("ways", "after `separate`") else { return nil }
                connector = .separateWays
            } else if let relationship = parseForeignRelationship(left, pending) {
                return relationship
            } else {
                error("expected-token", SyntaxDiagnostics.expected("`->`, `<-`, `<->`, `partnership`, `shared kernel` or `separate ways`",
                                                                   "after `\(left.text)`", found: found))
                return nil
            }
        }
        let connectorRange = range(from: connectorStart)
        let rightRoles = parseRoles()
        guard let right = parseName("a context name after `\(connector.rawValue)`") else { return nil }
        let rightToken = previous
        let details = parseRelationshipDetails(between: left.text, and: right.text)
        var relationship = RelationshipSyntax(info: finish(pending, extraAnnotations: [], last: rightToken), left: left, leftRoles: leftRoles,
                                              connector: connector, connectorRange: connectorRange, rightRoles: rightRoles, right: right)
        relationship.details = details
        return relationship
    }

    /// Context Mapper's relationship in words (`A Customer-Supplier B`, `A Upstream-Downstream B`,
    /// `A Partnership B`): reported once with the Storm form, and read as that form. Nil, consuming
    /// nothing, when the current words are not one of ``ForeignSpellings/relationships``.
    mutating func parseForeignRelationship(_ left: Name, _ pending: PendingDeclaration) -> RelationshipSyntax? {
        guard current.kind == .identifier else { return nil }
        var word = text(current)
        var length = 1
        let (n1, n2) = (peek(1), peek(2))
        if n1.kind == .minus, n2.kind == .identifier, n1.start == current.end, n2.start == n1.end {
            word += "-" + text(n2)
            length = 3
        }
        guard let form = ForeignSpellings.relationships[word] else { return nil }
        let start = current
        for _ in 0..<length { advance() }
        let keyword = range(from: start)
        guard let right = parseName("a context name after `\(word)`") else { return nil }
        let storm = form.written(left.text, right.text)
        let whole = left.range.extended(to: right.range)
        report("foreign-keyword", SyntaxDiagnostics.foreignKeyword(word, storm: storm), at: keyword,
               fixIts: [FixIt("write `\(storm)`", edits: [TextEdit(range: whole, replacement: storm)])])
        let connector: RelationshipSyntax.Connector = switch form.connector {
        case "->": .rightArrow
        case "<-": .leftArrow
        case "partnership": .partnership
        case "shared kernel": .sharedKernel
        default: .separateWays
        }
        return RelationshipSyntax(info: finish(pending), left: left, leftRoles: form.leftRoles.map { Name($0, range: keyword) },
                                  connector: connector, connectorRange: keyword,
                                  rightRoles: form.rightRoles.map { Name($0, range: keyword) }, right: right)
    }

    /// `Roles = "[" Role { "," Role } "]" ;` (roles are validated by the checker)
    mutating func parseRoles() -> [Name] {
        guard eat(.leftBracket) != nil else { return [] }
        var roles: [Name] = []
        while current.kind == .identifier {
            let token = advance()
            roles.append(Name(text(token), range: range(token)))
            if eat(.comma) == nil { break }
        }
        expect(.rightBracket, "to close the roles")
        return roles
    }
}
