import StormDiagnostics
import StormSource
import StormSyntax

/// The lifecycle of an aggregate, and its checks: commands of the aggregate, every state reachable from
/// the initial one, no transition out of a final state, and no more targets than the command has outcomes.
extension Resolution {
    /// `commands` are the ones declared in the aggregate's body (a slice, so no aggregate scans them all).
    mutating func resolveLifecycles(_ syntax: [LifecycleSyntax], of aggregate: String, commands: ArraySlice<Command>) -> Lifecycle? {
        guard let first = syntax.first else { return nil }
        for extra in syntax.dropFirst() {
            reportDuplicate("lifecycle", extra.keyword, first: first.keyword.range, scope: "aggregate `\(aggregate)`")
        }
        let scope = "aggregate `\(aggregate)`"
        var outcomeCounts: [String: Int] = [:]
        for command in commands where command.aggregate == aggregate {
            outcomeCounts[command.name] = max(1, command.outcomes.count)
        }
        var states: [String] = []
        var stateRanges: [String: SourceRange] = [:]
        func add(_ state: Name) {
            guard stateRanges[state.text] == nil else { return }
            stateRanges[state.text] = state.range
            states.append(state.text)
        }
        var transitions: [Lifecycle.Transition] = []
        // Transitions by unknown commands still connect states, so one misspelt command is one error.
        var unresolved: [Lifecycle.Transition] = []
        var seen: Set<[String]> = []
        var finals: [Name] = []
        for member in first.members {
            switch member {
            case .transition(let transition):
                for source in transition.sources { add(source) }
                add(transition.target)
                guard outcomeCounts[transition.command.text] != nil else {
                    let candidates = outcomeCounts.keys.sorted()
                    report(unresolved: "command", transition.command, candidates: candidates, scope: scope)
                    unresolved += transition.sources.map {
                        Lifecycle.Transition(from: $0.text, to: transition.target.text, command: transition.command.text, range: transition.info.range)
                    }
                    continue
                }
                for source in transition.sources where seen.insert([source.text, transition.target.text, transition.command.text]).inserted {
                    transitions.append(Lifecycle.Transition(from: source.text, to: transition.target.text, command: transition.command.text,
                                                            range: transition.info.range))
                }
            case .final(let names, _):
                finals += names
            }
        }
        var outgoing: [String: [Lifecycle.Transition]] = [:]
        for transition in transitions + unresolved { outgoing[transition.from, default: []].append(transition) }

        var finalStates: [String] = []
        for name in finals {
            guard stateRanges[name.text] != nil else {
                report(unresolved: "state", name, candidates: states, scope: "the lifecycle of \(scope)")
                continue
            }
            guard !finalStates.contains(name.text) else { continue }
            finalStates.append(name.text)
            if let leaving = outgoing[name.text]?.first {
                diagnostics.error("final-state-has-transition", ModelDiagnostics.finalStateHasTransition(name.text, command: leaving.command), at: name.range,
                                  notes: [DiagnosticNote("`\(leaving.command)` moves it on here", at: leaving.range)])
            }
        }
        let declared = !finalStates.isEmpty
        if !declared {
            finalStates = states.filter { outgoing[$0] == nil }
        } else {
            let finalSet = Set(finalStates)
            for state in states where outgoing[state] == nil && !finalSet.contains(state) {
                diagnostics.warning("dead-end-state", ModelDiagnostics.deadEndState(state, of: aggregate), at: stateRanges[state])
            }
        }
        reportUnreachableStates(states, outgoing: outgoing, ranges: stateRanges, of: aggregate)
        reportTargetsBeyondOutcomes(transitions, outcomeCounts: outcomeCounts)
        return Lifecycle(states: states, transitions: transitions, finalStates: finalStates, finalStatesDeclared: declared, range: first.info.range)
    }

    /// `unreachable-state`: states no path of transitions reaches from the initial state.
    mutating func reportUnreachableStates(_ states: [String], outgoing: [String: [Lifecycle.Transition]], ranges: [String: SourceRange], of aggregate: String) {
        guard let initial = states.first else { return }
        var reached: Set<String> = [initial]
        var queue = [initial]
        var next = 0
        while next < queue.count {
            let state = queue[next]
            next += 1
            for transition in outgoing[state] ?? [] where reached.insert(transition.to).inserted { queue.append(transition.to) }
        }
        for state in states where !reached.contains(state) {
            diagnostics.warning("unreachable-state", ModelDiagnostics.unreachableState(state, initial: initial, of: aggregate), at: ranges[state])
        }
    }

    /// `lifecycle-outcome-mismatch`: a command that leads from one state to more states than it has outcomes.
    mutating func reportTargetsBeyondOutcomes(_ transitions: [Lifecycle.Transition], outcomeCounts: [String: Int]) {
        var targets: [[String]: [Lifecycle.Transition]] = [:]
        var order: [[String]] = []
        for transition in transitions {
            let key = [transition.from, transition.command]
            if targets[key] == nil { order.append(key) }
            targets[key, default: []].append(transition)
        }
        for key in order {
            guard let moves = targets[key], let outcomes = outcomeCounts[key[1]], moves.count > outcomes else { continue }
            diagnostics.error("lifecycle-outcome-mismatch", ModelDiagnostics.lifecycleOutcomeMismatch(key[1], from: key[0], targets: moves.map(\.to), outcomes: outcomes),
                              at: moves[outcomes].range,
                              notes: [DiagnosticNote("`\(key[1])` first leads from `\(key[0])` here", at: moves[0].range)])
        }
    }
}

/// Messages of lifecycles.
extension ModelDiagnostics {
    /// `final-state-has-transition`
    static func finalStateHasTransition(_ state: String, command: String) -> String {
        "final state `\(state)` has a transition out of it (by `\(command)`): a final state ends the lifecycle"
    }

    /// `dead-end-state`
    static func deadEndState(_ state: String, of aggregate: String) -> String {
        "no transition leaves state `\(state)` of aggregate `\(aggregate)`, and it is not declared `final`"
    }

    /// `unreachable-state`
    static func unreachableState(_ state: String, initial: String, of aggregate: String) -> String {
        "state `\(state)` of aggregate `\(aggregate)` cannot be reached from its initial state `\(initial)`"
    }

    /// `lifecycle-outcome-mismatch`
    static func lifecycleOutcomeMismatch(_ command: String, from state: String, targets: [String], outcomes: Int) -> String {
        let listed = targets.map { "`\($0)`" }.joined(separator: ", ")
        let has = outcomes == 1 ? "one outcome" : "\(outcomes) outcomes"
        return "command `\(command)` leads from `\(state)` to \(targets.count) states (\(listed)) but has \(has): write its alternatives with `emits A or B`"
    }
}
