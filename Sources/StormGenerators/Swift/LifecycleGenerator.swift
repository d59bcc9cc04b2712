import StormModel

/// An aggregate's lifecycle as a `Lifecycle` namespace nested in its state: the `State` enum, the
/// initial and final states, and the allowed transitions as data (`StormRuntime.LifecycleTransition`).
struct LifecycleGenerator {
    let names: SwiftNames

    func write(_ lifecycle: Lifecycle, of aggregate: Aggregate, into out: inout SwiftWriter) throws(GeneratorError) {
        let cases = try Self.caseNames(lifecycle, of: aggregate)
        out.doc("The lifecycle of `\(aggregate.name)`: its states, and which command moves it from which state to which.")
        out.block("public enum Lifecycle") { out in
            out.doc("A state of `\(aggregate.name)`.")
            out.block("public enum State: String, CaseIterable, Codable, Hashable, Sendable") { out in
                for state in lifecycle.states {
                    out.startLine()
                    out.write("case ", cases[state]!, " = ")
                    out.writeStringLiteral(state)
                    out.endLine()
                }
            }
            if let initial = lifecycle.initialState {
                out.line()
                out.doc("The state a new `\(aggregate.name)` is in.")
                out.line("public static var initialState: State { .", cases[initial]!, " }")
            }
            out.line()
            out.line(lifecycle.finalStatesDeclared ? "/// The states declared final." : "/// The final states: those no transition leaves.")
            out.line("public static var finalStates: Set<State> { [", lifecycle.finalStates.map { "." + cases[$0]! }.joined(separator: ", "), "] }")
            out.line()
            out.line("/// The allowed moves, in the order written.")
            out.startLine()
            out.write("public static var transitions: [StormRuntime.LifecycleTransition<State>] { [")
            out.endLine()
            out.indented { out in
                for transition in lifecycle.transitions {
                    out.startLine()
                    out.write(".init(from: .", cases[transition.from]!, ", to: .", cases[transition.to]!, ", command: ")
                    out.writeStringLiteral(transition.command)
                    out.write("),")
                    out.endLine()
                }
            }
            out.line("] }")
        }
    }

    /// Each state's Swift case name (escaped); two states of one case name are an error.
    static func caseNames(_ lifecycle: Lifecycle, of aggregate: Aggregate) throws(GeneratorError) -> [String: String] {
        var cases: [String: String] = [:]
        var taken: [String: String] = [:]
        for state in lifecycle.states {
            let name = SwiftIdentifier.lowerCamel(SwiftIdentifier.sanitized(state))
            if let other = taken[name], other != state {
                throw GeneratorError("in the lifecycle of aggregate `\(aggregate.name)`, states `\(other)` and `\(state)` both map to the Swift case `\(name)`",
                                     at: lifecycle.range, id: "swift-name-collision", help: "rename one of them")
            }
            taken[name] = state
            cases[state] = SwiftIdentifier.escaped(name)
        }
        return cases
    }
}
