import StormModel

/// What the review document says about one bounded context: its place on the map and the events that
/// cross its boundary.
struct ContextSummary {
    var context: BoundedContext
    /// `Trips` `[OHS, PL]` → `[ACL]`: the contexts it is downstream of, with the patterns on both ends.
    var upstreams: [String]
    var downstreams: [String]
    /// Partnerships, shared kernels and separate ways.
    var others: [String]
    /// Events of other contexts it consumes; events of its own that other contexts consume or ports publish.
    var eventsIn: [SymbolReference]
    var eventsOut: [SymbolReference]
    /// How many other contexts it consumes events from, and how many consume its events.
    var fanIn: Int
    var fanOut: Int
    var subdomainKind: SubdomainKind?

    init(_ context: BoundedContext, model: Model, facts: ModelFacts) {
        self.context = context
        subdomainKind = context.subdomain.flatMap(model.subdomain)?.kind
        let name = context.name
        func roles(_ upstream: [UpstreamPattern], _ downstream: [DownstreamPattern]) -> String {
            " [" + (["U"] + upstream.map(\.rawValue)).joined(separator: ", ") + "] → ["
                + (["D"] + downstream.map(\.rawValue)).joined(separator: ", ") + "]"
        }
        let relationships = facts.relationships(involving: name)
        upstreams = relationships.filter { $0.downstream == name }.map { "`\($0.first)`" + roles($0.upstreamPatterns, $0.downstreamPatterns) }
        downstreams = relationships.filter { $0.upstream == name }.map { "`\($0.second)`" + roles($0.upstreamPatterns, $0.downstreamPatterns) }
        others = relationships.filter { $0.kind != .upstreamDownstream }.map { relationship in
            let other = relationship.first == name ? relationship.second : relationship.first
            let kind = switch relationship.kind {
            case .partnership: "partnership"
            case .sharedKernel: "shared kernel"
            default: "separate ways"
            }
            return "`\(other)` (\(kind))"
        }
        let incoming = facts.crossingFlows(into: name)
        let outgoing = facts.crossingFlows(outOf: name)
        eventsIn = Array(Set(incoming.map(\.event))).sorted()
        let published = context.dataProducts.flatMap { $0.outputPorts.flatMap(\.events) }
        eventsOut = Array(Set(outgoing.map(\.event) + published)).sorted()
        fanIn = Set(incoming.map(\.producer)).count
        fanOut = Set(outgoing.map(\.consumer)).count
    }

    /// The context's table: aspect and value.
    var table: String {
        let subdomain = context.subdomain.map { reference in
            "`\(reference.domain).\(reference.name)`" + (subdomainKind.map { " (\($0.rawValue))" } ?? "")
        } ?? "none"
        let rows: [[String]] = [
            ["Owner", context.owner.map { "`\($0)`" } ?? "none"],
            ["Subdomain", subdomain],
            ["Upstreams", Markdown.list(upstreams)],
            ["Downstreams", Markdown.list(downstreams)],
            ["Other relationships", Markdown.list(others)],
            ["Events in", Markdown.list(eventsIn.map { "`\($0)`" })],
            ["Events out", Markdown.list(eventsOut.map { "`\($0.name)`" })],
            ["Fan-in / fan-out", "\(fanIn) / \(fanOut)"],
        ]
        return Markdown.table(["Aspect", "Value"], rows)
    }
}

