import Foundation
import StormModel
import StormSource

/// Everything a generator would refuse, found when a model is checked, all at once: names that map to
/// one Swift or Avro name, declarations that would hide a namespace, and declarations that would share
/// an output file. A model free of these and of resolution errors generates every format.
///
/// The checks call the very functions the generators call (``SwiftNames``, ``RecordGenerator``,
/// ``OutputPaths``, …), one declaration at a time, so check and generate cannot disagree; they cost
/// one pass over the model's names, no generated text.
public enum GenerationChecks {
    /// Every problem of `model`, in the model's order; each declaration is blamed once per kind of problem.
    public static func problems(in model: Model) -> [GeneratorError] {
        var problems: [GeneratorError] = []
        let names = SwiftNames(model: model, problems: &problems)
        collect(into: &problems) { () throws(GeneratorError) in _ = try CatalogGenerator.typeName(names: names) }
        // Each context's records are checked on their own, on every core; their problems keep the model's order.
        for found in concurrentMap(model.contexts, { context in
            var found: [GeneratorError] = []
            swiftProblems(of: context, names: names, into: &found)
            avroProblems(of: context, into: &found)
            return found
        }) { problems += found }
        // A declaration already at fault for its name is not blamed again for the file that name makes.
        problems += fileCollisions(in: model, names: names, blamed: Set(problems.compactMap(\.range)))
        // Target names come from the contexts' Swift names, as file names do: a context already blamed is not blamed again.
        var package: [GeneratorError] = []
        if packageTargetsMayMeet(in: model, names: names) { collect(into: &package) { () throws(GeneratorError) in
            let (groups, targets) = PackageGenerator.targets(of: model, names: names)
            try PackageGenerator.checkTargetNames(targets, groups: groups, model: model)
        } }
        let blamed = Set(problems.compactMap(\.range))
        problems += package.filter { $0.range.map { !blamed.contains($0) } ?? true }
        var seen = Set<String>()
        return problems.filter { seen.insert($0.id + "\u{0}" + ($0.range.map { "\($0)" } ?? $0.message)).inserted }
    }

    /// Whether two targets of a generated package could share a name: only when a context's Swift name
    /// holds `_` (a group of contexts is named after them all, joined by `_`) or ends in `Tests`, or two
    /// differ only in case. Working out the groups costs a pass over every reference, so it is done only then.
    private static func packageTargetsMayMeet(in model: Model, names: SwiftNames) -> Bool {
        var seen = Set<String>()
        for context in model.contexts {
            let name = names.context(context.name).lowercased()
            if name.contains("_") || name.hasSuffix("tests") || !seen.insert(name).inserted { return true }
        }
        return false
    }

    static func collect(into problems: inout [GeneratorError], _ check: () throws(GeneratorError) -> Void) {
        do { try check() } catch { problems.append(error) }
    }

    /// Fields, enum cases, event and command sets and ports of one context, as the Swift generator names them.
    private static func swiftProblems(of context: BoundedContext, names: SwiftNames, into problems: inout [GeneratorError]) {
        // A record whose fields Swift takes as they are, none deprecated, nesting no type, cannot be refused:
        // the record generator checks only the others, and so does this.
        func check(_ kind: String, _ name: String, _ deprecation: Deprecation?, _ fields: [Field], nested: [String] = []) {
            var members: [String] = []
            members.reserveCapacity(fields.count)
            var renamed = false, deprecated = false
            // Read in place (`fields[index]`), not copied out one by one: a field is a large struct.
            for index in fields.indices {
                let name = fields[index].name
                let member = SwiftIdentifier.member(name).name
                renamed = renamed || member != name
                deprecated = deprecated || fields[index].deprecation != nil
                members.append(member)
            }
            guard renamed || deprecated || !nested.isEmpty else { return }
            let record = Record(kind, context.reference(name), deprecation: deprecation, fields: fields, nestedTypeNames: nested)
            collect(into: &problems) { () throws(GeneratorError) in try RecordGenerator.check(record, members: members, renamed: renamed, names: names) }
        }
        for index in context.valueObjects.indices {
            check("value", context.valueObjects[index].name, context.valueObjects[index].deprecation, context.valueObjects[index].fields)
        }
        for index in context.entities.indices {
            check("entity", context.entities[index].name, context.entities[index].deprecation, context.entities[index].fields)
        }
        for aggregate in context.aggregates {
            check("aggregate", aggregate.name, aggregate.deprecation, aggregate.fields, nested: ["Command", "Event", "Decider"] + (aggregate.lifecycle == nil ? [] : ["Lifecycle"]))
        }
        for command in context.commands { check("command", command.name, command.deprecation, command.fields, nested: OutcomeGenerator.nestedTypeNames(of: command)) }
        for index in context.events.indices { check("event", context.events[index].name, context.events[index].deprecation, context.events[index].fields) }
        for readModel in context.readModels {
            check("read model", readModel.name, nil, readModel.fields, nested: ["Event", "Projection"] + (readModel.queries.isEmpty ? [] : ["Queries"]))
        }
        designLevelProblems(of: context, names: names, into: &problems)
        for enumeration in context.enumerations {
            collect(into: &problems) { () throws(GeneratorError) in try EnumerationGenerator.check(enumeration, in: context) }
        }
        var commands: [String: Command] = [:]
        for command in context.commands where commands[command.name] == nil { commands[command.name] = command }
        for aggregate in context.aggregates {
            let owner = "aggregate `\(context.name).\(aggregate.name)`"
            var events: [SymbolReference] = [], seen: Set<SymbolReference> = []
            for command in aggregate.commands.compactMap({ commands[$0] }) {
                for event in command.emits where seen.insert(event).inserted { events.append(event) }
            }
            collect(into: &problems) { () throws(GeneratorError) in _ = try names.cases(aggregate.commands.map(context.reference), owner: owner, range: aggregate.range) }
            collect(into: &problems) { () throws(GeneratorError) in _ = try names.cases(events, owner: owner, range: aggregate.range) }
        }
        for policy in context.policies {
            let owner = "policy `\(context.name).\(policy.name)`"
            collect(into: &problems) { () throws(GeneratorError) in _ = try names.cases(policy.triggers, owner: owner, range: policy.range) }
            collect(into: &problems) { () throws(GeneratorError) in _ = try names.cases(policy.commands, owner: owner, range: policy.range) }
        }
        for readModel in context.readModels {
            collect(into: &problems) { () throws(GeneratorError) in
                _ = try names.cases(readModel.sources, owner: "read model `\(context.name).\(readModel.name)`", range: readModel.range)
            }
        }
        for product in context.dataProducts {
            let owner = "data product `\(context.name).\(product.name)`"
            collect(into: &problems) { () throws(GeneratorError) in _ = try DataProductGenerator(names: names).portNames(product, owner: owner) }
            for port in product.inputPorts + product.outputPorts {
                collect(into: &problems) { () throws(GeneratorError) in _ = try names.cases(port.events, owner: "port `\(port.name)` of \(owner)", range: port.range) }
            }
        }
    }

    /// Records whose fields would share an Avro name.
    private static func avroProblems(of context: BoundedContext, into problems: inout [GeneratorError]) {
        // Records are read in place, not copied out of their arrays: events and fields are large structs.
        for index in context.events.indices { avroProblems(of: context.events[index].name, context.events[index].fields, in: context, into: &problems) }
        for index in context.valueObjects.indices {
            avroProblems(of: context.valueObjects[index].name, context.valueObjects[index].fields, in: context, into: &problems)
        }
        for index in context.entities.indices { avroProblems(of: context.entities[index].name, context.entities[index].fields, in: context, into: &problems) }
    }

    /// Fields of the record `name` that would share an Avro name.
    private static func avroProblems(of name: String, _ fields: [Field], in context: BoundedContext, into problems: inout [GeneratorError]) {
        // Distinct names that Avro keeps as they are (ASCII letters, digits and `_`) cannot meet.
        if fields.indices.allSatisfy({ AvroNames.isKept(fields[$0].name) }) { return }
        let avroNames = fields.map { AvroNames.name($0.name) }
        var seen: [String: Field] = [:]
        for (field, avro) in zip(fields, avroNames) {
            if let other = seen[avro], other.name != field.name {
                problems.append(GeneratorError("in `\(context.name).\(name)`, fields `\(other.name)` and `\(field.name)` both have the Avro name `\(avro)`",
                                               at: field.range, id: "avro-name-collision",
                                               notes: [GeneratorNote("field `\(other.name)` is declared here", at: other.range)],
                                               help: "rename one of them"))
            } else if seen[avro] == nil {
                seen[avro] = field
            }
        }
    }

    /// A path as a file system that ignores case and Unicode normalization sees it (macOS, Windows).
    /// ASCII paths, the most common, are compared by their bytes with ASCII letters folded, without a copy.
    private struct FoldedPath: Hashable {
        let path: String
        let isASCII: Bool

        init(_ path: String) {
            if Self.bytes(of: path, { $0.allSatisfy { $0 < 0x80 } }) {
                self.path = path
                isASCII = true
            } else {
                // Folded, a name may become ASCII (the Kelvin sign K becomes k): it then meets ASCII paths.
                self.path = path.precomposedStringWithCanonicalMapping.lowercased()
                isASCII = self.path.utf8.allSatisfy { $0 < 0x80 }
            }
        }

        private static func fold(_ byte: UInt8) -> UInt8 { byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }

        func hash(into hasher: inout Hasher) {
            hasher.combine(isASCII)
            if !isASCII { return hasher.combine(path) }
            // One 64-bit FNV-1a of the folded bytes, combined once: cheaper than a byte at a time.
            hasher.combine(Self.bytes(of: path) { utf8 in
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for byte in utf8 { hash = (hash ^ UInt64(Self.fold(byte))) &* 0x0000_0100_0000_01B3 }
                return hash
            })
        }

        static func == (a: FoldedPath, b: FoldedPath) -> Bool {
            guard a.isASCII == b.isASCII else { return false }
            if !a.isASCII { return a.path == b.path }
            return a.path.utf8.count == b.path.utf8.count && bytes(of: a.path) { first in
                bytes(of: b.path) { second in zip(first, second).allSatisfy { fold($0) == fold($1) } }
            }
        }

        /// `body` applied to the UTF-8 bytes of `text`, read from its storage (copied only when it has none).
        private static func bytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            var text = text
            return text.withUTF8(body)
        }
    }

    /// What a generated file is written for, named in messages only when two files meet.
    private enum Owner: Equatable {
        case event(context: String, name: String, version: Int)
        case command(context: String, name: String)
        case context(String)
        case port(context: String, product: String, port: String)

        var description: String {
            switch self {
            case let .event(context, name, version): "event `\(context).\(name)` v\(version)"
            case let .command(context, name): "command `\(context).\(name)`"
            case let .context(name): "context `\(name)`"
            case let .port(context, product, port): "port `\(port)` of data product `\(context).\(product)`"
            }
        }
    }

    /// Two declarations whose files would be one: the same path, or paths that differ only in case or
    /// Unicode normalization, which macOS and Windows take for one file. Avro's files are left out: they
    /// are named like the events' JSON Schemas, so they meet exactly when those do.
    private static func fileCollisions(in model: Model, names: SwiftNames, blamed: Set<SourceRange>) -> [GeneratorError] {
        typealias Output = (path: String, owner: Owner, range: SourceRange)
        var schemas: [Output] = [], asyncAPI: [Output] = [], contracts: [Output] = [], swift: [Output] = [], diagrams: [Output] = []
        for context in model.contexts {
            func schema(of event: Event) {
                schemas.append((OutputPaths.eventSchema(event, in: context), .event(context: context.name, name: event.name, version: event.version), event.range))
            }
            // Each event's majors in order (as `majors` lists them), the current one read in place, not copied into a new array.
            for index in context.events.indices {
                for previous in context.events[index].previous { schema(of: context.events[index].atPreviousMajor(previous)) }
                schema(of: context.events[index])
            }
            for command in context.commands {
                schemas.append((OutputPaths.commandSchema(command, in: context), .command(context: context.name, name: command.name), command.range))
            }
            asyncAPI.append((OutputPaths.asyncAPI(context), .context(context.name), context.range))
            for product in context.dataProducts {
                for port in product.outputPorts {
                    contracts.append((OutputPaths.contract(port, of: product, in: context), .port(context: context.name, product: product.name, port: port.name), port.range))
                }
            }
            swift.append((OutputPaths.swift(names.context(context.name)), .context(context.name), context.range))
            for language in DiagramLanguage.allCases {
                diagrams.append((OutputPaths.diagram("flow-" + context.name, language), .context(context.name), context.range))
            }
        }
        var problems: [GeneratorError] = []
        var blamed = blamed
        if let catalog = try? CatalogGenerator.typeName(names: names) {
            let key = OutputPaths.swift(catalog).lowercased()
            for output in swift where output.path.lowercased() == key && output.path != OutputPaths.swift(catalog) && blamed.insert(output.range).inserted {
                problems.append(GeneratorError("\(output.owner.description) would be written to the Swift file of the model's catalog, `\(OutputPaths.swift(catalog))`, on file systems that ignore case (macOS, Windows)",
                                               at: output.range, id: "file-name-collision", help: "rename the context"))
            }
        }
        for (format, outputs) in [("JSON Schema", schemas), ("AsyncAPI", asyncAPI), ("ODCS", contracts), ("diagram", diagrams), ("Swift", swift)] {
            var owners: [FoldedPath: Int] = [:]
            owners.reserveCapacity(outputs.count)
            for (index, output) in outputs.enumerated() {
                let key = FoldedPath(output.path)
                guard let firstIndex = owners[key] else {
                    owners[key] = index
                    continue
                }
                let first = outputs[firstIndex]
                // One owner twice is a duplicate declaration, which resolution reports.
                guard first.owner != output.owner, blamed.insert(output.range).inserted else { continue }
                let why = first.path == output.path ? "" : ", on file systems that ignore case (macOS, Windows)"
                problems.append(GeneratorError("\(output.owner.description) would be written to the \(format) file of \(first.owner.description), `\(first.path)`\(why)",
                                               at: output.range, id: "file-name-collision",
                                               notes: [GeneratorNote("\(first.owner.description) is declared here", at: first.range)],
                                               help: "rename one of them"))
            }
        }
        return problems
    }
}
