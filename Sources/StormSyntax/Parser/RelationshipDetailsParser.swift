import StormDiagnostics
import StormSource

/// The details of a relationship and the settings at the head of a context map.
extension Parser {
    static let relationshipDetailStarters: [StaticString] = ["name", "technology", "exposes", "rights"]

    /// `RelationshipDetails = "{" { Detail [ "," ] } "}" ;`
    /// `Detail = "name" String | "technology" String | "exposes" QualifiedName { "," QualifiedName } | "rights" Words ;`
    mutating func parseRelationshipDetails(between left: String, and right: String) -> RelationshipDetailsSyntax? {
        guard current.kind == .leftBrace, !current.startsLine, let opening = eat(.leftBrace) else { return nil }
        var lines: [RelationshipDetailSyntax] = []
        let block = "the relationship between `\(left)` and `\(right)`"
        let closing = parseBlockMembers(of: block, opening: opening, starters: Parser.relationshipDetailStarters) { parser in
            let pending = parser.beginDeclaration()
            guard parser.current.kind == .identifier,
                  Parser.relationshipDetailStarters.contains(where: { parser.isWord(parser.current, $0) }) else {
                parser.reportUnexpectedMember(in: block, allowed: "`name`, `technology`, `exposes` or `rights`",
                                              words: ["name", "technology", "exposes", "rights"])
                return
            }
            let token = parser.advance()
            let keyword = Name(parser.text(token), range: parser.range(token))
            let kind: RelationshipDetailSyntax.Kind
            switch keyword.text {
            case "name", "technology":
                guard let text = parser.parseString("a string after `\(keyword.text)`") else { return }
                kind = keyword.text == "name" ? .name(text) : .technology(text)
            case "exposes":
                let names = parser.parseQualifiedNameList("a name the upstream exposes after `exposes`")
                guard !names.isEmpty else { return }
                kind = .exposes(names)
            default:
                let words = parser.parseSettingWords()
                guard !words.isEmpty else {
                    parser.error("expected-name", SyntaxDiagnostics.expectedName("the downstream's rights after `rights` (as in `rights veto right`)",
                                                                                 found: parser.found))
                    return
                }
                kind = .rights(words)
            }
            _ = parser.eat(.comma)
            lines.append(RelationshipDetailSyntax(info: parser.finish(pending), keyword: keyword, kind: kind))
        }
        return RelationshipDetailsSyntax(lines: lines, closingComments: closing)
    }

    /// Whether the current line is a setting of a context map (`type system landscape`, `state to be`)
    /// rather than a relationship whose first context is called `type` or `state`.
    var atContextMapSetting: Bool {
        guard at("type") || at("state"), peek().kind == .identifier, !peek().startsLine else { return false }
        return !["partnership", "shared", "separate"].contains(text(peek())) && ForeignSpellings.relationships[text(peek())] == nil
    }

    /// `Setting = ( "type" | "state" ) Words [ "," ] ;`
    mutating func parseContextMapSetting() -> ContextMapSettingSyntax {
        let pending = beginDeclaration()
        let token = advance()
        let keyword = Name(text(token), range: range(token))
        let words = parseSettingWords()
        _ = eat(.comma)
        return ContextMapSettingSyntax(info: finish(pending), keyword: keyword, words: words)
    }

    /// The words that follow on the same line, up to a comma or a brace.
    mutating func parseSettingWords() -> [Name] {
        var words: [Name] = []
        while current.kind == .identifier, !current.startsLine {
            let token = advance()
            words.append(Name(text(token), range: range(token)))
        }
        return words
    }
}
