import StormModel

/// The report's section on what the context maps say beyond their arrows: each map's type and state, and
/// the relationships that carry a details block (name, technology, what they expose, the downstream's rights).
enum RelationshipDetailsSection {
    /// The section, or nothing when no map says more than its relationships.
    static func markdown(_ model: Model) -> String {
        let settings = model.contextMaps.filter { $0.type != nil || $0.state != nil }
        let detailed = model.relationships.filter { !$0.details.isEmpty }
        guard !settings.isEmpty || !detailed.isEmpty else { return "" }
        var out = "## Relationship details\n\n"
        for map in settings {
            let said = [map.type.map { "type \($0.rawValue)" }, map.state.map { "state \($0.rawValue)" }].compactMap { $0 }
            out += "Context map `\(map.name)`: \(said.joined(separator: ", ")).\n\n"
        }
        if !detailed.isEmpty {
            out += Markdown.table(["Relationship", "Name", "Technology", "Exposes", "Downstream rights"], detailed.map { relationship in
                let arrow = relationship.kind == .upstreamDownstream ? " → " : " – "
                return ["`\(relationship.first)`\(arrow)`\(relationship.second)`",
                        relationship.details.name.map(Markdown.cell) ?? "",
                        relationship.details.technology.map(Markdown.cell) ?? "",
                        relationship.details.exposes.map { "`\($0)`" }.joined(separator: ", "),
                        relationship.details.downstreamRights?.rawValue ?? ""]
            }) + "\n"
        }
        return out
    }
}
