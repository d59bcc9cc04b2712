import StormModel

/// The scenarios of an aggregate as Swift Testing tests run against the team's decider with
/// StormRuntime's given/when/then: a generated file (`Tests/<Target>Tests/Generated/<Aggregate>Scenarios.swift`),
/// rewritten with the model.
///
/// Values a scenario leaves out are filled with samples, and only the values it gives are compared in the
/// events it expects; each placeholder is one value throughout its scenario (made from its name or its
/// position), distinct from the other placeholders of its type where the type allows. While the decider
/// refuses the command as not decided yet (`StormRuntime.UndecidedCommand`, what the starter throws), the
/// scenario is a known issue (`withKnownIssue`); once the team writes the decision, a scenario it
/// contradicts fails.
struct ScenarioTests {
    let starter: DeciderStarter
    var names: SwiftNames { starter.names }
    var context: BoundedContext { starter.context }
    var aggregate: Aggregate { starter.aggregate }

    var typeName: String { SwiftIdentifier.typeName(aggregate.name + "Scenarios") }

    func source(header: [String], imports: [String]) throws(GeneratorError) -> String {
        let commandCases = try starter.commandCases()
        let eventCases = try starter.eventCases()
        let commands = Dictionary(starter.commands.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var out = SwiftWriter()
        for line in header { out.line("// ", line) }
        out.line()
        for module in ["Foundation", "StormRuntime", "Testing"] + imports { out.line("import ", module) }
        out.line()
        out.doc("The scenarios of `\(aggregate.name)` in the model, run against `\(starter.typeName)`. While it does not decide a command yet, its scenarios are known issues.")
        out.block("@Suite struct ", typeName) { out in
            var functions: Set<String> = []
            for (index, scenario) in aggregate.scenarios.enumerated() {
                if index > 0 { out.line() }
                let base = Self.functionName(scenario.title)
                var function = base
                var suffix = 1
                while !functions.insert(function).inserted {
                    suffix += 1
                    function = base + String(suffix)
                }
                write(scenario, function: function, commands: commands, commandCases: commandCases, eventCases: eventCases, into: &out)
            }
            out.line()
            out.doc("Checks what the decider did; while it says the command is not decided yet, a failed check is a known issue.")
            out.block("static func expect<Event>(_ outcome: DeciderOutcome<Event>, _ check: (DeciderOutcome<Event>) throws -> Void) throws") { out in
                out.line("guard outcome.isUndecided else { return try check(outcome) }")
                out.line("withKnownIssue(\"the decider does not decide this command yet\") { try check(outcome) }")
            }
        }
        return out.text
    }

    private func write(_ scenario: Scenario, function: String, commands: [String: Command], commandCases: [String: String],
                       eventCases: [SymbolReference: String], into out: inout SwiftWriter) {
        let title = SwiftIdentifier.stringLiteral(scenario.title)
        guard let body = body(of: scenario, commands: commands, commandCases: commandCases, eventCases: eventCases) else {
            let reason = SwiftIdentifier.stringLiteral("the scenario names a message the decider of \(aggregate.name) cannot take, or a deprecated field")
            out.line("@Test(", title, ", .disabled(", reason, ")) func ", function, "() {}")
            return
        }
        out.block("@Test(\(title)) func \(function)() throws") { out in
            for line in body { out.line(line) }
        }
    }

    /// The test's lines, or nil when the scenario cannot be written against the decider (an event it does
    /// not evolve by, a deprecated field or type).
    private func body(of scenario: Scenario, commands: [String: Command], commandCases: [String: String],
                      eventCases: [SymbolReference: String]) -> [String]? {
        var placeholders: [(name: String, type: TypeReference)] = []
        var seen: Set<String> = []
        func note(_ message: Scenario.Message, _ fields: [Field]) {
            let types = Self.byName(fields)
            for (field, argument) in zip(message.fields, message.arguments) {
                guard case .placeholder(let name) = argument, let type = types[field]?.type, seen.insert(name).inserted else { continue }
                placeholders.append((name, type))
            }
        }
        var given: [String] = []
        for message in scenario.given {
            guard let event = names.model.event(message.reference), let name = eventCases[message.reference],
                  let value = construct(names.qualified(message.reference), event.fields, message) else { return nil }
            note(message, event.fields)
            given.append(".\(name)(\(value))")
        }
        guard let command = commands[scenario.when.reference.name], let commandCase = commandCases[command.name],
              let whenValue = construct(names.qualified(scenario.when.reference), command.fields, scenario.when) else { return nil }
        note(scenario.when, command.fields)
        let check: String
        switch scenario.then {
        case .failure(let name):
            guard let failure = command.failures.first(where: { $0.name == name }) else { return nil }
            check = "try $0.thenFails(with: \(names.qualified(scenario.when.reference)).\(OutcomeGenerator.typeName(failure)).self)"
        case .events(let messages):
            var expected: [String] = []
            for message in messages {
                guard let event = names.model.event(message.reference), let name = eventCases[message.reference],
                      let test = comparison(message, fields: event.fields) else { return nil }
                note(message, event.fields)
                let description = SwiftIdentifier.stringLiteral(Self.stormText(message))
                expected.append("    ExpectedEvent(\(description)) { if case .\(name)(let _event) = $0 { \(test) } else { false } },")
            }
            check = expected.isEmpty ? "try $0.then(matching: [])" : (["try $0.then(matching: ["] + expected + ["])"]).joined(separator: "\n")
        }
        var lines: [String] = []
        for (index, placeholder) in placeholders.enumerated() {
            guard let value = placeholderValue(placeholder.name, index: index, type: placeholder.type) else { return nil }
            lines.append("let \(Self.local(placeholder.name)): \(names.swiftType(placeholder.type)) = \(value)")
        }
        lines.append("try Self.expect(")
        lines.append("    \(starter.typeName)()")
        lines.append(given.isEmpty ? "        .given()" : "        .given(")
        if !given.isEmpty {
            lines += given.enumerated().map { index, event in "            \(event)\(index < given.count - 1 ? "," : "")" }
            lines.append("        )")
        }
        lines.append("        .when(.\(commandCase)(\(whenValue)))")
        lines.append(") {")
        lines += check.split(separator: "\n").map { "    " + $0 }
        lines.append("}")
        return lines
    }

    /// `Type(a: …, b: …)`: the message's values, and samples for the required fields it leaves out.
    private func construct(_ type: String, _ fields: [Field], _ message: Scenario.Message) -> String? {
        let samples = SwiftSamples(names: names)
        var arguments: [String] = []
        var given: [String: Int] = [:]
        for (index, field) in message.fields.enumerated() where given[field] == nil { given[field] = index }
        for field in fields {
            let member = SwiftIdentifier.escaped(SwiftIdentifier.memberName(field.name))
            if let index = given[field.name] {
                guard !names.isDeprecated(field), let value = expression(message.arguments[index], type: field.type) else { return nil }
                arguments.append("\(member): \(value)")
            } else if field.isRequired {
                guard !names.isDeprecated(field), let value = samples.value(field.type) else { return nil }
                arguments.append("\(member): \(value)")
            }
        }
        return "\(type)(\(arguments.joined(separator: ", ")))"
    }

    /// The test of an expected event's given values, on `_event`.
    private func comparison(_ message: Scenario.Message, fields: [Field]) -> String? {
        var tests: [String] = []
        let byName = Self.byName(fields)
        for (name, argument) in zip(message.fields, message.arguments) {
            guard let field = byName[name], !names.isDeprecated(field),
                  let value = expression(argument, type: field.type) else { return nil }
            tests.append("_event.\(SwiftIdentifier.escaped(SwiftIdentifier.memberName(field.name))) == \(value)")
        }
        return tests.isEmpty ? "true" : tests.joined(separator: " && ")
    }

    /// A value as a Swift expression of `type`: a placeholder's name, or a literal typed explicitly.
    private func expression(_ argument: Scenario.Argument, type: TypeReference) -> String? {
        switch argument {
        case .placeholder(let name): return Self.local(name)
        case .literal(.null): return "nil"
        case .literal(let value):
            guard let literal = names.defaultExpression(value, for: type) else { return nil }
            return "(\(literal) as \(names.swiftType(type.nonOptional)))"
        }
    }

    /// The value a placeholder stands for: made from its name where the type holds text, else from its
    /// position among the scenario's placeholders.
    private func placeholderValue(_ name: String, index: Int, type: TypeReference) -> String? {
        let number = index + 1
        switch type {
        case .optional(let wrapped): return placeholderValue(name, index: index, type: wrapped)
        case .primitive(.string): return SwiftIdentifier.stringLiteral(name)
        case .primitive(.int): return String(number)
        case .primitive(.double): return "\(number).5"
        case .primitive(.decimal): return "Decimal(\(number))"
        case .primitive(.bool): return index % 2 == 0 ? "true" : "false"
        case .primitive(.uuid):
            let hex = String(number, radix: 16)
            return "UUID(uuidString: \"00000000-0000-4000-8000-\(String(repeating: "0", count: max(0, 12 - hex.count)) + hex)\")!"
        case .primitive(.timestamp): return "Date(timeIntervalSince1970: \(1_800_000_000 + 86_400 * index))"
        case .primitive(.date): return "CalendarDate(year: 2026, month: 11, day: \(1 + index % 28))!"
        case .primitive(.duration): return "ISODuration(minutes: \(number))"
        case .identifier(let reference):
            guard let identifier = names.model.context(named: reference.context)?.identifier(named: reference.name),
                  let raw = placeholderValue(name, index: index, type: .primitive(identifier.rawType)) else { return nil }
            return "\(names.qualified(reference))(rawValue: \(raw))"
        case .enumeration(let reference):
            guard let cases = names.model.context(named: reference.context)?.enumeration(named: reference.name)?.cases, !cases.isEmpty else { return nil }
            return "\(names.qualified(reference)).\(SwiftIdentifier.escaped(SwiftIdentifier.memberName(cases[index % cases.count].name)))"
        default:
            return SwiftSamples(names: names).value(type)
        }
    }

    /// The Swift name of a placeholder's constant: its own, unless it could hide a type the test names
    /// (`Trips`, `String`, all capitalised) or the event it compares (`_event`).
    static func local(_ placeholder: String) -> String {
        guard let first = placeholder.first, first.isLowercase else { return "placeholder" + SwiftIdentifier.sanitized(placeholder) }
        return SwiftIdentifier.escaped(SwiftIdentifier.sanitized(placeholder))
    }

    /// Fields by name (the first of a name).
    private static func byName(_ fields: [Field]) -> [String: Field] {
        Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The function name of a scenario: its title in lower camel case (`aTripEndsOnce`).
    static func functionName(_ title: String) -> String {
        let words = title.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let camel = words.enumerated().map { index, word in
            index == 0 ? word.lowercased() : word.prefix(1).uppercased() + word.dropFirst()
        }.joined()
        guard let first = camel.first, first.isLetter else { return "scenario" + camel.prefix(1).uppercased() + camel.dropFirst() }
        return SwiftIdentifier.escaped(camel)
    }

    /// A message as the model writes it, for failure messages: `ClaimSettled { claim: c1 }`.
    static func stormText(_ message: Scenario.Message) -> String {
        guard !message.fields.isEmpty else { return message.reference.name }
        let values = zip(message.fields, message.arguments).map { field, argument in
            switch argument {
            case .placeholder(let name): "\(field): \(name)"
            case .literal(let value): "\(field): \(stormText(value))"
            }
        }
        return "\(message.reference.name) { \(values.joined(separator: ", ")) }"
    }

    private static func stormText(_ value: Value) -> String {
        switch value {
        case .string(let text): "\"\(text)\""
        case .integer(let number): String(number)
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .enumCase(let name): name
        case .list(let values): "[" + values.map(stormText).joined(separator: ", ") + "]"
        case .emptyMap: "[:]"
        case .null: "null"
        case .duration(let span): "\(span.milliseconds) ms"
        }
    }
}
