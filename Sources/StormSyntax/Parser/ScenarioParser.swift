/// Scenarios of an aggregate.
extension Parser {
    /// `Scenario = "scenario" String "{" { ScenarioLine } "}" ;`
    /// `ScenarioLine = "given" Message { "," Message } | "when" Message
    ///               | "then" ( Message { "," Message } | "nothing" | "fails" "with" Name ) ;`
    mutating func parseScenario(_ pending: PendingDeclaration) -> ScenarioSyntax? {
        let keywordToken = advance()
        let keyword = Name(text(keywordToken), range: range(keywordToken))
        guard let title = parseString("the scenario's title (a string) after `scenario`"),
              let opening = expectOpening("to open scenario \"\(title.value)\"") else { return nil }
        var lines: [ScenarioLineSyntax] = []
        let closing = parseBlockMembers(of: "scenario \"\(title.value)\"", opening: opening, starters: ["given", "when", "then"]) { parser in
            let member = parser.beginDeclaration()
            if parser.eat("given") {
                let messages = parser.parseMessages("an event name after `given`")
                if !messages.isEmpty { lines.append(ScenarioLineSyntax(info: parser.finish(member), kind: .given(messages))) }
            } else if parser.eat("when") {
                if let message = parser.parseMessage("a command name after `when`") {
                    lines.append(ScenarioLineSyntax(info: parser.finish(member), kind: .when(message)))
                }
            } else if parser.eat("then") {
                if parser.isWord(parser.current, "fails"), parser.isWord(parser.peek(), "with") {
                    parser.advance()
                    parser.advance()
                    if let failure = parser.parseName("a failure name after `fails with`") {
                        lines.append(ScenarioLineSyntax(info: parser.finish(member), kind: .fails(failure)))
                    }
                } else if parser.isWord(parser.current, "nothing"), parser.peek().kind != .dot {
                    parser.advance()
                    lines.append(ScenarioLineSyntax(info: parser.finish(member), kind: .then([])))
                } else {
                    let messages = parser.parseMessages("an event name, `nothing` or `fails with` after `then`")
                    if !messages.isEmpty { lines.append(ScenarioLineSyntax(info: parser.finish(member), kind: .then(messages))) }
                }
            } else {
                parser.reportUnexpectedMember(in: "scenario \"\(title.value)\"", allowed: "`given`, `when` or `then`", words: ["given", "when", "then"])
            }
        }
        return ScenarioSyntax(info: finish(pending), keyword: keyword, title: title, lines: lines, closingComments: closing)
    }

    /// `Message { "," Message }`
    mutating func parseMessages(_ what: @autoclosure () -> String) -> [MessageSyntax] {
        var messages: [MessageSyntax] = []
        repeat {
            guard let message = parseMessage(what()) else { break }
            messages.append(message)
        } while eat(.comma) != nil
        return messages
    }

    /// `Message = QualifiedName [ "{" { Name ":" Literal [ "," ] } "}" ] ;`
    mutating func parseMessage(_ what: @autoclosure () -> String) -> MessageSyntax? {
        guard let name = parseQualifiedName(what()) else { return nil }
        guard current.kind == .leftBrace, !current.startsLine else { return MessageSyntax(name: name, values: nil) }
        advance()
        var values: [FieldValueSyntax] = []
        while current.kind != .rightBrace {
            guard !atEnd, let field = parseName("a field name in the values of `\(name.text)`"),
                  expect(.colon, "after `\(field.text)`: write `\(field.text): value`") != nil,
                  let value = parseLiteral() else { return nil }
            values.append(FieldValueSyntax(field: field, value: value))
            _ = eat(.comma)
        }
        advance()
        return MessageSyntax(name: name, values: values)
    }
}
