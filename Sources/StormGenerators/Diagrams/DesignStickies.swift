import StormModel

/// The design-level marks of the event-storming timeline: a gateway where a command's outcomes exclude
/// each other (one command, alternative events), a sticky for each failure a command can end in, and a
/// clock on a policy that reacts to time.
enum DesignStickies {
    /// The stickies that follow a command on the wall: its gateway, when its outcomes are alternatives.
    static func afterCommand(_ command: Command, in context: String) -> [DiagramNode] {
        guard command.hasAlternativeOutcomes else { return [] }
        return [DiagramNode(id: gatewayID(command, in: context), role: .gateway, lines: [DiagramLine(text: "or", emphasis: .title)])]
    }

    /// The gateway after a policy that chooses among commands (`then A or B`); none for other policies.
    static func afterPolicy(_ policy: Policy, in context: String) -> [DiagramNode] {
        guard policy.choices.count > 1 else { return [] }
        return [DiagramNode(id: choiceID(policy.name, in: context), role: .gateway, lines: [DiagramLine(text: "or", emphasis: .title)])]
    }

    /// The policies of a context that choose among commands, whose arrows to their commands pass their gateway.
    static func choosingPolicies(of context: BoundedContext) -> Set<String> {
        Set(context.policies.filter { $0.choices.count > 1 }.map(\.name))
    }

    /// Where the arrow from a policy of `context` to a command it issues starts: the policy, or its gateway
    /// when it chooses among commands.
    static func issuerID(_ policy: SymbolReference, choosing: Set<String>, in context: String) -> String {
        policy.context == context && choosing.contains(policy.name)
            ? choiceID(policy.name, in: context) : FlowStickies.id(policy.context, "policy", policy.name)
    }

    /// The arrow from a choosing policy to its gateway.
    static func choiceEdges(of policy: Policy, in context: String) -> [DiagramEdge] {
        guard policy.choices.count > 1 else { return [] }
        return [DiagramEdge(from: FlowStickies.id(context, "policy", policy.name), to: choiceID(policy.name, in: context), style: .flow)]
    }

    /// A failure sticky per failure of each command, in source order.
    static func failures(of context: BoundedContext) -> [DiagramNode] {
        context.commands.flatMap { command in
            command.failures.map { FlowStickies.sticky(failureID(command, $0, in: context.name), .failure, $0.name) }
        }
    }

    /// The arrows from a command to what it ends in: its events (through its gateway when they are
    /// alternatives, each event once) and its failures.
    static func outcomeEdges(of command: Command, in context: String) -> [DiagramEdge] {
        let source = FlowStickies.id(context, "command", command.name)
        var edges: [DiagramEdge]
        if command.hasAlternativeOutcomes {
            let gateway = gatewayID(command, in: context)
            var seen = Set<SymbolReference>()
            let events = command.outcomes.flatMap { $0 }.filter { seen.insert($0).inserted }
            edges = [DiagramEdge(from: source, to: gateway, style: .flow)]
                + events.map { DiagramEdge(from: gateway, to: FlowStickies.id($0.context, "event", $0.name), style: .flow) }
        } else {
            edges = command.emits.map { DiagramEdge(from: source, to: FlowStickies.id($0.context, "event", $0.name), style: .flow) }
        }
        edges += command.failures.map { DiagramEdge(from: source, to: failureID(command, $0, in: context), style: .failure) }
        return edges
    }

    /// A policy's sticky: its name, and for a time policy a clock with when it reacts.
    static func policy(_ policy: Policy, id: String, isForeign: Bool = false) -> DiagramNode {
        var node = FlowStickies.sticky(id, .policy, policy.name, isForeign: isForeign)
        if let schedule = policy.schedule { node.lines.append(DiagramLine(text: "\u{23F0} " + describe(schedule), emphasis: .note)) }
        return node
    }

    /// When a time policy reacts, in words: `every month`, `12 hours after TripStarted unless TripEnded`.
    static func describe(_ schedule: Schedule) -> String {
        func amount(_ count: Int, _ unit: Schedule.Unit) -> String {
            count == 1 ? String(unit.rawValue.dropLast()) : "\(count) \(unit.rawValue)"
        }
        switch schedule {
        case .every(let count, let unit):
            return "every " + amount(count, unit)
        case .after(let count, let unit, let from, let unless):
            let span = count == 1 ? "1 \(unit.rawValue.dropLast())" : amount(count, unit)
            let cancel = unless.isEmpty ? "" : " unless " + unless.map(\.name).joined(separator: ", ")
            return "\(span) after \(from.name)\(cancel)"
        }
    }

    private static func gatewayID(_ command: Command, in context: String) -> String {
        FlowStickies.id(context, "gateway", command.name)
    }

    private static func choiceID(_ policy: String, in context: String) -> String {
        FlowStickies.id(context, "choice", policy)
    }

    private static func failureID(_ command: Command, _ failure: Failure, in context: String) -> String {
        FlowStickies.id(context, "failure", command.name + "." + failure.name)
    }
}
