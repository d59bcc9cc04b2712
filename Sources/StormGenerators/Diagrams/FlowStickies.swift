import StormModel

/// The stickies of one bounded context and the arrows between them, as the event-storming wall shows them:
/// actors and external systems issue commands, commands emit events, policies react to events with
/// commands, read models are fed by events. An aggregate is a pale yellow frame around the commands it
/// handles; hotspots stand where they were written.
enum FlowStickies {
    /// The id of a sticky: context, kind and name, which no two stickies share.
    static func id(_ context: String, _ kind: String, _ name: String) -> String {
        // Made in one step from the three parts' bytes: every sticky and arrow of every diagram asks for ids.
        var (context, kind, name) = (context, kind, name)
        return context.withUTF8 { first in
            kind.withUTF8 { second in
                name.withUTF8 { third in
                    String(unsafeUninitializedCapacity: first.count + second.count + third.count + 2) { buffer in
                        var end = buffer.initialize(fromContentsOf: first)
                        buffer[end] = UInt8(ascii: ".")
                        end = UnsafeMutableBufferPointer(rebasing: buffer[(end + 1)...]).initialize(fromContentsOf: second) + end + 1
                        buffer[end] = UInt8(ascii: ".")
                        end = UnsafeMutableBufferPointer(rebasing: buffer[(end + 1)...]).initialize(fromContentsOf: third) + end + 1
                        return end
                    }
                }
            }
        }
    }

    /// The context's frame with its stickies, in source order: actors, external systems, aggregates with
    /// their commands (each followed by its gateway), the other commands, events, failures, policies, read
    /// models, hotspots.
    static func group(for context: BoundedContext, in model: Model) -> DiagramGroup {
        let kind = context.subdomain.flatMap(model.subdomain)?.kind
        let name = context.name
        var members: [DiagramGroup.Member] = []
        members += context.actors.map { .node(sticky(id(name, "actor", $0.name), .actor, $0.name)) }
        members += context.externalSystems.map { .node(sticky(id(name, "external", $0.name), .externalSystem, $0.name)) }
        let hotspots = context.hotspots.enumerated().map { index, hotspot in
            (aggregate: hotspot.aggregate,
             node: DiagramNode(id: id(name, "hotspot", String(index + 1)), role: .hotspot,
                               lines: DiagramText.wrapped(hotspot.text, width: 28).map { DiagramLine(text: $0, emphasis: .body) }))
        }
        // Commands and hotspots by aggregate once, not once an aggregate.
        let commandsByAggregate = Dictionary(grouping: context.commands, by: \.aggregate)
        let hotspotsByAggregate = Dictionary(grouping: hotspots, by: \.aggregate)
        for aggregate in context.aggregates {
            let commands = commandsByAggregate[aggregate.name] ?? []
            let inside = commands.flatMap { command in
                ([sticky(id(name, "command", command.name), .command, command.name)] + DesignStickies.afterCommand(command, in: name))
                    .map(DiagramGroup.Member.node)
            }
                + (hotspotsByAggregate[aggregate.name] ?? []).map { .node($0.node) }
            members.append(inside.isEmpty
                ? .node(sticky(id(name, "aggregate", aggregate.name), .aggregate, aggregate.name))
                : .group(DiagramGroup(id: id(name, "aggregate", aggregate.name), title: aggregate.name, caption: "aggregate",
                                      style: .aggregate, members: inside)))
        }
        members += context.commands.filter { $0.aggregate == nil }.flatMap { command in
            ([sticky(id(name, "command", command.name), .command, command.name)] + DesignStickies.afterCommand(command, in: name))
                .map(DiagramGroup.Member.node)
        }
        members += context.events.map { .node(sticky(id(name, "event", $0.name), .event, $0.name)) }
        members += DesignStickies.failures(of: context).map { .node($0) }
        members += context.policies.flatMap { policy in
            ([DesignStickies.policy(policy, id: id(name, "policy", policy.name))] + DesignStickies.afterPolicy(policy, in: name)).map(DiagramGroup.Member.node)
        }
        members += context.readModels.map { .node(sticky(id(name, "readModel", $0.name), .readModel, $0.name)) }
        members += hotspots.filter { $0.aggregate == nil }.map { .node($0.node) }
        return DiagramGroup(id: name, title: name, caption: kind.map { "\($0.rawValue) subdomain" }, style: .context(kind), members: members)
    }

    /// The arrows the context declares: issuers to commands, commands to events, events (of any context)
    /// to policies and read models. Arrows from another context's events cross a boundary.
    static func edges(of context: BoundedContext) -> [DiagramEdge] {
        let name = context.name
        var edges: [DiagramEdge] = []
        let choosing = DesignStickies.choosingPolicies(of: context)
        for command in context.commands {
            let target = id(name, "command", command.name)
            for issuer in command.issuers {
                let source = switch issuer {
                case .actor(let actor): id(name, "actor", actor)
                case .externalSystem(let system): id(name, "external", system)
                case .policy(let policy): DesignStickies.issuerID(policy, choosing: choosing, in: name)
                }
                edges.append(DiagramEdge(from: source, to: target, style: .flow))
            }
            edges += DesignStickies.outcomeEdges(of: command, in: name)
        }
        for policy in context.policies {
            edges += policy.triggers.map { consumption(of: $0, by: id(name, "policy", policy.name), in: name) }
            edges += DesignStickies.choiceEdges(of: policy, in: name)
        }
        for readModel in context.readModels {
            edges += readModel.sources.map { consumption(of: $0, by: id(name, "readModel", readModel.name), in: name) }
        }
        return edges
    }

    /// A sticky showing just its name.
    static func sticky(_ id: String, _ role: DiagramNode.Role, _ name: String, isForeign: Bool = false) -> DiagramNode {
        DiagramNode(id: id, role: role, lines: [DiagramLine(text: name, emphasis: .title)], isForeign: isForeign)
    }

    private static func consumption(of event: SymbolReference, by consumer: String, in context: String) -> DiagramEdge {
        DiagramEdge(from: id(event.context, "event", event.name), to: consumer,
                    style: event.context == context ? .flow : .crossContextFlow)
    }
}
