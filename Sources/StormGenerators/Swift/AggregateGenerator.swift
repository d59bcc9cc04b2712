import StormModel

/// An aggregate as an event-sourced decider: its state as a struct, and nested in it an enum of its
/// commands, one of its events, and the `Decider` protocol the team implements.
struct AggregateGenerator {
    let names: SwiftNames
    /// The file's record generator, which the state shares with every other record.
    let records: RecordGenerator

    /// `commands` are the context's commands by name.
    func write(_ aggregate: Aggregate, in context: BoundedContext, commands byName: [String: Command],
               into out: inout SwiftWriter) throws(GeneratorError) {
        let reference = context.reference(aggregate.name)
        let qualified = names.qualified(reference)
        let commands = aggregate.commands.map(context.reference)
        let events = aggregate.emittedEvents(commands: byName)
        let record = Record("aggregate", reference, deprecation: aggregate.deprecation, fields: aggregate.fields,
                            nestedTypeNames: ["Command", "Event", "Decider"] + (aggregate.lifecycle == nil ? [] : ["Lifecycle"]))
        out.doc(aggregate.doc, or: "The state of the `", aggregate.name, "` aggregate.")
        let sets = EventSetGenerator(names: names)
        try records.write(record, into: &out, nested: { out throws(GeneratorError) in
            out.line()
            try sets.writeCommands(commands, doc: "The commands `\(aggregate.name)` decides.", owner: record.owner, range: aggregate.range, into: &out)
            out.line()
            try sets.writeEvents(events, doc: "The events `\(aggregate.name)` emits.", owner: record.owner, range: aggregate.range, into: &out)
            out.line()
            var doc = """
            The behaviour of `\(aggregate.name)`: decide a command against the state (nil before the first \
            event) giving events, and evolve the state by each event. Implement it in a type of your own.
            """
            if !aggregate.invariants.isEmpty {
                doc += "\n\nInvariants to uphold in `decide`:\n" + aggregate.invariants.map { "- \($0)" }.joined(separator: "\n")
            }
            out.doc(doc)
            out.line("public protocol Decider: StormRuntime.Decider where State == ", qualified, "?, Command == ", qualified, ".Command, Event == ", qualified, ".Event {}")
            if let lifecycle = aggregate.lifecycle {
                out.line()
                try LifecycleGenerator(names: names).write(lifecycle, of: aggregate, into: &out)
            }
        })
    }
}

extension Aggregate {
    /// The events its commands emit (`commands` are the context's commands by name), each once, in the
    /// order they are first emitted: the cases of its generated `Event` enum.
    func emittedEvents(commands byName: [String: Command]) -> [SymbolReference] {
        let commands = self.commands.compactMap { byName[$0] }
        let count = commands.reduce(0) { $0 + $1.emits.count }
        var events: [SymbolReference] = [], seen: Set<SymbolReference> = []
        // Room for them all at once: a set that grows hashes its members again each time it doubles.
        events.reserveCapacity(count)
        seen.reserveCapacity(count)
        for command in commands {
            for event in command.emits where seen.insert(event).inserted { events.append(event) }
        }
        return events
    }
}
