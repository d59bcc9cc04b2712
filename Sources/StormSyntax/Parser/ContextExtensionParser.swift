/// `extend context Name { … }`: more members of a context declared in another block, usually another file.
extension Parser {
    /// `ContextExtension = "extend" "context" Name "{" { ContextMember } "}" ;`
    ///
    /// An extension adds members only: the subdomain a context implements is said once, on `context Name`.
    mutating func parseContextExtension(_ pending: PendingDeclaration) -> ContextSyntax? {
        advance()
        advance()
        guard let name = parseName("a context name after `extend context`") else { return nil }
        declaring(name)
        guard let opening = expectOpening("to open the extension of context `\(name.text)`") else { return nil }
        var members: [ContextMemberSyntax] = []
        let closing = parseBlockMembers(of: "context `\(name.text)`", opening: opening, starters: Parser.contextMemberStarters) { parser in
            if let member = parser.parseContextMember(in: name.text) { members.append(member) }
        }
        return ContextSyntax(info: finish(pending), name: name, implements: nil, members: members.trimmed(), closingComments: closing, isExtension: true)
    }
}
