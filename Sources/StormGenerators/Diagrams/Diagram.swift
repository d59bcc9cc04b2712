import StormModel

/// A picture to draw, independent of the language it is written in: the views build it from the model,
/// the DOT and Mermaid renderers print it. Everything keeps the order of the model's source.
struct Diagram: Hashable {
    enum Direction: Hashable { case topToBottom, leftToRight }
    /// The graph's name (the model's name).
    var name: String
    /// The caption drawn above the picture.
    var title: String
    var direction: Direction
    /// The top-level nodes and frames.
    var content: DiagramGroup
    var edges: [DiagramEdge]
}

/// One line of a node's label, with how much it should stand out.
struct DiagramLine: Hashable {
    enum Emphasis: Hashable { case title, body, note, warning }
    var text: String
    var emphasis: Emphasis
}

/// A box: a bounded context or a sticky note.
struct DiagramNode: Hashable {
    /// What the box stands for, which decides its colours; the order is the legend's.
    enum Role: Hashable, CaseIterable {
        case coreContext, supportingContext, genericContext, context
        case actor, externalSystem, command, aggregate, event, policy, readModel, hotspot
        /// A team, on the team map.
        case team
        /// Where a command's alternative outcomes part: one of the events follows, never several.
        case gateway
        /// A rejection a command can end in (`fails with`).
        case failure
    }
    /// Unique among the diagram's nodes.
    var id: String
    var role: Role
    var lines: [DiagramLine]
    /// Marked as a big ball of mud.
    var isMuddy = false
    /// Belongs to a context outside the flow's focus.
    var isForeign = false
    /// A context the organisation does not own (`external context`).
    var isExternal = false
}

/// A line between two nodes.
struct DiagramEdge: Hashable {
    enum Style: Hashable, CaseIterable {
        case upstreamDownstream, partnership, sharedKernel, separateWays
        /// Events flow between two contexts that no relationship connects.
        case unmappedFlow
        case flow
        /// A flow that crosses a context boundary.
        case crossContextFlow
        /// From a command to a failure it can end in.
        case failure
    }
    /// An `id` for the drawn edge, so tests and style sheets can find it.
    var id: String?
    var from: String
    var to: String
    var style: Style
    /// Roles drawn at the source end (`U`, `OHS`).
    var tail: [String] = []
    /// Roles drawn at the target end (`D`, `ACL`).
    var head: [String] = []
    /// The label in the middle, a line each: a title (`Partnership`) and events.
    var label: [DiagramLine] = []
}
