import StormDiagnostics
import StormSyntax

/// Relationships between teams in context maps.
extension Resolution {
    mutating func resolveTeamRelationship(_ syntax: TeamRelationshipSyntax) -> TeamRelationship? {
        let docText = doc(syntax.info)
        let left = resolveTeam(syntax.left)
        let right = resolveTeam(syntax.right)
        guard let left, let right else { return nil }
        if left == right {
            diagnostics.error("self-relationship", ModelDiagnostics.selfRelationship("team \(left)"), at: syntax.info.range)
            return nil
        }
        switch syntax.mode.text {
        case "<-":
            return TeamRelationship(kind: .upstreamDownstream, first: right, second: left, doc: docText, range: syntax.info.range)
        case "->":
            return TeamRelationship(kind: .upstreamDownstream, first: left, second: right, doc: docText, range: syntax.info.range)
        default:
            let kind = TeamRelationship.Kind(rawValue: syntax.mode.text) ?? .collaboration
            return TeamRelationship(kind: kind, first: left, second: right, doc: docText, range: syntax.info.range)
        }
    }
}
