/// Tarjan's strongly connected components, deterministic for a graph whose neighbour lists are sorted.
enum StronglyConnected {
    /// The components of a directed graph given as sorted adjacency lists, nodes visited in name order.
    /// The search keeps its own stack, so a chain of any length cannot exhaust the thread's.
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

    /// One node being visited: its name and the position of the next neighbour to look at.
    private struct Frame {
        var node: String
        var next = 0
    }

    private static func visit(_ root: String, _ graph: [String: [String]], _ state: inout State) {
        func enter(_ node: String, _ state: inout State) -> Frame {
            state.index[node] = state.counter
            state.lowLink[node] = state.counter
            state.counter += 1
            state.stack.append(node)
            state.onStack.insert(node)
            return Frame(node: node)
        }
        var frames = [enter(root, &state)]
        while var frame = frames.popLast() {
            let neighbours = graph[frame.node] ?? []
            if frame.next < neighbours.count {
                let next = neighbours[frame.next]
                frame.next += 1
                frames.append(frame)
                if state.index[next] == nil {
                    frames.append(enter(next, &state))
                } else if state.onStack.contains(next) {
                    state.lowLink[frame.node] = min(state.lowLink[frame.node]!, state.index[next]!)
                }
                continue
            }
            // Every neighbour is done: pass the low link up, and close a component at its root.
            if let parent = frames.last {
                state.lowLink[parent.node] = min(state.lowLink[parent.node]!, state.lowLink[frame.node]!)
            }
            guard state.lowLink[frame.node] == state.index[frame.node] else { continue }
            var component: [String] = []
            while let top = state.stack.popLast() {
                state.onStack.remove(top)
                component.append(top)
                if top == frame.node { break }
            }
            state.components.append(component.sorted())
        }
    }
}
