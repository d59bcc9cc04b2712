/// The settings at the head of a context map, the details blocks of relationships, and team relationships (last).
extension FormatWriter {
    /// A line of a context map: a setting, printed first, or a relationship.
    enum ContextMapMember {
        case setting(ContextMapSettingSyntax)
        case relationship(RelationshipSyntax)
        case team(TeamRelationshipSyntax)

        var info: DeclarationInfo {
            switch self {
            case .team(let relationship): relationship.info
            case .setting(let setting): setting.info
            case .relationship(let relationship): relationship.info
            }
        }
    }

    /// The map's settings, then its relationships.
    func contextMapMembers(_ map: ContextMapSyntax) -> [ContextMapMember] {
        map.settings.map(ContextMapMember.setting) + map.relationships.map(ContextMapMember.relationship)
            + map.teamRelationships.map(ContextMapMember.team)
    }

    func printContextMapMember(_ member: ContextMapMember, into printer: inout TextPrinter) {
        switch member {
        case .team(let relationship):
            var parts = ["team", relationship.left.text]
            if !relationship.leftRoles.isEmpty { parts.append("[" + relationship.leftRoles.map(\.text).joined(separator: ", ") + "]") }
            parts.append(relationship.mode.text)
            if !relationship.rightRoles.isEmpty { parts.append("[" + relationship.rightRoles.map(\.text).joined(separator: ", ") + "]") }
            parts += ["team", relationship.right.text]
            printLine(parts.joined(separator: " "), relationship.info, into: &printer)
        case .setting(let setting):
            printLine(([setting.keyword.text] + setting.words.map(\.text)).joined(separator: " "), setting.info, into: &printer)
        case .relationship(let relationship):
            guard let details = relationship.details, !details.lines.isEmpty || !details.closingComments.isEmpty else {
                printLine(relationshipText(relationship), relationship.info, into: &printer)
                return
            }
            printBlock(WrappableLine(annotationPrefix(relationship.info) + relationshipText(relationship)), details.lines, info: \.info,
                       closingComments: details.closingComments, trailing: trailingComment(relationship.info), into: &printer) { line, printer in
                printRelationshipDetail(line, into: &printer)
            }
        }
    }

    /// `name "…"`, `technology "…"`, `exposes A, B`, `rights veto right`.
    func printRelationshipDetail(_ line: RelationshipDetailSyntax, into printer: inout TextPrinter) {
        switch line.kind {
        case .name(let text): printLine("name " + FormatWriter.quoted(text.value), line.info, into: &printer)
        case .technology(let text): printLine("technology " + FormatWriter.quoted(text.value), line.info, into: &printer)
        case .exposes(let names): printLine(list("exposes ", names), line.info, into: &printer)
        case .rights(let words): printLine((["rights"] + words.map(\.text)).joined(separator: " "), line.info, into: &printer)
        }
    }
}
