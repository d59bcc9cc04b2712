/// The lifecycle of an aggregate.
extension Parser {
    /// `Lifecycle = "lifecycle" "{" { Transition [ "," ] | "final" Name { "," Name } } "}" ;`
    /// `Transition = Name { "," Name } "->" Name "by" Name ;`
    mutating func parseLifecycle(_ pending: PendingDeclaration) -> LifecycleSyntax? {
        let keywordToken = advance()
        let keyword = Name(text(keywordToken), range: range(keywordToken))
        guard let opening = expectOpening("after `lifecycle`") else { return nil }
        var members: [LifecycleMemberSyntax] = []
        let closing = parseBlockMembers(of: "the lifecycle", opening: opening, starters: ["final"], nameStarts: true) { parser in
            let member = parser.beginDeclaration()
            if parser.isWord(parser.current, "final"), parser.peek().kind == .identifier, !parser.peek().startsLine {
                parser.advance()
                var states: [Name] = []
                repeat {
                    guard let state = parser.parseName("a state name after `final`") else { return }
                    states.append(state)
                } while parser.eat(.comma) != nil
                members.append(.final(states, info: parser.finish(member)))
                return
            }
            var sources: [Name] = []
            repeat {
                guard let source = parser.parseName("a state name in a lifecycle (`From -> To by Command`)") else { return }
                sources.append(source)
            } while parser.eat(.comma) != nil
            guard parser.expect(.rightArrow, "after the state `\(sources.last?.text ?? "")`: write `From -> To by Command`") != nil,
                  let target = parser.parseName("the state a transition leads to after `->`"),
                  parser.expect("by", "after `-> \(target.text)`: name the command that moves the aggregate"),
                  let command = parser.parseName("a command name after `by`") else { return }
            let last = parser.previous
            _ = parser.eat(.comma)
            members.append(.transition(TransitionSyntax(info: parser.finish(member, extraAnnotations: [], last: last), sources: sources, target: target, command: command)))
        }
        return LifecycleSyntax(info: finish(pending), keyword: keyword, members: members, closingComments: closing)
    }
}
