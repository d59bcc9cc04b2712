import StormSource

/// A resolved Storm model: every file of one model checked and joined, every reference resolved.
///
/// This is what reviews and generators read; none of them sees the syntax tree. Declarations keep the
/// order of the source (files in the order given, usually sorted by path), so output derived from a
/// model is deterministic.
public struct Model: Sendable {
    /// The model's name: the folder it was read from (`MotorInsurance`), or given explicitly.
    public var name: String
    /// The source files, as given.
    public var sources: SourceManager
    public var domains: [Domain]
    public var teams: [Team]
    public var contexts: [BoundedContext]
    public var contextMaps: [ContextMap]
    /// Rules silenced on single declarations by `// storm:allow rule-id` comments.
    public var suppressions: Suppressions
    /// The contexts made from other domains' published interfaces (`use Payments from "…"`), by name,
    /// each with the path it was used from: they are read, not owned, so no schema is generated for them.
    public var usedInterfaces: [String: String] = [:]
    /// Where the types of used interfaces have their published JSON Schema (`<$id>#/$defs/<Name>`, the
    /// interface's `schema` of each type), so that the model's own schemas refer to them rather than copy them.
    public var publishedSchemas: [SymbolReference: String] = [:]
    /// Where each context, event and command was when the model was made, so that looking one up by
    /// name costs the same in a model of any size. A lookup checks the place it finds, and falls back
    /// to a scan should the arrays have changed since.
    private let places: Places

    public init(name: String, sources: SourceManager, domains: [Domain] = [], teams: [Team] = [],
                contexts: [BoundedContext] = [], contextMaps: [ContextMap] = [], suppressions: Suppressions = Suppressions()) {
        self.name = name
        self.sources = sources
        self.domains = domains
        self.teams = teams
        self.contexts = contexts
        self.contextMaps = contextMaps
        self.suppressions = suppressions
        places = Places(contexts)
    }

    /// The paths of the source files.
    public var sourcePaths: [String] { sources.files.map(\.path) }

    /// The context with the given name.
    public func context(named name: String) -> BoundedContext? {
        contextIndex(named: name).map { contexts[$0] }
    }

    /// Where the context with the given name is in ``contexts``: for reading a part of it in place, where
    /// ``context(named:)`` copies the whole context out.
    public func contextIndex(named name: String) -> Int? {
        if let index = places.contexts[name], index < contexts.count, contexts[index].name == name { return index }
        return contexts.firstIndex { $0.name == name }
    }

    /// The team with the given name.
    public func team(named name: String) -> Team? { teams.first { $0.name == name } }

    /// The subdomain a reference points at.
    public func subdomain(_ reference: SubdomainReference) -> Subdomain? {
        domains.first { $0.name == reference.domain }?.subdomains.first { $0.name == reference.name }
    }

    /// The event a reference points at.
    public func event(_ reference: SymbolReference) -> Event? {
        if let (c, e) = places.event(reference), c < contexts.count, contexts[c].name == reference.context,
           e < contexts[c].events.count, contexts[c].events[e].name == reference.name {
            return contexts[c].events[e]
        }
        return context(named: reference.context)?.events.first { $0.name == reference.name }
    }

    /// The command a reference points at.
    public func command(_ reference: SymbolReference) -> Command? {
        if let (c, k) = places.command(reference), c < contexts.count, contexts[c].name == reference.context,
           k < contexts[c].commands.count, contexts[c].commands[k].name == reference.name {
            return contexts[c].commands[k]
        }
        return context(named: reference.context)?.commands.first { $0.name == reference.name }
    }

    /// All relationships of all context maps, in order.
    public var relationships: [Relationship] { contextMaps.flatMap(\.relationships) }
}

/// The positions of the contexts, events and commands of a model, each name's first. Events and
/// commands are found by plain name within their context's table: one string hashed, not two.
private struct Places: Sendable {
    var contexts: [String: Int] = [:]
    /// By context index, where its events and commands are; empty for a context whose name came before.
    var events: [[String: Int]] = []
    var commands: [[String: Int]] = []

    init(_ contexts: [BoundedContext]) {
        events.reserveCapacity(contexts.count)
        commands.reserveCapacity(contexts.count)
        // Declarations are read in place (`contexts[c].events[e]`): copying a context or an event out is not free.
        for c in contexts.indices {
            var events: [String: Int] = [:], commands: [String: Int] = [:]
            if self.contexts[contexts[c].name] == nil {
                self.contexts[contexts[c].name] = c
                events.reserveCapacity(contexts[c].events.count)
                for e in contexts[c].events.indices where events[contexts[c].events[e].name] == nil { events[contexts[c].events[e].name] = e }
                commands.reserveCapacity(contexts[c].commands.count)
                for k in contexts[c].commands.indices where commands[contexts[c].commands[k].name] == nil { commands[contexts[c].commands[k].name] = k }
            }
            self.events.append(events)
            self.commands.append(commands)
        }
    }

    /// Where the event `reference` was: its context's index and its own.
    func event(_ reference: SymbolReference) -> (Int, Int)? {
        guard let c = contexts[reference.context], let e = events[c][reference.name] else { return nil }
        return (c, e)
    }

    /// Where the command `reference` was: its context's index and its own.
    func command(_ reference: SymbolReference) -> (Int, Int)? {
        guard let c = contexts[reference.context], let k = commands[c][reference.name] else { return nil }
        return (c, k)
    }
}

/// A reference to a declaration inside a bounded context: `Trips.TripEnded`.
///
/// The two names are kept in one shared box, so a reference takes one word, not four: it is copied into
/// every field type, list and table that names its declaration, and resolution hands out one box per
/// declaration of the context being resolved. A model's field takes 48 bytes, not 72.
public struct SymbolReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    private final class Names: Sendable {
        let context: String
        let name: String
        init(context: String, name: String) {
            self.context = context
            self.name = name
        }
    }
    private var names: Names

    public var context: String {
        get { names.context }
        set { names = Names(context: newValue, name: names.name) }
    }
    public var name: String {
        get { names.name }
        set { names = Names(context: names.context, name: newValue) }
    }
    public init(context: String, name: String) {
        names = Names(context: context, name: name)
    }
    /// `Context.Name`
    public var description: String { "\(context).\(name)" }

    public static func == (lhs: SymbolReference, rhs: SymbolReference) -> Bool {
        lhs.names === rhs.names || (lhs.names.name == rhs.names.name && lhs.names.context == rhs.names.context)
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(names.context)
        hasher.combine(names.name)
    }
    public static func < (lhs: SymbolReference, rhs: SymbolReference) -> Bool {
        (lhs.context, lhs.name) < (rhs.context, rhs.name)
    }
}

/// A reference to a subdomain of a domain.
public struct SubdomainReference: Hashable, Sendable {
    public var domain: String
    public var name: String
    public init(domain: String, name: String) {
        self.domain = domain
        self.name = name
    }
}
