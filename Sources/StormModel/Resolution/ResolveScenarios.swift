import StormDiagnostics
import StormSource
import StormSyntax

/// Scenarios: one `when` of a command of the aggregate, one `then` among the command's outcomes, field
/// values that fit the field types, and each placeholder of one type.
extension Resolution {
    /// Resolves the scenarios of every aggregate, now that every event and command is known.
    mutating func resolvePendingScenarios(_ contexts: inout [BoundedContext]) {
        guard !pendingScenarios.isEmpty else { return }
        for context in contexts {
            for event in context.events where scenarioEvents[context.reference(event.name)] == nil {
                scenarioEvents[context.reference(event.name)] = event.fields
            }
        }
        var positions: [String: Int] = [:]
        for (position, context) in contexts.enumerated() where positions[context.name] == nil { positions[context.name] = position }
        var aggregatePositions: [[String]: Int] = [:]
        for context in Set(pendingScenarios.map(\.context)) {
            guard let c = positions[context] else { continue }
            for (a, aggregate) in contexts[c].aggregates.enumerated() { aggregatePositions[[context, aggregate.name]] = a }
        }
        // The commands of each aggregate, grouped once per context (first declaration wins).
        var aggregateCommands: [[String]: [String: Command]] = [:]
        for context in Set(pendingScenarios.map(\.context)) {
            guard let c = positions[context] else { continue }
            for command in contexts[c].commands {
                guard let aggregate = command.aggregate, aggregateCommands[[context, aggregate], default: [:]][command.name] == nil else { continue }
                aggregateCommands[[context, aggregate], default: [:]][command.name] = command
            }
        }
        for pending in pendingScenarios {
            guard let c = positions[pending.context], let a = aggregatePositions[[pending.context, pending.aggregate]] else { continue }
            contexts[c].aggregates[a].scenarios = resolveScenarios(pending.syntax, of: pending.aggregate, commands: aggregateCommands[[pending.context, pending.aggregate]] ?? [:],
                                                                   in: contexts[c].name)
        }
        pendingScenarios = []
        scenarioEvents = [:]
    }

    mutating func resolveScenarios(_ syntax: [ScenarioSyntax], of aggregate: String, commands: [String: Command], in context: String) -> [Scenario] {
        guard !syntax.isEmpty else { return [] }
        var titles: [String: SourceRange] = [:]
        var scenarios: [Scenario] = []
        for scenario in syntax {
            if let first = titles[scenario.title.value] {
                diagnostics.error("duplicate-declaration", ModelDiagnostics.duplicate("scenario", "\"\(scenario.title.value)\"", in: "aggregate `\(aggregate)`"),
                                  at: scenario.title.range, notes: [DiagnosticNote("it is first declared here", at: first)])
                continue
            }
            titles[scenario.title.value] = scenario.title.range
            if let resolved = resolveScenario(scenario, commands: commands, aggregate: aggregate, in: context) { scenarios.append(resolved) }
        }
        return scenarios
    }

    private mutating func resolveScenario(_ syntax: ScenarioSyntax, commands: [String: Command], aggregate: String, in context: String) -> Scenario? {
        var given: [Scenario.Message] = []
        var when: (message: MessageSyntax, command: Command)?
        var sawWhen = false
        var then: Scenario.Outcome?
        var placeholders: [String: (type: TypeReference, range: SourceRange)] = [:]
        var valid = true
        for line in syntax.lines {
            switch line.kind {
            case .given(let messages):
                for message in messages {
                    guard let (reference, _) = resolve(message.name, in: context, Resolution.events) else { valid = false; continue }
                    let fields = eventFields(reference)
                    if let resolved = resolveMessage(message, reference: reference, fields: fields, in: context, placeholders: &placeholders) {
                        given.append(resolved)
                    } else { valid = false }
                }
            case .when(let message):
                guard !sawWhen else {
                    diagnostics.error("invalid-scenario", ModelDiagnostics.invalidScenario(syntax.title.value, "has more than one `when`: a scenario tries one command"),
                                      at: line.info.range)
                    valid = false
                    continue
                }
                sawWhen = true
                guard message.name.isSimple, let command = commands[message.name.last.text] else {
                    report(unresolved: "command", message.name.last, candidates: commands.keys.sorted(), scope: "aggregate `\(aggregate)`")
                    valid = false
                    continue
                }
                when = (message, command)
            case .then, .fails:
                guard then == nil else {
                    diagnostics.error("invalid-scenario", ModelDiagnostics.invalidScenario(syntax.title.value, "has more than one `then`: list the events in order on one line"),
                                      at: line.info.range)
                    valid = false
                    continue
                }
                then = .events([])
                guard let (message, command) = when else {
                    if sawWhen { valid = false; continue }
                    diagnostics.error("invalid-scenario", ModelDiagnostics.invalidScenario(syntax.title.value, "has `then` before its `when`"), at: line.info.range)
                    valid = false
                    continue
                }
                _ = message
                if let outcome = resolveThen(line.kind, command: command, in: context, placeholders: &placeholders) { then = outcome } else { valid = false }
            }
        }
        guard let when, let whenMessage = resolveMessage(when.message, reference: SymbolReference(context: context, name: when.command.name),
                                                         fields: when.command.fields, in: context, placeholders: &placeholders) else {
            if !sawWhen {
                diagnostics.error("invalid-scenario", ModelDiagnostics.invalidScenario(syntax.title.value, "has no `when`: name the command it tries"), at: syntax.title.range)
            }
            return nil
        }
        guard let then else {
            diagnostics.error("invalid-scenario", ModelDiagnostics.invalidScenario(syntax.title.value, "has no `then`: list the events expected, `nothing` or `fails with` a failure"),
                              at: syntax.title.range)
            return nil
        }
        guard valid else { return nil }
        return Scenario(title: syntax.title.value, given: given, when: whenMessage, then: then, range: syntax.info.range)
    }

    /// The expected outcome: events of one outcome of the command, or one of its failures.
    private mutating func resolveThen(_ kind: ScenarioLineSyntax.Kind, command: Command, in context: String,
                                      placeholders: inout [String: (type: TypeReference, range: SourceRange)]) -> Scenario.Outcome? {
        switch kind {
        case .fails(let failure):
            guard command.failures.contains(where: { $0.name == failure.text }) else {
                let declared = command.failures.map(\.name)
                var fixIts: [FixIt] = []
                if let match = Suggestion.closest(to: failure.text, in: declared) {
                    fixIts.append(FixIt("did you mean `\(match)`?", edits: [TextEdit(range: failure.range, replacement: match)]))
                }
                diagnostics.error("undeclared-outcome", ModelDiagnostics.undeclaredFailure(failure.text, command: command.name), at: failure.range, fixIts: fixIts)
                return nil
            }
            return .failure(failure.text)
        case .then(let messages):
            var events: [Scenario.Message] = []
            for message in messages {
                guard let (reference, _) = resolve(message.name, in: context, Resolution.events) else { return nil }
                guard command.emits.contains(reference) else {
                    diagnostics.error("undeclared-outcome", ModelDiagnostics.undeclaredEvent(message.name.text, command: command.name), at: message.name.range)
                    return nil
                }
                guard let resolved = resolveMessage(message, reference: reference, fields: eventFields(reference), in: context, placeholders: &placeholders) else { return nil }
                events.append(resolved)
            }
            let expected = Set(events.map(\.reference))
            if !expected.isEmpty, !command.outcomes.contains(where: { expected.isSubset(of: Set($0)) }), let first = messages.first {
                diagnostics.error("undeclared-outcome", ModelDiagnostics.mixedOutcomes(command: command.name), at: first.name.range)
                return nil
            }
            return .events(events)
        case .given, .when:
            return nil
        }
    }

    /// The fields of an event, found through the symbol table's context.
    private func eventFields(_ reference: SymbolReference) -> [Field] {
        scenarioEvents[reference] ?? []
    }

    /// A message's values checked against its fields: a literal of the field's type, or a placeholder
    /// (a bare name that is no case of the field's enumeration) used with one type throughout the scenario.
    private mutating func resolveMessage(_ syntax: MessageSyntax, reference: SymbolReference, fields: [Field], in context: String,
                                         placeholders: inout [String: (type: TypeReference, range: SourceRange)]) -> Scenario.Message? {
        var byName: [String: Field] = [:]
        for field in fields where byName[field.name] == nil { byName[field.name] = field }
        var names: [String] = []
        var arguments: [Scenario.Argument] = []
        var valid = true
        var given: [String: SourceRange] = [:]
        for value in syntax.values ?? [] {
            if let first = given[value.field.text] {
                reportDuplicate("value of field", value.field, first: first, scope: "`\(syntax.name.text)`")
                valid = false
                continue
            }
            given[value.field.text] = value.field.range
            guard let field = byName[value.field.text] else {
                report(unresolved: "field", value.field, candidates: fields.map(\.name), scope: "`\(syntax.name.text)`")
                valid = false
                continue
            }
            if case .name(let name) = value.value, !isEnumeration(field.type) {
                if let first = placeholders[name.text], first.type != field.type {
                    diagnostics.error("placeholder-type-mismatch", ModelDiagnostics.placeholderTypeMismatch(name.text, type: field.type.description, first: first.type.description),
                                      at: name.range, notes: [DiagnosticNote("`\(name.text)` is first a `\(first.type.description)` here", at: first.range)])
                    valid = false
                    continue
                }
                if placeholders[name.text] == nil { placeholders[name.text] = (field.type, name.range) }
                names.append(field.name)
                arguments.append(.placeholder(name.text))
                continue
            }
            guard let literal = scenarioValue(value.value, as: field.type, in: context) else {
                diagnostics.error("invalid-scenario-value", ModelDiagnostics.invalidScenarioValue(describe(value.value), field: field.name, type: field.type.description),
                                  at: value.value.range)
                valid = false
                continue
            }
            names.append(field.name)
            arguments.append(.literal(literal))
        }
        return valid ? Scenario.Message(reference: reference, fields: names, arguments: arguments) : nil
    }

    private func isEnumeration(_ type: TypeReference) -> Bool {
        switch type {
        case .enumeration: true
        case .optional(let wrapped): isEnumeration(wrapped)
        default: false
        }
    }

    /// A literal for a field: as a default value, and also a string for identifiers, instants and days.
    private mutating func scenarioValue(_ literal: LiteralSyntax, as type: TypeReference, in context: String) -> Value? {
        if let value = value(of: literal, as: type, in: context) { return value }
        guard case .string(let text) = literal else { return nil }
        switch type {
        case .identifier, .primitive(.uuid), .primitive(.timestamp), .primitive(.date): return .string(text.value)
        case .optional(let wrapped): return scenarioValue(literal, as: wrapped, in: context)
        default: return nil
        }
    }
}

/// Messages of scenarios.
extension ModelDiagnostics {
    /// `invalid-scenario`
    static func invalidScenario(_ title: String, _ problem: String) -> String { "scenario \"\(title)\" \(problem)" }

    /// `undeclared-outcome`
    static func undeclaredEvent(_ event: String, command: String) -> String {
        "command `\(command)` does not emit `\(event)`: a scenario expects one of the command's outcomes"
    }

    static func undeclaredFailure(_ failure: String, command: String) -> String {
        "command `\(command)` has no failure `\(failure)`: declare it with `fails with \(failure)`"
    }

    static func mixedOutcomes(command: String) -> String {
        "these events belong to different outcomes of command `\(command)`: a scenario expects one of them"
    }

    /// `placeholder-type-mismatch`
    static func placeholderTypeMismatch(_ name: String, type: String, first: String) -> String {
        "placeholder `\(name)` stands for a `\(first)` and here for a `\(type)`: use another name"
    }

    /// `invalid-scenario-value`
    static func invalidScenarioValue(_ value: String, field: String, type: String) -> String {
        "\(value) is not a value of field `\(field)` of type `\(type)`"
    }
}
