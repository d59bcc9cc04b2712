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

    private static func failureID(_ command: Command, _ failure: Failure, in context: String) -> String {
        FlowStickies.id(context, "failure", command.name + "." + failure.name)
    }
}
