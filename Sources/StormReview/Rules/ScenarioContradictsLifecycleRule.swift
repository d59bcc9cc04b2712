import StormDiagnostics
import StormModel

/// A scenario whose history or command the aggregate's lifecycle does not allow.
public struct ScenarioContradictsLifecycleRule: Rule {
    public let id = "scenario-contradicts-lifecycle"
    public let defaultSeverity = RuleSeverity.warning
    public let summary = "A scenario whose given events, or whose command's events, the aggregate's lifecycle does not allow in the state they find it in."
    public let rationale = "The lifecycle and the scenarios describe the same aggregate twice. When a scenario's history takes a path the lifecycle has no transition for, or expects events from a command the lifecycle does not allow in that state, one of the two is wrong, and the generated tests will say so later and less clearly."

    public init() {}

    public func check(_ input: LintInput) -> [Violation] {
        input.model.contexts.flatMap { context in
            // The context's commands by name once, not once an aggregate.
            var commands: [String: Command] = [:]
            for command in context.commands where commands[command.name] == nil { commands[command.name] = command }
            return context.aggregates.flatMap { aggregate -> [Violation] in
                guard let lifecycle = aggregate.lifecycle, !aggregate.scenarios.isEmpty else { return [] }
                let machine = Machine(lifecycle, commands: commands)
                return aggregate.scenarios.compactMap { machine.contradiction(in: $0, aggregate: aggregate.name) }
            }
        }
    }

    /// A lifecycle indexed for replaying scenarios: the transitions by command and by the state they leave,
    /// and the commands in transitions that emit each event.
    private struct Machine {
        let lifecycle: Lifecycle
        let byCommand: [String: [Lifecycle.Transition]]
        /// Per command, the states each state moves to by it.
        let targets: [String: [String: [String]]]
        /// Per event, the commands in transitions that emit it (in any outcome).
        let emitters: [SymbolReference: [String]]

        init(_ lifecycle: Lifecycle, commands: [String: Command]) {
            self.lifecycle = lifecycle
            byCommand = Dictionary(grouping: lifecycle.transitions, by: \.command)
            var targets: [String: [String: [String]]] = [:]
            for transition in lifecycle.transitions { targets[transition.command, default: [:]][transition.from, default: []].append(transition.to) }
            self.targets = targets
            var emitters: [SymbolReference: [String]] = [:]
            for name in byCommand.keys.sorted() {
                for event in Set(commands[name]?.outcomes.flatMap { $0 } ?? []) { emitters[event, default: []].append(name) }
            }
            self.emitters = emitters
        }

        /// The states a set of states can move to by the commands given.
        private func moves(from states: Set<String>, by commands: [String]) -> Set<String> {
            var next: Set<String> = []
            for command in commands {
                guard let targets = targets[command] else { continue }
                for state in states { next.formUnion(targets[state] ?? []) }
            }
            return next
        }

        private func describe(_ states: Set<String>) -> String {
            lifecycle.states.filter(states.contains).map { "`\($0)`" }.joined(separator: " or ")
        }

        /// What is wrong with the scenario, when the lifecycle contradicts it. The history is replayed from
        /// the initial state; an event that no transition's command emits leaves the state as it is.
        func contradiction(in scenario: Scenario, aggregate: String) -> Violation? {
            guard let initial = lifecycle.initialState else { return nil }
            var states: Set<String> = [initial]
            for event in scenario.given {
                guard let commands = emitters[event.reference] else { continue }
                let next = moves(from: states, by: commands)
                if next.isEmpty {
                    return Violation("scenario \"\(scenario.title)\": `\(event.reference.name)` cannot happen while `\(aggregate)` is \(describe(states)) (its lifecycle has no transition for it there)",
                                     at: scenario.range, notes: [DiagnosticNote("the lifecycle is here", at: lifecycle.range)])
                }
                states = next
            }
            guard case .events(let events) = scenario.then, !events.isEmpty,
                  let transitions = byCommand[scenario.when.reference.name] else { return nil }
            guard moves(from: states, by: [scenario.when.reference.name]).isEmpty else { return nil }
            let allowed = Set(transitions.map(\.from))
            return Violation("scenario \"\(scenario.title)\": `\(scenario.when.reference.name)` succeeds while `\(aggregate)` is \(describe(states)), but its lifecycle only allows it from \(describe(allowed))",
                             at: scenario.range, notes: [DiagnosticNote("the lifecycle is here", at: lifecycle.range)])
        }
    }
}
