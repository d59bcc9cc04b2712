/// Which picture of a model to draw.
public enum DiagramView: String, Sendable, Hashable, CaseIterable {
    /// A box per bounded context, an edge per relationship of the context maps.
    case contextMap = "context-map"
    /// The event-storming timeline of one context, with the neighbours its events come from or go to.
    case flow
    /// The event-storming timeline of every context at once.
    case bigPicture = "big-picture"
    /// A box per team, with what it owns, and an edge per team relationship of the context maps.
    case teams
    /// Each aggregate of one context as a state machine: its lifecycle's states and transitions.
    case lifecycle
}

/// How the context map groups its contexts.
public enum DiagramClustering: String, Sendable, Hashable, CaseIterable {
    /// One frame per owning team.
    case team
    /// One frame per domain.
    case domain
    /// No frames.
    case none
}

/// The text languages a diagram is written in; images are rendered from DOT by Graphviz.
public enum DiagramLanguage: String, Sendable, Hashable, CaseIterable {
    /// Graphviz DOT.
    case dot
    /// A Mermaid `flowchart`, which code hosts render inside Markdown.
    case mermaid

    /// The file extension of the language (`dot`, `mmd`).
    public var fileExtension: String {
        switch self {
        case .dot: "dot"
        case .mermaid: "mmd"
        }
    }
}

/// How the context map merges its contexts.
public enum DiagramCollapse: String, Sendable, Hashable, CaseIterable {
    /// One box per domain; the relationships between two domains merged into one edge, with counts.
    case domain
}

/// What to draw: the view, its context, and the view's settings.
public struct DiagramOptions: Sendable, Hashable {
    /// The picture to draw.
    public var view: DiagramView
    /// The context of the `flow` and `lifecycle` views.
    public var context: String?
    /// How the context map groups contexts.
    public var clustering: DiagramClustering
    /// Whether context-map edges list the events that cross them.
    public var showEvents: Bool
    /// The context map shows only this context (a domain, when collapsed) and its neighbours.
    public var focus: String?
    /// How many relationships away from the focus a neighbour may be.
    public var depth: Int
    /// Whether the context map merges contexts into one box per domain.
    public var collapse: DiagramCollapse?

    /// The context map without frames or events, unless told otherwise.
    public init(view: DiagramView = .contextMap, context: String? = nil, clustering: DiagramClustering = .none, showEvents: Bool = false,
                focus: String? = nil, depth: Int = 1, collapse: DiagramCollapse? = nil) {
        self.view = view
        self.context = context
        self.clustering = clustering
        self.showEvents = showEvents
        self.focus = focus
        self.depth = depth
        self.collapse = collapse
    }
}
