import StormDiagnostics
import StormSource

/// Top-level declarations: domains, teams, contexts and context maps.
extension Parser {
    static let topLevelStarters: [StaticString] = ["domain", "team", "context", "extend"]

    /// `File = { Declaration } ;`
    mutating func parseFile() -> FileSyntax {
        var declarations: [DeclarationSyntax] = []
        while !atEnd {
            let before = index
            let errorsBefore = reportedErrors
            pendingName = nil
            // A declaration that was parsed, errors and all, ends where its own recovery left off.
            if let declaration = parseDeclaration() {
                declarations.append(declaration)
                continue
            }
            if let name = pendingName { unfinished.append(name) }
            if index == before {
                advance()
                skipToTopLevel()
            } else if reportedErrors > errorsBefore {
                skipToTopLevel()
            }
        }
        return FileSyntax(file: fileID, declarations: declarations, trailingComments: closingComments(), unfinished: unfinished)
    }

    /// Skips a declaration that could not be parsed, to the next line that starts with `domain`, `team` or
    /// `context`. The names its lines declare (`event Name`, …) are recorded as unfinished: references to
    /// them elsewhere are not reported again.
    private mutating func skipToTopLevel() {
        while !atEnd, !(current.startsLine && Parser.topLevelStarters.contains(where: { isWord(current, $0) })), !atGuessableDeclaration,
              !(current.startsLine && isWord(current, "external") && isWord(peek(), "context")) {
            if current.startsLine, current.kind == .identifier, peek().kind == .identifier, !peek().startsLine,
               Parser.contextMemberStarters.contains(where: { isWord(current, $0) }) {
                unfinished.append(Name(text(peek()), range: range(peek())))
            }
            advance()
        }
    }

    /// Whether the current line starts `Word Name {` where `Word` is a keyword of another tool or near a
    /// declaration keyword (`BoundedContext Trips {`, `contxt Trips {`): skipping stops there, so that
    /// declaration is read as meant.
    var atGuessableDeclaration: Bool {
        guard current.startsLine, current.kind == .identifier, peek(1).kind == .identifier, peek(2).kind == .leftBrace,
              !peek(1).startsLine, !peek(2).startsLine else { return false }
        let word = text(current)
        return ForeignSpellings.declarationKeywords[word] != nil || Suggestion.closest(to: word, in: ["domain", "team", "context"]) != nil
    }

    /// `Declaration = { Annotation } ( Domain | Team | Context | ContextMap ) ;`
    mutating func parseDeclaration() -> DeclarationSyntax? {
        let pending = beginDeclaration()
        if at("domain") { return parseDomain(pending).map(DeclarationSyntax.domain) }
        if at("team") { return parseTeam(pending).map(DeclarationSyntax.team) }
        if at("extend"), isWord(peek(), "context") { return parseContextExtension(pending).map(DeclarationSyntax.context) }
        if at("external"), isWord(peek(), "context"), peek(2).kind == .identifier { return parseExternalContext(pending).map(DeclarationSyntax.context) }
        if at("use"), peek().kind == .identifier { return parseUse(pending).map(DeclarationSyntax.use) }
        if at("context") {
            if isWord(peek(), "map"), peek(2).kind == .identifier {
                return parseContextMap(pending).map(DeclarationSyntax.contextMap)
            }
            return parseContext(pending).map(DeclarationSyntax.context)
        }
        guard current.kind == .identifier else {
            error("expected-declaration", SyntaxDiagnostics.expectedDeclaration(found: found))
            return nil
        }
        // A keyword of another tool, or a near keyword followed by a name, is reported and then read as the
        // declaration it was meant to be, so that what it declares is known and not reported again.
        let word = text(current)
        let keyword: String
        if let storm = ForeignSpellings.declarationKeywords[word] {
            reportForeignKeyword(word, storm)
            keyword = storm
        } else if let storm = Suggestion.closest(to: word, in: ["domain", "team", "context"]) {
            error("expected-declaration", SyntaxDiagnostics.expectedDeclaration(found: found),
                  fixIts: [FixIt("did you mean `\(storm)`?", edits: [TextEdit(range: range(current), replacement: storm)])])
            guard peek().kind == .identifier, !peek().startsLine else { return nil }
            keyword = storm
        } else {
            error("expected-declaration", SyntaxDiagnostics.expectedDeclaration(found: found))
            return nil
        }
        muted += 1
        defer { muted -= 1 }
        switch keyword {
        case "domain": return parseDomain(pending).map(DeclarationSyntax.domain)
        case "team": return parseTeam(pending).map(DeclarationSyntax.team)
        case "context map": return parseContextMap(pending, keywordTokens: 1).map(DeclarationSyntax.contextMap)
        default: return parseContext(pending).map(DeclarationSyntax.context)
        }
    }

    /// Reports a keyword of another tool (Context Mapper's `BoundedContext`) with the Storm keyword to write.
    mutating func reportForeignKeyword(_ word: String, _ storm: String) {
        error("foreign-keyword", SyntaxDiagnostics.foreignKeyword(word, storm: storm),
              fixIts: [FixIt("write `\(storm)`", edits: [TextEdit(range: range(current), replacement: storm)])])
    }

    /// `Domain = "domain" Name [ String ] "{" { Subdomain } "}" ;`
    mutating func parseDomain(_ pending: PendingDeclaration) -> DomainSyntax? {
        advance()
        guard let name = parseName("a domain name after `domain`") else { return nil }
        declaring(name)
        let description = current.kind == .string ? parseString("a description") : nil
        var subdomains: [SubdomainSyntax] = []
        guard let opening = expectOpening("to open domain `\(name.text)`") else { return nil }
        let closing = parseBlockMembers(of: "domain `\(name.text)`", opening: opening, starters: ["subdomain"]) { parser in
            let member = parser.beginDeclaration()
            let guessed = !parser.at("subdomain")
            if guessed {
                guard parser.guessMember(in: "domain `\(name.text)`", allowed: "`subdomain`", words: ["subdomain"],
                                         foreign: ForeignSpellings.subdomainKeywords) != nil else { return }
                parser.muted += 1
            }
            if let subdomain = parser.parseSubdomain(member) { subdomains.append(subdomain) }
            if guessed { parser.muted -= 1 }
        }
        return DomainSyntax(info: finish(pending), name: name, description: description, subdomains: subdomains, closingComments: closing)
    }

    /// `Subdomain = "subdomain" Name ":" SubdomainKind [ String ] ;`
    mutating func parseSubdomain(_ pending: PendingDeclaration) -> SubdomainSyntax? {
        advance()
        guard let name = parseName("a subdomain name after `subdomain`") else { return nil }
        declaring(name)
        // The kind is optional, for sources that do not classify: the subdomain is then unclassified.
        var kind: Name?
        if eat(.colon) != nil {
            guard let written = parseName("a subdomain kind (`core`, `supporting` or `generic`)") else { return nil }
            kind = written
        } else if current.kind == .identifier, !current.startsLine {
            // `subdomain S core`: the colon is missing, not the kind.
            guard expect(.colon, "after subdomain `\(name.text)`: write `subdomain \(name.text): core`") != nil else { return nil }
        }
        let description = current.kind == .string ? parseString("a description") : nil
        return SubdomainSyntax(info: finish(pending), name: name, kind: kind, description: description)
    }

    /// `Team = "team" Name [ "{" [ "contact" String ] "}" ] ;`
    mutating func parseTeam(_ pending: PendingDeclaration) -> TeamSyntax? {
        advance()
        guard let name = parseName("a team name after `team`") else { return nil }
        declaring(name)
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
        declaring(name)
        var implements: QualifiedName?
        if eat("implements") {
            implements = parseQualifiedName("a subdomain name after `implements`")
        }
        guard let opening = expectOpening("to open context `\(name.text)`") else { return nil }
        var members: [ContextMemberSyntax] = []
        let closing = parseBlockMembers(of: "context `\(name.text)`", opening: opening, starters: Parser.contextMemberStarters) { parser in
            if let member = parser.parseContextMember(in: name.text) { members.append(member) }
        }
        return ContextSyntax(info: finish(pending), name: name, implements: implements, members: members.trimmed(), closingComments: closing)
    }

    /// For a word that starts no member of a block: reports it, and returns the keyword it was probably
    /// meant to be, for the member to be read as that: a keyword of another tool (`foreign`), or the
    /// nearest of `words` when a name or string follows on the same line.
    mutating func guessMember(in block: String, allowed: String, words: [String], foreign: [String: String]) -> String? {
        if current.kind == .identifier, let storm = foreign[text(current)] {
            reportForeignKeyword(text(current), storm)
            return words.contains(storm) ? storm : nil
        }
        reportUnexpectedMember(in: block, allowed: allowed, words: words)
        guard current.kind == .identifier, !peek().startsLine,
              peek().kind == .identifier || peek().kind == .string else { return nil }
        return Suggestion.closest(to: text(current), in: words)
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
