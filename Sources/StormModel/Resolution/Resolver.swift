import StormDiagnostics
import StormSource
import StormSyntax

/// Turns parsed files into a resolved ``Model``: declares every name, resolves every reference, and
/// checks the rules of the language (`Docs/Diagnostics.md`). Reports every problem it finds and still
/// returns the model built from what did resolve.
public enum Resolver {
    /// Resolves the files of one model. Diagnostics are appended to `diagnostics`.
    ///
    /// The files are consumed: each context's syntax is released as soon as it is resolved, so a large
    /// model never holds its whole syntax tree and its whole resolved model at once.
    public static func resolve(_ files: consuming [FileSyntax], sources: SourceManager, name: String, diagnostics: inout DiagnosticList) -> Model {
        var resolution = Resolution(modelName: name)
        let model = resolution.run(files, sources: sources)
        diagnostics.append(contentsOf: resolution.diagnostics)
        return model
    }
}

/// The state of one resolution.
struct Resolution {
    let modelName: String
    var diagnostics = DiagnosticList()
    var symbols = SymbolTable()
    var suppressions = Suppressions()
    var domains: [Domain] = []
    var teams: [Team] = []
    /// Domain name → its subdomains; and subdomain name → the domains declaring it.
    var subdomainOwners: [String: [String]] = [:]
    /// Subdomains left out for an unknown kind: a context implementing one is not reported again.
    var rejectedSubdomains: Set<String> = []
    var teamNames: [String: SourceRange] = [:]
    /// The case names of every enumeration, known before any default value is checked.
    var enumCases: [SymbolReference: Set<String>] = [:]
    /// The context whose members are being resolved.
    var current = CurrentScope()
    /// Declarations that failed to parse: unknown references to them are not reported again.
    var unfinished: Set<String> = []
    /// "Did you mean" searches left for unknown names.
    var suggestions = SuggestionBudget()
    /// Commands that policies send to other contexts, checked against the context maps.
    var remoteCommands: [RemoteCommand] = []
    /// Scenarios of each aggregate, resolved once every event is known.
    var pendingScenarios: [(context: String, aggregate: String, syntax: [ScenarioSyntax])] = []
    /// The fields of every event, while scenarios are resolved.
    var scenarioEvents: [SymbolReference: [Field]] = [:]

    init(modelName: String) { self.modelName = modelName }

    mutating func run(_ files: consuming [FileSyntax], sources: SourceManager) -> Model {
        var declarations = files.flatMap(\.declarations)
        unfinished = Resolution.unfinishedNames(in: files)
        files = []
        symbols.reserveIndex(for: declarations)
        var contextSyntax: [ContextSyntax] = []
        var mapSyntax: [ContextMapSyntax] = []
        var domainRanges: [String: SourceRange] = [:]
        var contextRanges: [String: SourceRange] = [:]
        var extensions: [ContextSyntax] = []

        for declaration in declarations {
            switch declaration {
            case .domain(let domain):
                if let first = domainRanges[domain.name.text] {
                    reportDuplicate("domain", domain.name, first: first, scope: "the model")
                    continue
                }
                domainRanges[domain.name.text] = domain.name.range
                domains.append(resolveDomain(domain))
            case .team(let team):
                if let first = teamNames[team.name.text] {
                    reportDuplicate("team", team.name, first: first, scope: "the model")
                    continue
                }
                teamNames[team.name.text] = team.name.range
                teams.append(Team(name: team.name.text, doc: doc(team.info), contact: team.contact?.value, range: team.info.range))
            case .context(let context) where context.isExtension:
                extensions.append(context)
            case .context(let context):
                if let first = contextRanges[context.name.text] {
                    reportDuplicateContext(context.name, first: first)
                    extensions.append(context)
                    continue
                }
                contextRanges[context.name.text] = context.name.range
                symbols.addContext(context.name.text)
                contextSyntax.append(context)
                declareMembers(of: context)
            case .contextMap(let map):
                mapSyntax.append(map)
            case .use:
                // Read by the loader, which adds the used interface's contexts to the files it resolves.
                break
            }
        }

        declarations = []
        let parts = mergeExtensions(extensions, into: &contextSyntax)
        extensions = []
        var contexts: [BoundedContext] = []
        contexts.reserveCapacity(contextSyntax.count)
        var membersResolved = 0, trimmedAt = 0
        for index in contextSyntax.indices {
            let syntax = contextSyntax[index]
            contextSyntax[index].members = []
            contexts.append(resolveContext(syntax))
            if let extra = parts[syntax.name.text] { contexts[contexts.count - 1].extensions = extra }
            membersResolved += syntax.members.count
            if membersResolved - trimmedAt >= FreedMemory.membersPerTrim {
                FreedMemory.giveBack()
                trimmedAt = membersResolved
            }
        }
        resolvePendingScenarios(&contexts)
        let maps = resolveContextMaps(mapSyntax)
        // Every name is resolved: the symbol tables go before the emitters are linked and the model makes
        // its own tables, which with them alive was `check`'s highest memory (38 MB at 200,000 events).
        symbols = SymbolTable()
        current = CurrentScope()
        // The model's tables and the generation checks come next, larger pieces than the holes left.
        if membersResolved >= FreedMemory.membersPerTrim { FreedMemory.giveBack() }
        linkPoliciesAndEmitters(&contexts)
        checkRemoteCommands(&contexts, maps: maps)
        return Model(name: modelName, sources: sources, domains: domains, teams: teams, contexts: contexts,
                     contextMaps: maps, suppressions: suppressions)
    }

    // MARK: Helpers shared by the passes

    /// The doc comment text of a declaration; also records its `storm:allow` suppressions.
    mutating func doc(_ info: DeclarationInfo) -> String {
        if info.isBare { return "" }
        if !info.comments.leading.isEmpty || info.comments.trailing != nil {
            var rules = Set<String>()
            for comment in info.comments.leading { rules.formUnion(Suppressions.rules(inComment: comment)) }
            if let trailing = info.comments.trailing { rules.formUnion(Suppressions.rules(inComment: trailing)) }
            suppressions.allow(rules, in: info.range)
        }
        // Most declarations have no doc comment or a single line: neither needs joining.
        switch info.doc.count {
        case 0: return ""
        case 1: return info.doc[0]
        default: return info.doc.joined(separator: "\n")
        }
    }

    mutating func reportDuplicate(_ kind: String, _ name: Name, first: SourceRange, scope: String) {
        diagnostics.error("duplicate-declaration", ModelDiagnostics.duplicate(kind, name.text, in: scope), at: name.range,
                          notes: [DiagnosticNote("`\(name.text)` is first declared here", at: first)])
    }

    mutating func resolveDomain(_ syntax: DomainSyntax) -> Domain {
        var subdomains: [Subdomain] = []
        var seen: [String: SourceRange] = [:]
        for sub in syntax.subdomains {
            if let first = seen[sub.name.text] {
                reportDuplicate("subdomain", sub.name, first: first, scope: "domain `\(syntax.name.text)`")
                continue
            }
            seen[sub.name.text] = sub.name.range
            // No kind written: the subdomain is unclassified.
            guard let kind = sub.kind.map({ SubdomainKind(rawValue: $0.text) }) ?? .unclassified else {
                let written = sub.kind ?? sub.name
                var fixIts: [FixIt] = []
                if let match = Suggestion.closest(to: written.text, in: SubdomainKind.allCases.map(\.rawValue)) {
                    fixIts.append(FixIt("did you mean `\(match)`?", edits: [TextEdit(range: written.range, replacement: match)]))
                }
                diagnostics.error("unknown-subdomain-kind", ModelDiagnostics.unknownSubdomainKind(written.text), at: written.range, fixIts: fixIts)
                rejectedSubdomains.insert(sub.name.text)
                continue
            }
            subdomainOwners[sub.name.text, default: []].append(syntax.name.text)
            subdomains.append(Subdomain(name: sub.name.text, doc: doc(sub.info), kind: kind, description: sub.description?.value,
                                        domain: syntax.name.text, range: sub.info.range))
        }
        return Domain(name: syntax.name.text, doc: doc(syntax.info), description: syntax.description?.value, subdomains: subdomains, range: syntax.info.range)
    }

    /// Pass 1 for a context: every name it declares, with duplicates reported.
    mutating func declareMembers(of context: ContextSyntax) {
        let contextName = context.name.text
        // Every caller adds the context before declaring its members.
        let ordinal = symbols.ordinals[contextName]!
        // Taken out while members are added, so that adding to it copies nothing: a context in thousands of
        // parts would otherwise copy its whole table once a part.
        var table: [String: Symbol] = symbols.contexts.removeValue(forKey: contextName) ?? [:]
        // Only a new table is sized ahead: reserving a little more on every part would resize it every time.
        if table.isEmpty { table.reserveCapacity(context.members.count) }
        func declare(_ name: Name, _ kind: SymbolKind, _ resolution: inout Resolution) {
            if SymbolKind.types.contains(kind), PrimitiveType.named(name.text) != nil {
                resolution.diagnostics.error("reserved-type-name", ModelDiagnostics.reservedTypeName(name.text), at: name.range)
                return
            }
            if let first = table[name.text] {
                resolution.reportDuplicate(String(kind.described.split(separator: " ", maxSplits: 1)[1]), name, first: first.range,
                                           scope: "context `\(contextName)`")
                return
            }
            table[name.text] = Symbol(kind: kind, range: name.range)
            if resolution.symbols.index[name.text]?.append(ordinal) == nil { resolution.symbols.index[name.text] = Declarers(ordinal) }
        }
        defer { symbols.contexts[contextName] = table }
        for member in context.members {
            switch member {
            case .actor(let name, _): declare(name, .actor, &self)
            case .externalSystem(let name, _): declare(name, .externalSystem, &self)
            case .identifier(let d): declare(d.name, .identifier, &self)
            case .valueObject(let d): declare(d.name, .valueObject, &self)
            case .entity(let d): declare(d.name, .entity, &self)
            case .enumeration(let d):
                declare(d.name, .enumeration, &self)
                enumCases[SymbolReference(context: contextName, name: d.name.text)] = Set(d.cases.map(\.name.text))
            case .aggregate(let d):
                declare(d.name, .aggregate, &self)
                for inner in d.members {
                    switch inner {
                    case .command(let c): declare(c.name, .command, &self)
                    case .entity(let e): declare(e.name, .entity, &self)
                    case .valueObject(let v): declare(v.name, .valueObject, &self)
                    case .field, .invariant, .hotspot, .lifecycle, .scenario, .owner: break
                    }
                }
            case .command(let d): declare(d.name, .command, &self)
            case .event(let d): declare(d.name, .event, &self)
            case .policy(let d): declare(d.name, .policy, &self)
            case .readModel(let d): declare(d.name, .readModel, &self)
            case .dataProduct(let d): declare(d.name, .dataProduct, &self)
            case .owner, .vision, .hotspot: break
            }
        }
    }

    /// Fills in what is derived from other declarations: the policies that issue each command, and the
    /// commands that emit each event.
    func linkPoliciesAndEmitters(_ contexts: inout [BoundedContext]) {
        for c in contexts.indices {
            let contextName = contexts[c].name
            var issuers: [String: [Issuer]] = [:]
            for policy in contexts[c].policies {
                for command in policy.commands where command.context == contextName {
                    issuers[command.name, default: []].append(.policy(contexts[c].reference(policy.name)))
                }
            }
            // Each event's position (the first, should a name be declared twice), so emitters are
            // appended to the event directly, in command order, without a list per name.
            var eventIndex: [String: Int] = [:]
            eventIndex.reserveCapacity(contexts[c].events.count)
            for e in contexts[c].events.indices {
                contexts[c].events[e].emittedBy = []
                if eventIndex[contexts[c].events[e].name] == nil { eventIndex[contexts[c].events[e].name] = e }
            }
            for k in contexts[c].commands.indices {
                if !issuers.isEmpty, let policies = issuers[contexts[c].commands[k].name] { contexts[c].commands[k].issuers += policies }
                let commandName = contexts[c].commands[k].name
                for event in contexts[c].commands[k].emits where event.context == contextName {
                    if let e = eventIndex[event.name] { contexts[c].events[e].emittedBy.append(commandName) }
                }
            }
            for e in contexts[c].events.indices {
                if let first = eventIndex[contexts[c].events[e].name], first != e {
                    contexts[c].events[e].emittedBy = contexts[c].events[first].emittedBy
                }
            }
        }
    }
}
