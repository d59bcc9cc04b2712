import StormModel

/// The context map with each domain collapsed into one box (`stormc map --collapse domain`): the box
/// names the domain and counts its contexts; the relationships between two domains are merged into one
/// edge labelled with how many of each kind and pattern there are. Relationships inside a domain are
/// counted in its box.
enum ContextMapCollapse {
    static func diagram(for model: Model) -> Diagram {
        var domains: [String] = []
        var contexts: [String: Int] = [:]
        var domainOf: [String: String] = [:]
        for context in model.contexts {
            if contexts[context.domain] == nil { domains.append(context.domain) }
            contexts[context.domain, default: 0] += 1
            domainOf[context.name] = context.domain
        }
        var inside: [String: Int] = [:]
        var pairs: [(from: String, to: String)] = []
        var counts: [String: [String: Int]] = [:]
        for relationship in model.relationships {
            guard let first = domainOf[relationship.first], let second = domainOf[relationship.second] else { continue }
            if first == second {
                inside[first, default: 0] += 1
                continue
            }
            let key = pairKey(first, second, among: pairs)
            if counts[key] == nil { pairs.append((first, second)) }
            for mark in marks(of: relationship) { counts[key, default: [:]][mark, default: 0] += 1 }
        }
        var root = DiagramGroup(id: model.name, title: model.name, style: .root)
        for domain in domains {
            var lines = [DiagramLine(text: domain, emphasis: .title),
                         DiagramLine(text: plural(contexts[domain] ?? 0, "context"), emphasis: .body)]
            if let count = inside[domain] { lines.append(DiagramLine(text: plural(count, "relationship") + " inside", emphasis: .note)) }
            root.add(DiagramNode(id: domain, role: .context, lines: lines))
        }
        let edges = pairs.enumerated().map { index, pair in
            let tally = counts[pairKey(pair.from, pair.to, among: pairs)] ?? [:]
            let label = order.filter { tally[$0] != nil }.map { DiagramLine(text: "\($0) ×\(tally[$0]!)", emphasis: .body) }
            return DiagramEdge(id: "domains-\(index + 1)", from: pair.from, to: pair.to, style: .upstreamDownstream, label: label)
        }
        return Diagram(name: model.name, title: "\(model.name) · domains", direction: .topToBottom, content: root, edges: edges)
    }

    /// The same key for both directions of a pair, after the direction first met.
    private static func pairKey(_ a: String, _ b: String, among pairs: [(from: String, to: String)]) -> String {
        pairs.contains { $0.from == b && $0.to == a } ? "\(b)\u{0}\(a)" : "\(a)\u{0}\(b)"
    }

    /// What a relationship adds to the count: its kind, and each pattern of its ends.
    private static func marks(of relationship: Relationship) -> [String] {
        switch relationship.kind {
        case .upstreamDownstream:
            ["Upstream/Downstream"] + relationship.upstreamPatterns.map(\.rawValue) + relationship.downstreamPatterns.map(\.rawValue)
        case .partnership: ["Partnership"]
        case .sharedKernel: ["Shared Kernel"]
        case .separateWays: ["Separate Ways"]
        }
    }

    /// The order of the label's lines.
    private static let order = ["Upstream/Downstream", "Partnership", "Shared Kernel", "Separate Ways"]
        + UpstreamPattern.allCases.map(\.rawValue) + DownstreamPattern.allCases.map(\.rawValue)

    private static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
