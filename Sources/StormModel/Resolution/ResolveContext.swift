import StormDiagnostics
import StormSource
import StormSyntax

/// Pass 2: the members of each bounded context.
extension Resolution {
    static let events = Lookup(kinds: [.event], noun: "event")
    static let commands = Lookup(kinds: [.command], noun: "command")
    static let issuers = Lookup(kinds: [.actor, .externalSystem, .policy], noun: "actor, external system or policy", localOnly: true)

    mutating func resolveContext(_ syntax: ContextSyntax) -> BoundedContext {
        let name = syntax.name.text
        current = CurrentScope(context: name, table: symbols.contexts[name] ?? [:])
        var context = BoundedContext(name: name, doc: doc(syntax.info), domain: modelName, range: syntax.info.range)
        context.isExternal = syntax.isExternal
        if let implements = syntax.implements { resolveSubdomain(implements, into: &context) }
        var ownerRange: SourceRange?
        var visionRange: SourceRange?
        var products: [DataProductSyntax] = []
        reserveBehaviour(of: syntax, in: &context)

        for member in syntax.members {
            switch member {
            case .owner(let team, let info):
                if let first = ownerRange {
                    diagnostics.error("duplicate-member", ModelDiagnostics.duplicateMember("owner", in: "context `\(name)`"), at: info.range,
                                      notes: [DiagnosticNote("the first owner is declared here", at: first)])
                    continue
                }
                ownerRange = info.range
                context.owner = resolveTeam(team)
            case .vision(let text, let info):
                if let first = visionRange {
                    diagnostics.error("duplicate-member", ModelDiagnostics.duplicateMember("vision", in: "context `\(name)`"), at: info.range,
                                      notes: [DiagnosticNote("the first vision is declared here", at: first)])
                    continue
                }
                visionRange = info.range
                context.vision = text.value
            case .actor(let actor, let info):
                context.actors.append(Actor(name: actor.text, doc: doc(info), range: info.range))
            case .externalSystem(let system, let info):
                context.externalSystems.append(ExternalSystem(name: system.text, doc: doc(info), range: info.range))
            case .identifier(let d):
                context.identifiers.append(resolveIdentifier(d, in: name))
            case .valueObject(let d):
                context.valueObjects.append(ValueObject(name: d.name.text, doc: doc(d.info), fields: resolveFields(d.fields, in: name, owner: "value `\(d.name.text)`"),
                                                        aggregate: nil, deprecation: deprecation(d.info), range: d.info.range))
            case .entity(let d):
                context.entities.append(Entity(name: d.name.text, doc: doc(d.info), fields: resolveFields(d.fields, in: name, owner: "entity `\(d.name.text)`"),
                                               aggregate: nil, deprecation: deprecation(d.info), range: d.info.range))
            case .enumeration(let d):
                context.enumerations.append(resolveEnum(d))
            case .aggregate(let d):
                resolveAggregate(d, into: &context)
            case .command(let d):
                context.commands.append(resolveCommand(d, aggregate: nil, in: name))
            case .event(let d):
                context.events.append(resolveEvent(d, in: name))
            case .policy(let d):
                context.policies.append(resolvePolicy(d, in: name))
            case .readModel(let d):
                let sources = d.sources.compactMap { resolve($0, in: name, Resolution.events)?.reference }
                context.readModels.append(ReadModel(name: d.name.text, doc: doc(d.info), sources: sources,
                                                    fields: resolveFields(d.fields ?? [], in: name, owner: "read model `\(d.name.text)`"), range: d.info.range,
                                                    queries: resolveQueries(d.queries, of: d.name.text, in: name)))
            case .hotspot(let text, let info):
                context.hotspots.append(Hotspot(text: text.value, doc: doc(info), aggregate: nil, range: info.range))
            case .dataProduct(let d):
                products.append(d)
            }
        }
        // Products last: they inherit the context's owner wherever it is written.
        context.dataProducts = products.map { resolveDataProduct($0, in: context) }
        inheritAggregateOwners(&context)
        return context
    }

    /// Sizes the context's events and commands, its most numerous members, to the number declared: grown an
    /// append at a time, each array ended up to twice as big as its members (9 MB of events at 200,000).
    private func reserveBehaviour(of syntax: ContextSyntax, in context: inout BoundedContext) {
        var events = 0, commands = 0
        for member in syntax.members {
            switch member {
            case .event: events += 1
            case .command: commands += 1
            case .aggregate(let aggregate):
                for inner in aggregate.members { if case .command = inner { commands += 1 } }
            default: break
            }
        }
        context.events.reserveCapacity(events)
        context.commands.reserveCapacity(commands)
    }

    mutating func resolveSubdomain(_ reference: QualifiedName, into context: inout BoundedContext) {
        let last = reference.last
        var domain: String?
        if reference.parts.count == 2 {
            domain = reference.parts[0].text
            guard domains.contains(where: { $0.name == domain }) else {
                let domains = domains
                report(unresolved: "domain", reference.parts[0], candidates: domains.map(\.name), scope: nil)
                return
            }
        }
        let owners = Array((subdomainOwners[last.text] ?? []).lazy.filter { domain == nil || $0 == domain }.prefix(ModelDiagnostics.contextsNamed + 1))
        guard reference.parts.count <= 2, let owner = owners.first else {
            if rejectedSubdomains.contains(last.text) { return }
            let domains = domains
            report(unresolved: "subdomain", last, candidates: domains.filter { domain == nil || $0.name == domain }.flatMap { $0.subdomains.map(\.name) },
                   scope: domain.map { "domain `\($0)`" })
            return
        }
        if owners.count > 1 {
            diagnostics.error("ambiguous-reference", ModelDiagnostics.ambiguous("subdomain", last.text, contexts: owners), at: reference.range)
            return
        }
        context.subdomain = SubdomainReference(domain: owner, name: last.text)
        context.domain = owner
    }

    mutating func resolveTeam(_ team: Name) -> String? {
        guard teamNames[team.text] != nil else {
            let teams = teamNames
            report(unresolved: "team", team, candidates: Array(teams.keys), scope: nil)
            return nil
        }
        return team.text
    }

    mutating func resolveAggregate(_ syntax: AggregateSyntax, into context: inout BoundedContext) {
        var fields: [FieldSyntax] = []
        var invariants: [String] = []
        var commands: [String] = []
        var lifecycles: [LifecycleSyntax] = []
        var scenarios: [ScenarioSyntax] = []
        var owner: (team: String?, range: SourceRange)?
        for member in syntax.members {
            switch member {
            case .owner(let team, let info):
                resolveAggregateOwner(team, info, of: syntax.name.text, into: &owner)
            case .field(let field): fields.append(field)
            case .invariant(let text, let info):
                _ = doc(info)
                invariants.append(text.value)
            case .command(let command):
                commands.append(command.name.text)
                let resolved = resolveCommand(command, aggregate: syntax.name.text, in: context.name)
                current.commandOutcomes[syntax.name.text, default: [:]][resolved.name] = max(1, resolved.outcomes.count)
                context.commands.append(resolved)
            case .entity(let d):
                context.entities.append(Entity(name: d.name.text, doc: doc(d.info), fields: resolveFields(d.fields, in: context.name, owner: "entity `\(d.name.text)`"),
                                               aggregate: syntax.name.text, deprecation: deprecation(d.info), range: d.info.range))
            case .valueObject(let d):
                context.valueObjects.append(ValueObject(name: d.name.text, doc: doc(d.info), fields: resolveFields(d.fields, in: context.name, owner: "value `\(d.name.text)`"),
                                                        aggregate: syntax.name.text, deprecation: deprecation(d.info), range: d.info.range))
            case .hotspot(let text, let info):
                context.hotspots.append(Hotspot(text: text.value, doc: doc(info), aggregate: syntax.name.text, range: info.range))
            case .lifecycle(let lifecycle):
                lifecycles.append(lifecycle)
            case .scenario(let scenario):
                scenarios.append(scenario)
            }
        }
        context.aggregates.append(Aggregate(name: syntax.name.text, doc: doc(syntax.info),
                                            fields: resolveFields(fields, in: context.name, owner: "aggregate `\(syntax.name.text)`"),
                                            invariants: invariants, commands: commands, deprecation: deprecation(syntax.info), range: syntax.info.range,
                                            lifecycle: resolveLifecycles(lifecycles, of: syntax.name.text)))
        context.aggregates[context.aggregates.count - 1].owner = owner?.team
        if !scenarios.isEmpty { pendingScenarios.append((context.name, syntax.name.text, scenarios)) }
    }

    mutating func resolveCommand(_ syntax: CommandSyntax, aggregate: String?, in context: String) -> Command {
        var issuers: [Issuer] = []
        for issuer in syntax.issuers {
            guard let (reference, kind) = resolve(issuer, in: context, Resolution.issuers) else { continue }
            switch kind {
            case .actor: issuers.append(.actor(reference.name))
            case .externalSystem: issuers.append(.externalSystem(reference.name))
            default: issuers.append(.policy(reference))
            }
        }
        var emits: [SymbolReference?] = []
        for event in syntax.emits {
            guard let (reference, _) = resolve(event, in: context, Resolution.events) else { emits.append(nil); continue }
            guard reference.context == context else {
                diagnostics.error("command-emits-foreign-event", ModelDiagnostics.commandEmitsForeignEvent(syntax.name.text, event.text, context: reference.context), at: event.range)
                emits.append(nil)
                continue
            }
            emits.append(reference)
        }
        let outcomes = resolveAlternatives(syntax.emits, emits, starts: syntax.outcomeStarts, of: "command `\(syntax.name.text)`")
        return Command(name: syntax.name.text, doc: doc(syntax.info), aggregate: aggregate, issuers: issuers,
                       fields: resolveFields(syntax.fields ?? [], in: context, owner: "command `\(syntax.name.text)`"),
                       emits: distinct(emits), deprecation: deprecation(syntax.info), range: syntax.info.range,
                       outcomes: outcomes, failures: resolveFailures(syntax, in: context))
    }

    mutating func resolveEvent(_ syntax: EventSyntax, in context: String) -> Event {
        var version = 1
        if let written = syntax.version {
            if written.value < 1 {
                diagnostics.error("invalid-version", ModelDiagnostics.invalidVersion(written.value), at: written.range)
            } else {
                version = written.value
            }
        }
        var event = Event(name: syntax.name.text, doc: doc(syntax.info), version: version,
                          fields: resolveFields(syntax.fields ?? [], in: context, owner: "event `\(syntax.name.text)`"),
                          emittedBy: [], deprecation: deprecation(syntax.info), range: syntax.info.range)
        event.versionRange = syntax.version?.range
        resolveVersions(syntax, of: &event, in: context)
        return event
    }

    mutating func resolvePolicy(_ syntax: PolicySyntax, in context: String) -> Policy {
        var triggers = syntax.triggers.compactMap { resolve($0, in: context, Resolution.events)?.reference }
        let schedule = syntax.schedule.flatMap { resolveSchedule($0, in: context) }
        if case .after(_, _, let from, _)? = schedule { triggers = [from] }
        var commands: [SymbolReference?] = []
        for command in syntax.commands {
            guard let (reference, _) = resolve(command, in: context, Resolution.commands) else { commands.append(nil); continue }
            if reference.context != context {
                // Checked against the context maps once they are resolved.
                remoteCommands.append(RemoteCommand(policy: SymbolReference(context: context, name: syntax.name.text), command: reference, written: command))
            }
            commands.append(reference)
        }
        let choices = resolveAlternatives(syntax.commands, commands, starts: syntax.choiceStarts, of: "policy `\(syntax.name.text)`")
        let local = distinct(choices.flatMap { $0 }).filter { $0.context == context }
        return Policy(name: syntax.name.text, doc: doc(syntax.info), triggers: triggers, commands: local, range: syntax.info.range,
                      choices: choices, schedule: schedule)
    }

    mutating func resolveEnum(_ syntax: EnumSyntax) -> Enumeration {
        var cases: [Enumeration.Case] = []
        var seen: [String: SourceRange] = [:]
        for item in syntax.cases {
            if let first = seen[item.name.text] {
                reportDuplicate("case", item.name, first: first, scope: "enum `\(syntax.name.text)`")
                continue
            }
            seen[item.name.text] = item.name.range
            cases.append(Enumeration.Case(name: item.name.text, doc: doc(item.info), range: item.info.range))
        }
        if cases.isEmpty, !isFollowOn(syntax.name) {
            diagnostics.error("empty-enum", "enum `\(syntax.name.text)` has no cases", at: syntax.name.range)
        }
        return Enumeration(name: syntax.name.text, doc: doc(syntax.info), cases: cases, deprecation: deprecation(syntax.info), range: syntax.info.range)
    }

    mutating func resolveIdentifier(_ syntax: IdentifierSyntax, in context: String) -> IdentifierType {
        var rawType = PrimitiveType.uuid
        if let written = syntax.rawType {
            switch resolveType(written, in: context) {
            case .primitive(let p) where [.uuid, .string, .int].contains(p):
                rawType = p
            case nil:
                break
            case let other?:
                diagnostics.error("invalid-identifier-type", ModelDiagnostics.invalidIdentifierType(other.description), at: written.range)
            }
        }
        return IdentifierType(name: syntax.name.text, doc: doc(syntax.info), rawType: rawType, range: syntax.info.range)
    }
}
