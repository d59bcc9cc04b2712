import StormDiagnostics
import StormSource

/// Context maps and their relationships.
extension Parser {
    /// `ContextMap = "context" "map" Name "{" { Relationship } "}" ;`
    mutating func parseContextMap(_ pending: PendingDeclaration) -> ContextMapSyntax? {
        advance()
        advance()
        guard let name = parseName("a context map name after `context map`") else { return nil }
        guard let opening = expect(.leftBrace, "to open context map `\(name.text)`") else { return nil }
        var relationships: [RelationshipSyntax] = []
        // Every relationship starts with a context name, so recovery resumes at the next line.
        let closing = parseBlockMembers(of: "context map `\(name.text)`", opening: opening, starters: [], nameStarts: true) { parser in
            if let relationship = parser.parseRelationship() { relationships.append(relationship) }
        }
        return ContextMapSyntax(info: finish(pending), name: name, relationships: relationships, closingComments: closing)
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
            } else {
                error("expected-token", SyntaxDiagnostics.expected("`->`, `<-`, `<->`, `partnership`, `shared kernel` or `separate ways`",
                                                                   "after `\(left.text)`", found: found))
                return nil
            }
        }
        let connectorRange = range(from: connectorStart)
        let rightRoles = parseRoles()
        guard let right = parseName("a context name after `\(connector.rawValue)`") else { return nil }
        return RelationshipSyntax(info: finish(pending), left: left, leftRoles: leftRoles, connector: connector,
                                  connectorRange: connectorRange, rightRoles: rightRoles, right: right)
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
