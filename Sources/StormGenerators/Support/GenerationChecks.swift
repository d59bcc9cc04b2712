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
        problems(in: model, pathHash: \.hashValue)
    }

    /// The same, with output paths told apart by `pathHash` before they are compared (tests give every
    /// path one hash, so that every path goes the way of the rare ones that share a hash).
    static func problems(in model: Model, pathHash: (FoldedPath) -> Int) -> [GeneratorError] {
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
        problems += fileCollisions(in: model, names: names, blamed: Set(problems.compactMap(\.range)), pathHash: pathHash)
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
            let events = aggregate.emittedEvents(commands: commands)
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
}
