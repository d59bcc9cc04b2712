/// Flows of the application layer, as far as Storm holds them: `command C emits event A + B` becomes
/// `command C … emits A, B`, and `event A triggers command C` a policy `OnA: when A then C`. Alternative
/// outcomes (`X`, `O`), steps waiting for several events, operations and state transitions (`[A -> B]`)
/// are not in the language yet: each is a `cml-unsupported` warning, and the step is kept as a comment.
struct FlowPlan {
    /// Command → the events it emits.
    var emits: [String: [String]] = [:]
    /// Commands and events the flows name that no CML declaration declares: declared in the context.
    var commands: [String] = []
    var events: [String] = []
    /// The policies, as Storm lines.
    var policies: [String] = []
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

    /// ` emits A, B` for a command the flows say emits events, else nothing.
    func emitsClause(_ command: String) -> String {
        guard let events = flowEmits[command], !events.isEmpty else { return "" }
        return " emits " + events.joined(separator: ", ")
    }

    mutating func plan(_ flows: [CMLFlow], declaredCommands: Set<String>) -> FlowPlan {
        var plan = FlowPlan()
        var declaredEvents: Set<String> = []
        var declaredHere = declaredCommands
        var policyNames: Set<String> = []
        let context = self.context
        /// Whether `name` is declared only in other contexts (per `declared`), where Storm's rules keep it out of this one's flows.
        func foreign(_ name: String, _ declared: [String: Set<String>]) -> Bool {
            guard let contexts = declared[name] else { return false }
            return !contexts.contains(context)
        }
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
                if let delegation = step.delegation {
                    problems.append(delegation.text.contains("[") ? "a state transition (Storm has no lifecycles yet)" : "a delegation to an aggregate")
                }
                let alternatives = step.targetOperators.contains { $0 != "+" }
                switch (step.kind, step.targetKind ?? "event") {
                case ("command", "event") where !step.targets.isEmpty && step.subjects.count == 1:
                    let command = step.subjects[0].text
                    if alternatives {
                        problems.append("alternative outcomes (`X`, `O`: a Storm command emits all its events)")
                        break
                    }
                    if foreign(command, index.commands) {
                        problems.append("a command of another context (its events are declared where the command is)")
                        break
                    }
                    if let event = step.targets.first(where: { foreign($0.text, index.events) }) {
                        problems.append("`\(event.text)`, an event of another context (a Storm command emits events of its own context)")
                        break
                    }
                    imported = true
                    declare(command: command, &plan)
                    for event in step.targets {
                        declare(event: event.text, &plan)
                        if !(plan.emits[command] ?? []).contains(event.text) { plan.emits[command, default: []].append(event.text) }
                    }
                case ("event", "command") where !step.targets.isEmpty:
                    if step.subjects.count > 1 { problems.append("waiting for several events (`+`)") }
                    if alternatives { problems.append("alternative outcomes (`X`, `O`)") }
                    if let command = step.targets.first(where: { foreign($0.text, index.commands) }) {
                        problems.append("`\(command.text)`, a command of another context (a Storm policy issues commands of its own context)")
                    }
                    guard problems.isEmpty else { break }
                    let event = step.subjects[0].text
                    declare(event: event, &plan)
                    for command in step.targets { declare(command: command.text, &plan) }
                    var name = "On" + event
                    var suffix = 2
                    while !policyNames.insert(name).inserted { name = "On\(event)\(suffix)"; suffix += 1 }
                    plan.policies.append("/// From flow \(flow.name.text): \(step.text)")
                    plan.policies.append("policy \(name): when \(event) then \(step.targets.map(\.text).joined(separator: ", "))")
                default:
                    problems.append(step.kind == "operation" || step.targetKind == "operation" ? "an operation" : "a form Storm does not hold")
                }
                if !problems.isEmpty {
                    let what = imported
                        ? "\(problems.joined(separator: ", ")) in a step of flow `\(flow.name.text)` not imported (the events the step emits are)"
                        : "step of flow `\(flow.name.text)` not imported: \(problems.joined(separator: ", "))"
                    diagnostics.warning("cml-unsupported", what, at: step.range)
                    plan.policies.append("// CML \(what):")
                    plan.policies.append("//   " + step.text)
                }
            }
        }
        return plan
    }
}
