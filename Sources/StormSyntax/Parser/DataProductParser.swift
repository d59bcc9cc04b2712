import StormDiagnostics
import StormSource

/// Data products, their ports and objectives.
extension Parser {
    /// `DataProduct = "data" "product" Name "{" { ProductMember } "}" ;`
    mutating func parseDataProduct(_ pending: PendingDeclaration) -> DataProductSyntax? {
        advance()
        guard expect("product", "after `data`"), let name = parseName("a data product name after `data product`") else { return nil }
        declaring(name)
        guard let opening = expectOpening("to open data product `\(name.text)`") else { return nil }
        var members: [DataProductMemberSyntax] = []
        let starters: [StaticString] = ["owner", "input", "output", "freshness", "availability"]
        let closing = parseBlockMembers(of: "data product `\(name.text)`", opening: opening, starters: starters) { parser in
            if let member = parser.parseProductMember(in: name.text) { members.append(member) }
        }
        return DataProductSyntax(info: finish(pending), name: name, members: members, closingComments: closing)
    }

    /// `ProductMember = "owner" Name | "input" "port" … | "output" "port" … | Objective ;`
    mutating func parseProductMember(in product: String) -> DataProductMemberSyntax? {
        let pending = beginDeclaration()
        if eat("owner") {
            guard let team = parseName("a team name after `owner`") else { return nil }
            return .owner(team, info: finish(pending))
        }
        if at("input") || at("output") {
            let isInput = at("input")
            advance()
            guard expect("port", "after `\(isInput ? "input" : "output")`"),
                  let name = parseName("a port name after `\(isInput ? "input" : "output") port`") else { return nil }
            let verb: StaticString = isInput ? "consumes" : "publishes"
            guard expect(verb, "after port `\(name.text)`") else { return nil }
            let events = parseQualifiedNameList("an event name after `\(verb)`")
            guard !events.isEmpty else { return nil }
            var objectives: [ObjectiveSyntax] = []
            var closing: [String] = []
            if !isInput, let opening = eat(.leftBrace) {
                closing = parseBlockMembers(of: "port `\(name.text)`", opening: opening, starters: ["freshness", "availability"]) { parser in
                    let objectivePending = parser.beginDeclaration()
                    let before = parser.index
                    if let objective = parser.parseObjective(objectivePending) {
                        objectives.append(objective)
                    } else if parser.index == before {
                        parser.reportUnexpectedMember(in: "port `\(name.text)`", allowed: "`freshness` or `availability`", words: ["freshness", "availability"])
                    }
                }
            }
            let port = PortSyntax(info: finish(pending), name: name, events: events, objectives: objectives, closingComments: closing)
            return isInput ? .inputPort(port) : .outputPort(port)
        }
        let before = index
        if let objective = parseObjective(pending) { return .objective(objective) }
        // An objective that was begun has reported its own error.
        guard index == before else { return nil }
        reportUnexpectedMember(in: "data product `\(product)`", allowed: "`owner`, `input port`, `output port`, `freshness` or `availability`",
                               words: ["owner", "input", "output", "freshness", "availability"])
        return nil
    }

    /// `Objective = "freshness" Integer TimeUnit | "availability" Number "%" ;` Returns nil without
    /// consuming anything when the current word is neither.
    mutating func parseObjective(_ pending: PendingDeclaration) -> ObjectiveSyntax? {
        if eat("freshness") {
            guard let amount = parseInteger("an amount after `freshness` (as in `freshness 5 minutes`)") else { return nil }
            guard current.kind == .identifier, let unit = TimeUnit(word: text(current)) else {
                error("unknown-time-unit", SyntaxDiagnostics.unknownTimeUnit(found: found),
                      fixIts: current.kind == .identifier ? suggestion(for: text(current), in: TimeUnit.allCases.map(\.rawValue)) : [])
                return nil
            }
            advance()
            return ObjectiveSyntax(info: finish(pending), kind: .freshness(amount: amount.value, unit: unit))
        }
        if eat("availability") {
            guard current.kind == .number else {
                error("expected-token", SyntaxDiagnostics.expectedName("a percentage after `availability` (as in `availability 99.9%`)", found: found))
                return nil
            }
            let percent = text(advance())
            guard expect(.percent, "after the availability percentage") != nil else { return nil }
            return ObjectiveSyntax(info: finish(pending), kind: .availability(percent: percent))
        }
        return nil
    }

    /// A "did you mean" fix-it replacing the current token with the nearest of `words`.
    func suggestion(for word: String, in words: [String]) -> [FixIt] {
        guard let match = Suggestion.closest(to: word, in: words) else { return [] }
        return [FixIt("did you mean `\(match)`?", edits: [TextEdit(range: range(current), replacement: match)])]
    }
}
