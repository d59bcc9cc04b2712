import StormDiagnostics

/// Several domains checked together: which domain each `use` names, whether the versions used are the
/// versions published, whether two domains publish one name, and the lineage between data products.
public struct Mesh: Sendable {
    public var domains: [MeshDomain]
    /// For each domain (by index) and each of its uses (by name), the index of the domain it names.
    public private(set) var resolvedUses: [[String: Int]] = []

    public init(domains: [MeshDomain]) {
        self.domains = domains
        var byPath: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (index, domain) in domains.enumerated() {
            if byPath[domain.standardizedPath] == nil { byPath[domain.standardizedPath] = index }
            if byName[domain.name] == nil { byName[domain.name] = index }
        }
        resolvedUses = domains.map { domain in
            var resolved: [String: Int] = [:]
            for use in domain.uses {
                if let index = byPath[use.standardizedPath] ?? use.interfaceName.flatMap({ byName[$0] }) { resolved[use.name] = index }
            }
            return resolved
        }
    }

    /// The problems of the mesh, in domain order; each names the domains involved, by path.
    public func problems() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var domainNames: [String: String] = [:]
        var eventTypes: [String: String] = [:]
        for (index, domain) in domains.enumerated() {
            if let first = domainNames[domain.name] {
                problems.append(Diagnostic(.error, "mesh-duplicate-domain",
                                           "\(domain.path) and \(first) are both the domain `\(domain.name)`: a mesh holds each domain once", at: nil))
            } else {
                domainNames[domain.name] = domain.path
            }
            for event in domain.published {
                if let first = eventTypes[event.cloudEventType], first != domain.path {
                    problems.append(Diagnostic(.error, "mesh-duplicate-event",
                                               "\(domain.path) publishes `\(event.cloudEventType)`, which \(first) publishes too: two domains cannot publish one name",
                                               at: nil))
                } else {
                    eventTypes[event.cloudEventType] = domain.path
                }
            }
            for use in domain.uses {
                guard let producerIndex = resolvedUses[index][use.name] else {
                    problems.append(Diagnostic(.error, "mesh-unresolved-use",
                                               "\(domain.path) uses `\(use.name)` from \"\(use.origin)\", which is none of the mesh's domains: add it to the paths",
                                               at: nil))
                    continue
                }
                let producer = domains[producerIndex]
                var versions: [String: Int] = [:]
                for event in producer.published where versions[event.name] == nil { versions[event.name] = event.version }
                for event in use.events {
                    guard let published = versions[event.name] else {
                        problems.append(Diagnostic(.error, "mesh-version-mismatch",
                                                   "\(domain.path) uses `\(use.name).\(event.name)` v\(event.version), which \(producer.path) no longer publishes",
                                                   at: nil))
                        continue
                    }
                    if published != event.version {
                        problems.append(Diagnostic(.error, "mesh-version-mismatch",
                                                   "\(domain.path) uses `\(use.name).\(event.name)` v\(event.version), but \(producer.path) publishes v\(published): publish the interface again and check \(domain.path)",
                                                   at: nil))
                    }
                }
            }
        }
        return problems
    }

    /// An edge of lineage: a product's output port feeds another product's input port.
    public struct Lineage: Sendable, Hashable {
        public var from: ProductID
        public var outputPort: String
        public var to: ProductID
        public var inputPort: String
    }

    /// A product of the mesh: its domain's index and the product's place in it.
    public struct ProductID: Sendable, Hashable, Comparable {
        public var domain: Int
        public var product: Int
        public static func < (a: ProductID, b: ProductID) -> Bool { (a.domain, a.product) < (b.domain, b.product) }
    }

    /// Every lineage edge, in consumer order, each once.
    public func lineage() -> [Lineage] {
        // Who publishes each event: (domain, event name) → output ports.
        var publishers: [Int: [String: [(ProductID, String, String)]]] = [:]
        for (d, domain) in domains.enumerated() {
            for (p, product) in domain.products.enumerated() {
                for output in product.outputs {
                    for event in output.events {
                        let name = String(event.split(separator: ".").last ?? "")
                        publishers[d, default: [:]][name, default: []].append((ProductID(domain: d, product: p), output.port, event))
                    }
                }
            }
        }
        var edges: [Lineage] = []
        var seen: Set<Lineage> = []
        for (d, domain) in domains.enumerated() {
            for (p, product) in domain.products.enumerated() {
                for input in product.inputs {
                    for event in input.events {
                        let parts = event.split(separator: ".", maxSplits: 1).map(String.init)
                        guard parts.count == 2 else { continue }
                        let source = resolvedUses[d][parts[0]] ?? d
                        if source == d, domain.uses.contains(where: { $0.name == parts[0] }) { continue }
                        // Within a domain the event is named by its context; from a used domain, by its name.
                        for (from, port, published) in publishers[source]?[parts[1]] ?? [] where source != d || published == event {
                            let edge = Lineage(from: from, outputPort: port, to: ProductID(domain: d, product: p), inputPort: input.port)
                            if seen.insert(edge).inserted { edges.append(edge) }
                        }
                    }
                }
            }
        }
        return edges
    }
}
