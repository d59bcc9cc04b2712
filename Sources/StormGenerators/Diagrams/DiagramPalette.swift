import StormModel

/// Fill, outline and text colour of a box or frame.
struct DiagramColours: Hashable {
    var fill: String
    var stroke: String
    var text = DiagramPalette.ink
}

/// The colours and fonts of every diagram, in one place so DOT and Mermaid look alike.
///
/// Stickies follow the event-storming wall (orange events, blue commands, lilac policies, …); contexts are
/// coloured by the kind of subdomain they implement. Colours are from the Open Color palette, chosen to
/// stay distinct on a projector.
enum DiagramPalette {
    /// A font list every platform can satisfy, so layouts hardly differ between machines.
    static let font = "Helvetica,Arial,sans-serif"
    static let ink = "#212529"
    static let muted = "#495057"
    /// The colour of a big ball of mud.
    static let mud = "#8B5A2B"

    static func colours(_ role: DiagramNode.Role) -> DiagramColours {
        switch role {
        case .coreContext: DiagramColours(fill: "#FFD8A8", stroke: "#E8590C")
        case .supportingContext: DiagramColours(fill: "#D0EBFF", stroke: "#1C7ED6")
        case .genericContext: DiagramColours(fill: "#E9ECEF", stroke: "#868E96")
        case .context: DiagramColours(fill: "#FFFFFF", stroke: "#495057")
        case .actor: DiagramColours(fill: "#FFEC99", stroke: "#F59F00")
        case .externalSystem: DiagramColours(fill: "#FCC2D7", stroke: "#D6336C")
        case .command: DiagramColours(fill: "#A5D8FF", stroke: "#1971C2")
        case .aggregate: DiagramColours(fill: "#FFF9DB", stroke: "#FAB005")
        case .event: DiagramColours(fill: "#FFC078", stroke: "#E8590C")
        case .policy: DiagramColours(fill: "#D0BFFF", stroke: "#7048E8")
        case .readModel: DiagramColours(fill: "#B2F2BB", stroke: "#2F9E44")
        case .hotspot: DiagramColours(fill: "#F783AC", stroke: "#C2255C")
        case .team: DiagramColours(fill: "#E6FCF5", stroke: "#0CA678")
        case .gateway: DiagramColours(fill: "#FFFFFF", stroke: "#495057")
        case .failure: DiagramColours(fill: "#FFC9C9", stroke: "#E03131")
        }
    }

    /// The role's entry in the legend.
    static func legendText(_ role: DiagramNode.Role) -> String {
        switch role {
        case .coreContext: "core subdomain"
        case .supportingContext: "supporting subdomain"
        case .genericContext: "generic subdomain"
        case .context: "no subdomain"
        case .actor: "actor"
        case .externalSystem: "external system"
        case .command: "command"
        case .aggregate: "aggregate"
        case .event: "domain event"
        case .policy: "policy"
        case .readModel: "read model"
        case .hotspot: "hotspot"
        case .team: "team"
        case .gateway: "one outcome of several"
        case .failure: "failure"
        }
    }

    /// The role of a context implementing a subdomain of the given kind.
    static func contextRole(_ kind: SubdomainKind?) -> DiagramNode.Role {
        switch kind {
        case .core: .coreContext
        case .supporting: .supportingContext
        case .generic: .genericContext
        case .unclassified, nil: .context
        }
    }

    /// Line colour and width of an edge.
    static func line(_ style: DiagramEdge.Style) -> (colour: String, width: String) {
        switch style {
        case .upstreamDownstream: ("#343A40", "1.6")
        case .partnership: ("#2B8A3E", "2.4")
        case .sharedKernel: ("#5F3DC4", "2.4")
        case .separateWays: ("#868E96", "1.4")
        case .unmappedFlow: ("#E03131", "1.6")
        case .flow: ("#495057", "1.2")
        case .crossContextFlow: ("#E03131", "3")
        case .failure: ("#E03131", "1.2")
        }
    }

    /// Colours of a frame.
    static func frame(_ style: DiagramGroup.Style) -> DiagramColours {
        switch style {
        case .root, .cluster: DiagramColours(fill: "#F1F3F5", stroke: "#ADB5BD")
        case .context(let kind): DiagramColours(fill: "#F8F9FA", stroke: colours(contextRole(kind)).stroke)
        case .foreignContext: DiagramColours(fill: "#FFFFFF", stroke: "#ADB5BD", text: muted)
        case .aggregate: colours(.aggregate)
        }
    }
}
