/// The settings at the head of a context map and the details blocks of relationships.
extension FormatWriter {
    /// A line of a context map: a setting, printed first, or a relationship.
    enum ContextMapMember {
        case setting(ContextMapSettingSyntax)
        case relationship(RelationshipSyntax)

        var info: DeclarationInfo {
            switch self {
            case .setting(let setting): setting.info
            case .relationship(let relationship): relationship.info
            }
        }
    }

    /// The map's settings, then its relationships.
    func contextMapMembers(_ map: ContextMapSyntax) -> [ContextMapMember] {
        map.settings.map(ContextMapMember.setting) + map.relationships.map(ContextMapMember.relationship)
    }

    func printContextMapMember(_ member: ContextMapMember, into printer: inout TextPrinter) {
        switch member {
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
