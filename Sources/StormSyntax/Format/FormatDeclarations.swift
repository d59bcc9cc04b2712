/// Top-level declarations: domains, teams, contexts and context maps.
extension FormatWriter {
    func printDeclaration(_ declaration: DeclarationSyntax, into printer: inout TextPrinter) {
        switch declaration {
        case .domain(let domain): printDomain(domain, into: &printer)
        case .team(let team): printTeam(team, into: &printer)
        case .context(let context): printContext(context, into: &printer)
        case .contextMap(let map): printContextMap(map, into: &printer)
        case .use(let use): printUse(use, into: &printer)
        }
    }

    /// `domain Name "description" {` subdomains `}`
    func printDomain(_ domain: DomainSyntax, into printer: inout TextPrinter) {
        var opening = annotationPrefix(domain.info) + "domain " + domain.name.text
        if let description = domain.description { opening += " " + FormatWriter.quoted(description.value) }
        printBlock(WrappableLine(opening), domain.subdomains, info: \.info, closingComments: domain.closingComments,
                   trailing: trailingComment(domain.info), into: &printer) { subdomain, printer in
            var line = annotationPrefix(subdomain.info) + "subdomain " + subdomain.name.text + (subdomain.kind.map { ": " + $0.text } ?? "")
            if let description = subdomain.description { line += " " + FormatWriter.quoted(description.value) }
            printer.print(line + trailingComment(subdomain.info))
        }
    }

    /// `team Name { contact "…" }` on one line when it fits and holds no comment, else one line per part.
    func printTeam(_ team: TeamSyntax, into printer: inout TextPrinter) {
        let opening = annotationPrefix(team.info) + "team " + team.name.text
        let contact = team.contact.map { "contact " + FormatWriter.quoted($0.value) }
        if team.closingComments.isEmpty {
            let line = contact.map { opening + " { " + $0 + " }" } ?? opening
            if contact == nil || fits(line, in: printer) {
                printer.print(line + trailingComment(team.info))
                return
            }
        }
        printer.print(opening + " {")
        printer.indented { printer in
            if let contact { printer.print(contact) }
            for comment in team.closingComments {
                printer.print(commentLine(comment))
            }
        }
        printer.print("}" + trailingComment(team.info))
    }

    /// `context Name implements Subdomain {` members `}`
    func printContext(_ context: ContextSyntax, into printer: inout TextPrinter) {
        var opening = annotationPrefix(context.info) + (context.isExternal ? "external " : "") + (context.isExtension ? "extend context " : "context ") + context.name.text
        if let implements = context.implements { opening += " implements " + implements.text }
        printBlock(WrappableLine(opening), context.members, info: \.info, closingComments: context.closingComments,
                   trailing: trailingComment(context.info), into: &printer) { member, printer in
            printContextMember(member, into: &printer)
        }
    }

    /// `context map Name {` relationships `}`
    func printContextMap(_ map: ContextMapSyntax, into printer: inout TextPrinter) {
        let opening = annotationPrefix(map.info) + "context map " + map.name.text
        printBlock(WrappableLine(opening), contextMapMembers(map), info: \.info, closingComments: map.closingComments,
                   trailing: trailingComment(map.info), into: &printer) { member, printer in
            printContextMapMember(member, into: &printer)
        }
    }

    /// `Trips [U, OHS, PL] -> [D, ACL] Scoring`, `Claims partnership Pricing`.
    func relationshipText(_ relationship: RelationshipSyntax) -> String {
        var parts = [relationship.left.text]
        if !relationship.leftRoles.isEmpty { parts.append(rolesText(relationship.leftRoles)) }
        parts.append(relationship.connector.rawValue)
        if !relationship.rightRoles.isEmpty { parts.append(rolesText(relationship.rightRoles)) }
        parts.append(relationship.right.text)
        return parts.joined(separator: " ")
    }

    private func rolesText(_ roles: [Name]) -> String {
        "[" + roles.map(\.text).joined(separator: ", ") + "]"
    }
}
