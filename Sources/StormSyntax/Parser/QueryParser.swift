import StormDiagnostics

/// Queries of read models.
extension Parser {
    /// Whether the current line starts a query (`query Name(`) rather than a field named `query`.
    var atQuery: Bool {
        isWord(current, "query") && peek().kind == .identifier && peek(2).kind == .leftParen
    }

    /// `ReadModelBlock = "{" { Field [ "," ] | Query } "}" ;`
    mutating func parseReadModelBlock(of name: Name) -> (fields: [FieldSyntax], queries: [QuerySyntax], closing: [String])? {
        let what = "read model `\(name.text)`"
        guard let opening = expectOpening("to open the fields of \(what)") else { return nil }
        var fields: [FieldSyntax] = []
        var queries: [QuerySyntax] = []
        let closing = parseBlockMembers(of: what, opening: opening, starters: [], fieldStarts: true) { parser in
            let member = parser.beginDeclaration()
            guard parser.current.kind == .identifier else {
                parser.error("expected-name", SyntaxDiagnostics.expectedName("a field (`name: Type`) or a `query` in \(what)", found: parser.found))
                return
            }
            if parser.atQuery {
                if let query = parser.parseQuery(member) { queries.append(query) }
                return
            }
            if let field = parser.parseField(member) { fields.append(field) }
            _ = parser.eat(.comma)
        }
        return (fields, queries, closing)
    }

    /// `Query = "query" Name "(" [ Field { "," Field } ] ")" "returns" Type [ "asked" "by" QualifiedName { "," QualifiedName } ] ;`
    mutating func parseQuery(_ pending: PendingDeclaration) -> QuerySyntax? {
        advance()
        guard let name = parseName("a query name after `query`"), expect(.leftParen, "after query `\(name.text)`") != nil else { return nil }
        var parameters: [FieldSyntax] = []
        while current.kind != .rightParen {
            guard !atEnd, let parameter = parseField(beginDeclaration()) else { return nil }
            parameters.append(parameter)
        }
        advance()
        guard expect("returns", "after the parameters of query `\(name.text)`: write `returns Type`"), let returns = parseType() else { return nil }
        var askedBy: [QualifiedName] = []
        if eatOptional("asked", "after the result of query `\(name.text)`") {
            guard expect("by", "after `asked`") else { return nil }
            askedBy = parseQualifiedNameList("an actor or context after `asked by`")
        }
        return QuerySyntax(info: finish(pending), name: name, parameters: parameters, returns: returns, askedBy: askedBy)
    }
}
