import StormDiagnostics
import StormSource

/// Relationships between teams in a context map.
extension Parser {
    /// Whether the current line relates two teams (`team Claims [U] -> [D] team Payments`) rather than
    /// a context called `team` (`team partnership Claims`, `team shared kernel Claims`).
    var atTeamRelationship: Bool {
        at("team") && peek().kind == .identifier && !peek().startsLine
            && !["partnership", "shared", "separate"].contains(text(peek()))
    }

    /// `TeamRelationship = "team" Name [ Roles ] ( "->" | "<-" ) [ Roles ] "team" Name
    ///                   | "team" Name ( "collaboration" | "x-as-a-service" | "facilitating" ) "team" Name ;`
    mutating func parseTeamRelationship() -> TeamRelationshipSyntax? {
        let pending = beginDeclaration()
        advance()
        guard let left = parseName("a team name after `team`") else { return nil }
        let leftRoles = teamRoles()
        let mode: Name
        if current.kind == .rightArrow || current.kind == .leftArrow {
            let token = advance()
            mode = Name(text(token), range: range(token))
        } else if current.kind == .identifier {
            let start = current
            var word = text(advance())
            // `x-as-a-service`: words joined by `-` with nothing between them.
            while current.kind == .minus, current.start == previous.end, peek().kind == .identifier, peek().start == current.end {
                advance()
                word += "-" + text(advance())
            }
            let written = range(from: start)
            guard TeamRelationshipSyntax.interactionModes.contains(word) else {
                let fixIts = Suggestion.closest(to: word, in: TeamRelationshipSyntax.interactionModes)
                    .map { [FixIt("did you mean `\($0)`?", edits: [TextEdit(range: written, replacement: $0)])] } ?? []
                report("expected-token", SyntaxDiagnostics.expected("`->`, `<-`, `collaboration`, `x-as-a-service` or `facilitating`",
                                                                    "after team `\(left.text)`", found: "`\(word)`"), at: written, fixIts: fixIts)
                return nil
            }
            mode = Name(word, range: written)
        } else {
            error("expected-token", SyntaxDiagnostics.expected("`->`, `<-`, `collaboration`, `x-as-a-service` or `facilitating`",
                                                               "after team `\(left.text)`", found: found))
            return nil
        }
        let rightRoles = teamRoles()
        guard expect("team", "before the second team (as in `team A [U] -> [D] team B`)"),
              let right = parseName("a team name after `team`") else { return nil }
        return TeamRelationshipSyntax(info: finish(pending), left: left, leftRoles: leftRoles, mode: mode, rightRoles: rightRoles, right: right)
    }

    /// Roles of a team: `U` or `D` only; any other is reported.
    private mutating func teamRoles() -> [Name] {
        parseRoles().filter { role in
            guard role.text == "U" || role.text == "D" else {
                report("expected-token", SyntaxDiagnostics.expected("`U` or `D`", "in the roles of a team", found: "`\(role.text)`"), at: role.range)
                return false
            }
            return true
        }
    }
}
