import StormModel

/// A frame around nodes: a team or domain on the context map, a context or an aggregate in a flow.
struct DiagramGroup: Hashable {
    enum Style: Hashable {
        /// The diagram itself: drawn without a frame.
        case root
        /// A team or domain of the context map.
        case cluster
        /// A bounded context of a flow, framed in the colour of its subdomain's kind.
        case context(SubdomainKind?)
        /// A context outside the flow's focus.
        case foreignContext
        /// An aggregate: a pale yellow frame around its commands.
        case aggregate
    }
    /// Unique among the diagram's groups.
    var id: String
    var title: String
    /// A small word above the title (`team`, `domain`, `aggregate`).
    var caption: String? = nil
    var style: Style
    /// What the frame holds, in the order it is drawn.
    var members: [Member] = []

    /// A node or a frame inside a frame.
    enum Member: Hashable {
        case node(DiagramNode)
        case group(DiagramGroup)
    }

    /// The nodes directly inside this frame.
    var nodes: [DiagramNode] { members.compactMap { if case .node(let node) = $0 { node } else { nil } } }
    /// The frames directly inside this frame.
    var groups: [DiagramGroup] { members.compactMap { if case .group(let group) = $0 { group } else { nil } } }
    /// Every node, at any depth, in drawing order.
    var allNodes: [DiagramNode] {
        var nodes: [DiagramNode] = []
        collectNodes(into: &nodes)
        return nodes
    }

    /// Appends the nodes of this frame and the frames inside it, in drawing order, to `nodes`: one array
    /// for the whole diagram, not one per frame.
    private func collectNodes(into nodes: inout [DiagramNode]) {
        for member in members {
            switch member {
            case .node(let node): nodes.append(node)
            case .group(let group): group.collectNodes(into: &nodes)
            }
        }
    }
    /// This frame and every frame inside it, depth first.
    var allGroups: [DiagramGroup] { [self] + groups.flatMap(\.allGroups) }

    /// Adds a node at the end, unless the frame already holds it.
    mutating func add(_ node: DiagramNode) {
        if !nodes.contains(node) { members.append(.node(node)) }
    }

    /// Adds a frame at the end.
    mutating func add(_ group: DiagramGroup) {
        members.append(.group(group))
    }
}
