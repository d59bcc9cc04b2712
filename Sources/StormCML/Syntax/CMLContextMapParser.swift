import StormSource

/// The context map: settings, `contains`, and relationships in both syntaxes.
extension CMLParser {
    static let relationshipKeywords: Set<String> = [
        "Customer-Supplier", "Supplier-Customer", "Upstream-Downstream", "Downstream-Upstream", "Partnership", "Shared-Kernel",
        "Separate-Ways", "SharedKernel", "SeparateWays",
    ]

    mutating func parseContextMap() -> CMLContextMap {
        advance()
        var map = CMLContextMap(name: nil)
        if current.kind == .name, !isSymbol("{") { map.name = expectName("the context map's name") }
        if !isSymbol("{") { error("expected `{` to open the context map, found \(describe(current))"); skipToNextLine() }
        block("the context map") { parser in
            guard parser.current.kind == .name else { return }
            if parser.isName("contains") {
                parser.advance()
                repeat { _ = parser.expectName("a bounded context's name after `contains`") } while parser.eat(symbol: ",")
            } else if ["type", "state"].contains(parser.current.text), parser.atSetting {
                map.settings.append(parser.parseSetting())
            } else if let relationship = parser.parseRelationship() {
                map.relationships.append(relationship)
            }
        }
        return map
    }

    mutating func parseRoles() -> [CMLName] {
        guard eat(symbol: "[") else { return [] }
        var roles: [CMLName] = []
        while !atEnd, !isSymbol("]") {
            if current.kind == .name {
                roles.append(CMLName(text: current.text, range: range(of: current)))
            } else if !isSymbol(",") {
                error("expected a role (`U`, `D`, `OHS`, `PL`, `ACL`, `CF`, `C`, `S`, `P`, `SK`), found \(describe(current))")
                return roles
            }
            advance()
        }
        if !eat(symbol: "]") { error("expected `]` to close the roles") }
        return roles
    }

    mutating func parseRelationship() -> CMLRelationship? {
        let start = current.start
        guard let left = expectName("a bounded context's name") else { skipToNextLine(); return nil }
        var leftRoles = parseRoles()
        let connector: CMLName
        if current.kind == .symbol, ["->", "<-", "<->"].contains(current.text) {
            connector = CMLName(text: current.text, range: range(of: current))
            advance()
        } else if current.kind == .name, Self.relationshipKeywords.contains(current.text), leftRoles.isEmpty {
            connector = CMLName(text: current.text, range: range(of: current))
            advance()
        } else {
            error("expected `->`, `<-`, `<->` or a relationship keyword (`Customer-Supplier`, `Upstream-Downstream`, `Partnership`, `Shared-Kernel`), found \(describe(current))")
            skipToNextLine()
            return nil
        }
        let rightRoles = connector.text.hasPrefix("<") || connector.text.hasPrefix("-") ? parseRoles() : []
        if connector.text.first?.isLetter == true { leftRoles = [] }
        guard let right = expectName("a bounded context's name") else { skipToNextLine(); return nil }
        var relationship = CMLRelationship(left: left, leftRoles: leftRoles, connector: connector, rightRoles: rightRoles, right: right,
                                           name: nil, range: range(from: start))
        if eat(symbol: ":") {
            relationship.name = expectName("the relationship's name after `:`")
        }
        block("the relationship") { parser in
            if parser.current.kind == .name { relationship.settings.append(parser.parseSetting()) }
        }
        return relationship
    }
}
