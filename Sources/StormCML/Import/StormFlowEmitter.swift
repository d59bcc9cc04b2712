/// Flows of the application layer: `command C emits event A + B` becomes `command C … emits A, B`,
/// `emits event A X B` (or `O`) `emits A or B`, and `event A triggers command C + D` (`X`, `O`) a policy
/// `OnA: when A then C, D` (`then C or D`). A step that `delegates to Agg [S1 -> S2]` makes a transition
/// `S1 -> S2 by C` of aggregate `Agg`'s lifecycle, and puts `C` in that aggregate. Steps waiting for
/// several events and operations are not in the language: each is a `cml-unsupported` warning, and the
/// step is kept as a comment.
struct FlowPlan {
    /// Command (its CML name) → its exclusive outcomes, each the events (Storm names) emitted together.
    var outcomes: [String: [[String]]] = [:]
    /// Commands and events the flows name that no CML declaration declares (CML names): declared in the
    /// context, or, for a command with a transition, in its aggregate.
    var commands: [String] = []
    var events: [String] = []
    /// The policies, as Storm lines.
    var policies: [String] = []
    /// Command (CML name) → the aggregate (CML name) its transitions belong to, where it is declared.
    var aggregateOf: [String: String] = [:]
    /// Aggregate (CML name) → its `lifecycle { … }` lines.
    var lifecycles: [String: [String]] = [:]
}

/// One `[From -> To]` of a flow step, waiting until every step is read.
private struct PendingTransition {
    var aggregate: CMLName
    var command: String
    var transition: CMLStateTransition
    var step: CMLFlowStep
    var flow: String
}

extension StormEmitter {
    func flows(in members: [CMLMember]) -> [CMLFlow] {
        members.flatMap { member -> [CMLFlow] in
            switch member {
            case .flow(let flow): [flow]
            case .module(_, let inner): flows(in: inner)
            default: []
            }
        }
    }

    static func commands(in members: [CMLMember]) -> Set<String> {
        var result: Set<String> = []
        for member in members {
            switch member {
            case .type(let type) where type.kind == .commandEvent: result.insert(type.name.text)
            case .aggregate(let aggregate): result.formUnion(commands(in: aggregate.members))
            case .module(_, let inner): result.formUnion(commands(in: inner))
            default: break
            }
        }
        return result
    }

    /// The aggregates of `members` (modules flattened) → the commands declared in each.
    static func aggregateCommands(in members: [CMLMember], into result: inout [String: Set<String>]) {
        for member in members {
            switch member {
            case .aggregate(let aggregate): result[aggregate.name.text, default: []].formUnion(commands(in: aggregate.members))
            case .module(_, let inner): aggregateCommands(in: inner, into: &result)
            default: break
            }
        }
    }

    /// ` emits A, B` (` emits A or B`) for a command the flows say emits events, else nothing.
    func emitsClause(_ command: String) -> String {
        guard let outcomes = flow.outcomes[command], !outcomes.isEmpty else { return "" }
        return " emits " + outcomes.map { $0.joined(separator: ", ") }.joined(separator: " or ")
    }

    /// What the operators between a step's targets say: nil for all (`+`), `X` or `O` for alternatives,
    /// or a problem for operators mixed (which CML does not allow).
    static func alternatives(_ step: CMLFlowStep) -> (exclusive: Bool, problem: String?) {
        let operators = Set(step.targetOperators)
        if operators.count > 1 { return (false, "`+`, `X` and `O` mixed in one step") }
        guard let only = operators.first, only != "+" else { return (false, nil) }
        return (true, nil)
    }

    /// Says that a step's inclusive alternatives (`O`) are imported as exclusive ones.
    mutating func assumeExclusive(_ step: CMLFlowStep) {
        guard step.targetOperators.contains("O") else { return }
        diagnostics.warning("cml-assumed", "inclusive alternatives (`O`: one or more) imported as exclusive ones (`or`): Storm has no inclusive alternatives",
                            at: step.range)
    }

    mutating func plan(_ flows: [CMLFlow], declaredCommands: Set<String>, aggregateCommands: [String: Set<String>]) -> FlowPlan {
        var plan = FlowPlan()
        var declaredEvents: Set<String> = []
        var declaredHere = declaredCommands
        var policyNames: Set<String> = []
        var pending: [PendingTransition] = []
        let context = self.context
        let index = self.index
        /// Whether `name` is declared only in other contexts (per `declared`), where Storm's rules keep it out of this one's flows.
        func foreign(_ name: String, _ declared: [String: Set<String>]) -> Bool {
            guard let contexts = declared[name] else { return false }
            return !contexts.contains(context)
        }
        func event(_ name: String) -> String { index.stormName(name, kind: .domainEvent, in: context) }
        func command(_ name: String) -> String { index.stormName(name, kind: .commandEvent, in: context) }
        func declare(event: String, _ plan: inout FlowPlan) {
            if index.events[event] == nil, declaredEvents.insert(event).inserted { plan.events.append(event) }
        }
        func declare(command: String, _ plan: inout FlowPlan) {
            if index.commands[command] == nil, declaredHere.insert(command).inserted { plan.commands.append(command) }
        }
        for flow in flows {
            for step in flow.steps {
                var problems: [String] = []
                var imported = false
                let (exclusive, mixed) = Self.alternatives(step)
                if let mixed { problems.append(mixed) }
                switch (step.kind, step.targetKind ?? "event") {
                case ("command", "event") where !step.targets.isEmpty && step.subjects.count == 1 && problems.isEmpty:
                    let name = step.subjects[0].text
                    if foreign(name, index.commands) {
                        problems.append("a command of another context (its events are declared where the command is)")
                        break
                    }
                    if let event = step.targets.first(where: { foreign($0.text, index.events) }) {
                        problems.append("`\(event.text)`, an event of another context (a Storm command emits events of its own context)")
                        break
                    }
                    var events: [String] = []
                    var seen: Set<String> = []
                    for target in step.targets where seen.insert(event(target.text)).inserted { events.append(event(target.text)) }
                    let outcomes = exclusive ? events.map { [$0] } : [events]
                    if let existing = plan.outcomes[name], existing != outcomes {
                        guard existing.count == 1, outcomes.count == 1 else {
                            problems.append("outcomes of command `\(name)` other than those of an earlier step (Storm's command has one set of outcomes)")
                            break
                        }
                        let known = Set(existing[0])
                        plan.outcomes[name] = [existing[0] + events.filter { !known.contains($0) }]
                    } else {
                        plan.outcomes[name] = outcomes
                    }
                    imported = true
                    assumeExclusive(step)
                    declare(command: name, &plan)
                    for target in step.targets { declare(event: target.text, &plan) }
                    if let aggregate = step.delegate {
                        pending.append(PendingTransition(aggregate: aggregate, command: name, transition: step.transition ?? CMLStateTransition(
                            from: [], to: [], endStates: [], range: aggregate.range), step: step, flow: flow.name.text))
                    }
                case ("event", "command") where !step.targets.isEmpty:
                    if step.subjects.count > 1 { problems.append("waiting for several events (`+`)") }
                    if let command = step.targets.first(where: { foreign($0.text, index.commands) }) {
                        problems.append("`\(command.text)`, a command of another context (a Storm policy issues commands of its own context)")
                    }
                    guard problems.isEmpty else { break }
                    assumeExclusive(step)
                    let trigger = step.subjects[0].text
                    declare(event: trigger, &plan)
                    for command in step.targets { declare(command: command.text, &plan) }
                    var name = "On" + event(trigger)
                    var suffix = 2
                    while !policyNames.insert(name).inserted { name = "On\(event(trigger))\(suffix)"; suffix += 1 }
                    let commands = step.targets.map { command($0.text) }
                    plan.policies.append("/// From flow \(flow.name.text): \(step.text)")
                    plan.policies.append("policy \(name): when \(event(trigger)) then \(commands.joined(separator: exclusive ? " or " : ", "))")
                default:
                    if problems.isEmpty {
                        problems.append(step.kind == "operation" || step.targetKind == "operation" ? "an operation" : "a form Storm does not hold")
                    }
                }
                if !problems.isEmpty {
                    report(problems, of: step, in: flow.name.text, imported: imported, into: &plan)
                }
            }
        }
        planLifecycles(pending, aggregateCommands: aggregateCommands, into: &plan)
        return plan
    }

    /// Warns that (part of) `step` is not imported, and keeps it as a comment.
    private mutating func report(_ problems: [String], of step: CMLFlowStep, in flow: String, imported: Bool, into plan: inout FlowPlan) {
        let what = imported
            ? "\(problems.joined(separator: ", ")) in a step of flow `\(flow)` not imported (the events the step emits are)"
            : "step of flow `\(flow)` not imported: \(problems.joined(separator: ", "))"
        diagnostics.warning("cml-unsupported", what, at: step.range)
        plan.policies.append("// CML \(what):")
        plan.policies.append("//   " + step.text)
    }

    /// The transitions of the steps that delegate to an aggregate, as each aggregate's lifecycle lines.
    /// A command moves into the aggregate it delegates to; a transition Storm would refuse (a command of
    /// another aggregate, more target states than the command has alternative outcomes) is a warning.
    private mutating func planLifecycles(_ pending: [PendingTransition], aggregateCommands: [String: Set<String>], into plan: inout FlowPlan) {
        var owner: [String: String] = [:]
        for (aggregate, commands) in aggregateCommands { for command in commands { owner[command] = aggregate } }
        var order: [String] = []
        var transitions: [String: [(from: [String], to: [String], command: String, step: PendingTransition)]] = [:]
        var created: [String: [(state: String, step: PendingTransition)]] = [:]
        var ends: [String: [(state: String, step: PendingTransition)]] = [:]
        var targets: [String: Set<String>] = [:]
        for item in pending {
            let aggregate = item.aggregate.text
            var problem: String?
            if aggregateCommands[aggregate] == nil {
                problem = "`delegates to \(aggregate)`, not an aggregate of bounded context `\(context)`"
            } else if let other = owner[item.command] ?? plan.aggregateOf[item.command], other != aggregate {
                problem = "`delegates to \(aggregate)` for command `\(item.command)` of aggregate `\(other)`"
            }
            if let problem {
                report([problem], of: item.step, in: item.flow, imported: true, into: &plan)
                continue
            }
            plan.aggregateOf[item.command] = aggregate
            let transition = item.transition
            guard !transition.to.isEmpty else { continue }
            if transition.from.isEmpty {
                created[aggregate, default: []] += transition.to.map { ($0.text, item) }
            } else {
                if transitions[aggregate] == nil { order.append(aggregate) }
                transitions[aggregate, default: []].append((transition.from.map(\.text), transition.to.map(\.text), item.command, item))
                for from in transition.from { targets[item.command + "\u{0}" + from.text, default: []].formUnion(transition.to.map(\.text)) }
            }
            for state in transition.to where transition.endStates.contains(state.text) { ends[aggregate, default: []].append((state.text, item)) }
        }
        for aggregate in order {
            var rows = transitions[aggregate] ?? []
            // Storm's lifecycle starts in the first state written: the state the aggregate is created in, when a step says.
            if let initial = created[aggregate]?.first {
                if let at = rows.firstIndex(where: { $0.from.contains(initial.state) }) {
                    var row = rows.remove(at: at)
                    row.from.removeAll { $0 == initial.state }
                    row.from.insert(initial.state, at: 0)
                    rows.insert(row, at: 0)
                } else {
                    diagnostics.warning("cml-assumed", "aggregate `\(aggregate)` is created in state `\(initial.state)`, which no transition leaves: Storm's lifecycle starts in its first state written, `\(rows[0].from[0])`",
                                        at: initial.step.transition.range)
                }
            }
            var lines: [String] = []
            var seen: Set<String> = []
            var leaving: Set<String> = []
            for row in rows {
                let alternatives = plan.outcomes[row.command]?.count ?? 0
                let reached = row.from.map { targets[row.command + "\u{0}" + $0]?.count ?? 0 }.max() ?? 0
                if reached > 1, reached > alternatives {
                    report(["a state transition to \(reached) states by command `\(row.command)`, which has \(alternatives) alternative outcome\(alternatives == 1 ? "" : "s") (Storm's lifecycle needs one per state)"],
                           of: row.step.step, in: row.step.flow, imported: true, into: &plan)
                    continue
                }
                let command = index.stormName(row.command, kind: .commandEvent, in: context)
                for to in row.to {
                    let line = "\(row.from.joined(separator: ", ")) -> \(to) by \(command)"
                    if seen.insert(line).inserted { lines.append(line) }
                }
                leaving.formUnion(row.from)
            }
            guard !lines.isEmpty else { continue }
            var finals: [String] = []
            for end in ends[aggregate] ?? [] where !finals.contains(end.state) {
                if leaving.contains(end.state) {
                    diagnostics.warning("cml-assumed", "end state `\(end.state)` has a transition out of it: not imported as final", at: end.step.transition.range)
                } else {
                    finals.append(end.state)
                }
            }
            if !finals.isEmpty { lines.append("final " + finals.joined(separator: ", ")) }
            plan.lifecycles[aggregate] = lines
        }
    }
}
