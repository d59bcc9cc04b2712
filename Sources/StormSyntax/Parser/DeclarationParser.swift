import StormDiagnostics
import StormSource

/// Top-level declarations: domains, teams, contexts and context maps.
extension Parser {
    static let topLevelStarters: [StaticString] = ["domain", "team", "context"]

    /// `File = { Declaration } ;`
    mutating func parseFile() -> FileSyntax {
        var declarations: [DeclarationSyntax] = []
        while !atEnd {
            let before = index
            let errorsBefore = reportedErrors
            if let declaration = parseDeclaration() { declarations.append(declaration) }
            if index == before {
                advance()
                skipToTopLevel()
            } else if reportedErrors > errorsBefore {
                skipToTopLevel()
            }
        }
        return FileSyntax(file: fileID, declarations: declarations, trailingComments: closingComments())
    }

    private mutating func skipToTopLevel() {
        while !atEnd, !(current.startsLine && Parser.topLevelStarters.contains(where: { isWord(current, $0) })) {
            advance()
        }
    }

    /// `Declaration = { Annotation } ( Domain | Team | Context | ContextMap ) ;`
    mutating func parseDeclaration() -> DeclarationSyntax? {
        let pending = beginDeclaration()
        if at("domain") { return parseDomain(pending).map(DeclarationSyntax.domain) }
        if at("team") { return parseTeam(pending).map(DeclarationSyntax.team) }
        if at("context") {
            if isWord(peek(), "map"), peek(2).kind == .identifier {
                return parseContextMap(pending).map(DeclarationSyntax.contextMap)
            }
            return parseContext(pending).map(DeclarationSyntax.context)
        }
        var fixIts: [FixIt] = []
        if current.kind == .identifier, let word = Suggestion.closest(to: text(current), in: ["domain", "team", "context"]) {
            fixIts.append(FixIt("did you mean `\(word)`?", edits: [TextEdit(range: range(current), replacement: word)]))
        }
        error("expected-declaration", SyntaxDiagnostics.expectedDeclaration(found: found), fixIts: fixIts)
        return nil
    }

    /// `Domain = "domain" Name [ String ] "{" { Subdomain } "}" ;`
    mutating func parseDomain(_ pending: PendingDeclaration) -> DomainSyntax? {
        advance()
        guard let name = parseName("a domain name after `domain`") else { return nil }
        let description = current.kind == .string ? parseString("a description") : nil
        var subdomains: [SubdomainSyntax] = []
        guard let opening = expect(.leftBrace, "to open domain `\(name.text)`") else { return nil }
        let closing = parseBlockMembers(of: "domain `\(name.text)`", opening: opening, starters: ["subdomain"]) { parser in
            let member = parser.beginDeclaration()
            guard parser.at("subdomain") else {
                parser.reportUnexpectedMember(in: "domain `\(name.text)`", allowed: "`subdomain`", words: ["subdomain"])
                return
            }
            if let subdomain = parser.parseSubdomain(member) { subdomains.append(subdomain) }
        }
        return DomainSyntax(info: finish(pending), name: name, description: description, subdomains: subdomains, closingComments: closing)
    }

    /// `Subdomain = "subdomain" Name ":" SubdomainKind [ String ] ;`
    mutating func parseSubdomain(_ pending: PendingDeclaration) -> SubdomainSyntax? {
        advance()
        guard let name = parseName("a subdomain name after `subdomain`") else { return nil }
        guard expect(.colon, "after subdomain `\(name.text)`: write `subdomain \(name.text): core`") != nil,
              let kind = parseName("a subdomain kind (`core`, `supporting` or `generic`)") else { return nil }
        let description = current.kind == .string ? parseString("a description") : nil
        return SubdomainSyntax(info: finish(pending), name: name, kind: kind, description: description)
    }

    /// `Team = "team" Name [ "{" [ "contact" String ] "}" ] ;`
    mutating func parseTeam(_ pending: PendingDeclaration) -> TeamSyntax? {
        advance()
        guard let name = parseName("a team name after `team`") else { return nil }
        var contact: StringLiteral?
        var closing: [String] = []
        if let opening = eat(.leftBrace) {
            closing = parseBlockMembers(of: "team `\(name.text)`", opening: opening, starters: ["contact"]) { parser in
                guard parser.eat("contact") else {
                    parser.reportUnexpectedMember(in: "team `\(name.text)`", allowed: "`contact`", words: ["contact"])
                    return
                }
                contact = parser.parseString("a contact string after `contact`")
            }
        }
        return TeamSyntax(info: finish(pending), name: name, contact: contact, closingComments: closing)
    }

    /// `Context = "context" Name [ "implements" QualifiedName ] "{" { ContextMember } "}" ;`
    mutating func parseContext(_ pending: PendingDeclaration) -> ContextSyntax? {
        advance()
        guard let name = parseName("a context name after `context`") else { return nil }
        var implements: QualifiedName?
        if eat("implements") {
            implements = parseQualifiedName("a subdomain name after `implements`")
        }
        guard let opening = expect(.leftBrace, "to open context `\(name.text)`") else { return nil }
        var members: [ContextMemberSyntax] = []
        let closing = parseBlockMembers(of: "context `\(name.text)`", opening: opening, starters: Parser.contextMemberStarters) { parser in
            if let member = parser.parseContextMember(in: name.text) { members.append(member) }
        }
        return ContextSyntax(info: finish(pending), name: name, implements: implements, members: members, closingComments: closing)
    }

    /// Reports a word that starts no member of a block, suggesting the nearest keyword.
    mutating func reportUnexpectedMember(in block: String, allowed: String, words: [String]) {
        var fixIts: [FixIt] = []
        if current.kind == .identifier, let word = Suggestion.closest(to: text(current), in: words) {
            fixIts.append(FixIt("did you mean `\(word)`?", edits: [TextEdit(range: range(current), replacement: word)]))
        }
        error("expected-member", SyntaxDiagnostics.expectedMember(of: block, allowed: allowed, found: found), fixIts: fixIts)
    }
}
