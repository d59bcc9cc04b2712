import StormDiagnostics
import StormModel

/// Upstream/downstream relationships that form a cycle: each context is, through the others, its own upstream.
///
/// Reports one cycle per strongly connected group of contexts: the shortest cycle through the group's
/// first context in name order, so the output is the same on every run.
public struct RelationshipCycleRule: Rule {
    public let id = "relationship-cycle"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "Upstream/downstream relationships form a cycle; the finding prints the cycle."
    public let rationale = "Upstream means \"changes first, and others adapt\". In a cycle every team waits for every other: no one can change first. Make one relationship a partnership, or break the dependency."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        var edges: [String: [String: Relationship]] = [:]
        for relationship in input.model.relationships {
            guard let upstream = relationship.upstream, let downstream = relationship.downstream else { continue }
            if edges[upstream]?[downstream] == nil { edges[upstream, default: [:]][downstream] = relationship }
        }
        let graph = edges.mapValues { $0.keys.sorted() }
        return StronglyConnected.components(of: graph).compactMap { component -> Violation? in
            guard component.count > 1, let start = component.min(),
                  let path = shortestCycle(from: start, in: graph, within: Set(component)) else { return nil }
            let steps = zip(path, path.dropFirst()).map { edges[$0.0]![$0.1]! }
            let notes = steps.dropFirst().map { DiagnosticNote("`\($0.first) -> \($0.second)` declared here", at: $0.range) }
            return Violation("upstream/downstream relationships form a cycle: \(path.joined(separator: " -> "))",
                             at: steps[0].range, notes: Array(notes))
        }
    }

    /// The shortest path from `start` back to itself, breadth first over sorted neighbours.
    private func shortestCycle(from start: String, in graph: [String: [String]], within group: Set<String>) -> [String]? {
        var parent: [String: String] = [:]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let node = queue[index]
            index += 1
            for next in graph[node] ?? [] where group.contains(next) {
                if next == start {
                    var path = [node]
                    while let previous = parent[path[path.count - 1]] { path.append(previous) }
                    return path.reversed() + [start]
                }
                if parent[next] == nil, next != start {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return nil
    }
}
