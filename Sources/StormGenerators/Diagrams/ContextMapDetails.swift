import StormModel

/// What the context maps say beyond their arrows, drawn on the map: the maps' type and state in the
/// title, a relationship's details on its edge.
extension ContextMapView {
    /// ` · system landscape · to be`: the types and states the maps declare, each once, in map order.
    static func settingsCaption(_ model: Model) -> String {
        var said: [String] = []
        for map in model.contextMaps {
            for value in [map.type?.rawValue, map.state?.rawValue].compactMap({ $0 }) where !said.contains(value) { said.append(value) }
        }
        return said.map { " · " + $0 }.joined()
    }

    /// The lines a relationship's details add to its edge: its name, its technology, what it exposes, the
    /// downstream's rights.
    static func detailLines(_ details: RelationshipDetails) -> [DiagramLine] {
        var lines: [DiagramLine] = []
        if let name = details.name { lines.append(DiagramLine(text: name, emphasis: .body)) }
        if let technology = details.technology { lines.append(DiagramLine(text: technology, emphasis: .note)) }
        if !details.exposes.isEmpty {
            lines.append(DiagramLine(text: "exposes " + details.exposes.map(\.name).joined(separator: ", "), emphasis: .note))
        }
        if let rights = details.downstreamRights { lines.append(DiagramLine(text: "downstream: \(rights.rawValue)", emphasis: .note)) }
        return lines
    }
}
