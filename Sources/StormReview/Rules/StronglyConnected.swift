/// Tarjan's strongly connected components, deterministic for a graph whose neighbour lists are sorted.
enum StronglyConnected {
    /// The components of a directed graph given as sorted adjacency lists, nodes visited in name order.
    static func components(of graph: [String: [String]]) -> [[String]] {
        var state = State()
        let nodes = Set(graph.keys).union(graph.values.joined()).sorted()
        for node in nodes where state.index[node] == nil {
            visit(node, graph, &state)
        }
        return state.components
    }

    private struct State {
        var counter = 0
        var index: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var components: [[String]] = []
    }

    // Recursion depth is bounded by the number of contexts in one chain, which stays small.
    private static func visit(_ node: String, _ graph: [String: [String]], _ state: inout State) {
        state.index[node] = state.counter
        state.lowLink[node] = state.counter
        state.counter += 1
        state.stack.append(node)
        state.onStack.insert(node)
        for next in graph[node] ?? [] {
            if state.index[next] == nil {
                visit(next, graph, &state)
                state.lowLink[node] = min(state.lowLink[node]!, state.lowLink[next]!)
            } else if state.onStack.contains(next) {
                state.lowLink[node] = min(state.lowLink[node]!, state.index[next]!)
            }
        }
        guard state.lowLink[node] == state.index[node] else { return }
        var component: [String] = []
        while let top = state.stack.popLast() {
            state.onStack.remove(top)
            component.append(top)
            if top == node { break }
        }
        state.components.append(component.sorted())
    }
}
