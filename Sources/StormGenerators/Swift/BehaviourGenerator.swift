import StormModel

/// Policies and read models: the protocols through which a team's code reacts to events.
struct BehaviourGenerator {
    let names: SwiftNames
    /// The file's record generator, which read models share with every other record.
    let records: RecordGenerator

    /// A policy as a namespace holding the enum of its trigger events, the enum of its commands, and the
    /// `Policy` protocol the team implements.
    func write(_ policy: Policy, in context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        let qualified = names.qualified(context.reference(policy.name))
        let owner = "policy `\(context.name).\(policy.name)`"
        let events = policy.triggers.map(\.description).joined(separator: ", ")
        // A recurring time policy reacts to the clock; a deadline's trigger is its starting event.
        let when = policy.triggers.isEmpty ? policy.schedule.map { "the clock (every \($0.period))" } ?? events : events
        let then = policy.issuedCommands.map(\.description).joined(separator: ", ")
        out.doc(policy.doc, fallback: "Policy `\(policy.name)`: when \(when), then \(then).")
        let sets = EventSetGenerator(names: names)
        try out.block("public enum ", names.type(context.reference(policy.name))) { out throws(GeneratorError) in
            try sets.writeEvents(policy.triggers, doc: "The events `\(policy.name)` reacts to.", owner: owner, range: policy.range, into: &out)
            out.line()
            try sets.writeCommands(policy.commands, doc: "The commands `\(policy.name)` issues.", owner: owner, range: policy.range, into: &out)
            out.line()
            out.doc("Reacts to \(when) with \(then). Implement it in a type of your own.")
            out.line("public protocol Policy: StormRuntime.Policy where Event == ", qualified, ".Event, Command == ", qualified, ".Command {}")
            if let schedule = policy.schedule {
                out.line()
                ScheduleGenerator().write(schedule, of: policy, into: &out)
            }
            if !policy.remoteCommands.isEmpty {
                out.line()
                try RemoteCommandGenerator(names: names).write(policy, into: &out)
            }
        }
    }

    /// A read model as a struct of its fields, holding the enum of its source events and the
    /// `Projection` protocol the team implements.
    func write(_ readModel: ReadModel, in context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        let reference = context.reference(readModel.name)
        let qualified = names.qualified(reference)
        let sources = readModel.sources.map(\.description).joined(separator: ", ")
        let record = Record("read model", reference, deprecation: nil, fields: readModel.fields,
                            nestedTypeNames: ["Event", "Projection"] + (readModel.queries.isEmpty ? [] : ["Queries"]))
        out.doc(readModel.doc, fallback: "Read model `\(readModel.name)`, projected from \(sources).")
        try records.write(record, into: &out, nested: { out throws(GeneratorError) in
            out.line()
            try EventSetGenerator(names: names).writeEvents(readModel.sources, doc: "The events that feed `\(readModel.name)`.",
                                                            owner: record.owner, range: readModel.range, into: &out)
            out.line()
            out.doc("Keeps `\(readModel.name)` up to date from \(sources). Implement it in a type of your own.")
            out.line("public protocol Projection: StormRuntime.Projection where ReadModel == ", qualified, ", Event == ", qualified, ".Event {}")
            if !readModel.queries.isEmpty {
                out.line()
                try QueryGenerator(names: names).write(readModel, in: context, into: &out)
            }
        })
    }
}
