import StormSource

/// An aggregate: a consistency boundary that handles commands and emits events.
public struct Aggregate: Sendable, Hashable {
    public var name: String
    public var doc: String
    /// The aggregate's state.
    public var fields: [Field]
    public var invariants: [String]
    /// Names of the commands declared inside the aggregate (found in ``BoundedContext/commands``).
    public var commands: [String]
    public var deprecation: Deprecation?
    public var range: SourceRange
    /// Its states and transitions, when it declares a `lifecycle`.
    public var lifecycle: Lifecycle?
    /// Its given/when/then examples, in source order.
    public var scenarios: [Scenario]
    /// The team that owns the aggregate: its own `owner`, else the context's.
    public var owner: String?
    public init(name: String, doc: String, fields: [Field], invariants: [String], commands: [String], deprecation: Deprecation?, range: SourceRange,
                lifecycle: Lifecycle? = nil, scenarios: [Scenario] = []) {
        self.scenarios = scenarios
        self.name = name
        self.doc = doc
        self.fields = fields
        self.invariants = invariants
        self.commands = commands
        self.deprecation = deprecation
        self.range = range
        self.lifecycle = lifecycle
    }

    /// The field marked `@identity`, if any.
    public var identity: Field? { fields.first(where: \.isIdentity) }
}

/// Who issues a command.
public enum Issuer: Sendable, Hashable {
    /// An actor of the command's context.
    case actor(String)
    /// An external system of the command's context.
    case externalSystem(String)
    /// A policy (of the command's context) whose reaction is the command.
    case policy(SymbolReference)
}

/// A command (a blue sticky): an intention to change the system.
public struct Command: Sendable, Hashable {
    public var name: String
    public var doc: String
    /// The aggregate that handles it, if it was declared inside one.
    public var aggregate: String?
    /// Declared issuers (`by …`) followed by the policies that issue it, in source order.
    public var issuers: [Issuer]
    public var fields: [Field]
    /// The events it emits, all of its own context.
    public var emits: [SymbolReference]
    public var deprecation: Deprecation?
    public var range: SourceRange
    /// The exclusive outcomes: each the events emitted together (`emits A, B or C` is `[[A, B], [C]]`);
    /// one outcome when no `or` is written, none when it emits nothing.
    public var outcomes: [[SymbolReference]]
    /// The rejections it can end in (`fails with …`), in source order.
    public var failures: [Failure]
    public init(name: String, doc: String, aggregate: String?, issuers: [Issuer], fields: [Field], emits: [SymbolReference], deprecation: Deprecation?, range: SourceRange,
                outcomes: [[SymbolReference]]? = nil, failures: [Failure] = []) {
        self.name = name
        self.doc = doc
        self.aggregate = aggregate
        self.issuers = issuers
        self.fields = fields
        self.emits = emits
        self.deprecation = deprecation
        self.range = range
        self.outcomes = outcomes ?? (emits.isEmpty ? [] : [emits])
        self.failures = failures
    }

    /// Whether its outcomes are exclusive alternatives (`emits A or B`).
    public var hasAlternativeOutcomes: Bool { outcomes.count > 1 }
}

/// A domain event (an orange sticky): something that happened, in the past tense.
///
/// What few events have (a deprecation, a written or semantic version, kept previous majors) is boxed in one
/// word: a context's events are one array, and with these inline an event took 160 bytes, not 80.
public struct Event: Sendable, Hashable {
    public var name: String
    public var doc: String
    /// The schema version, 1 when not written.
    public var version: Int
    public var fields: [Field]
    /// The commands of the same context that emit it.
    public var emittedBy: [String]
    public var range: SourceRange
    private var rare: RareParts?

    public var deprecation: Deprecation? {
        get { rare?.parts.deprecation }
        set { change { $0.deprecation = newValue } }
    }
    /// Where the version is written (`v2` in `event Paid v2`); nil when the event leaves it implicit.
    public var versionRange: SourceRange? {
        get { rare?.parts.versionRange }
        set { change { $0.versionRange = newValue } }
    }
    /// The minor and patch of a semantic version (`v2.1.0`); nil when not written. Only the major (``version``)
    /// names channels, schema files and `$id`s.
    public var minor: Int? {
        get { rare?.parts.minor }
        set { change { $0.minor = newValue } }
    }
    public var patch: Int? {
        get { rare?.parts.patch }
        set { change { $0.patch = newValue } }
    }
    /// The previous majors kept during a migration (`was v1 { … }`), oldest first.
    public var previous: [PreviousEventVersion] {
        get { rare?.parts.previous ?? [] }
        set { change { $0.previous = newValue } }
    }
    /// For an event at a kept previous major (``atPreviousMajor(_:)``), the major that supersedes it; nil otherwise.
    public var supersededBy: Int? {
        get { rare?.parts.supersededBy }
        set { change { $0.supersededBy = newValue } }
    }

    public init(name: String, doc: String, version: Int, fields: [Field], emittedBy: [String], deprecation: Deprecation?, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.version = version
        self.fields = fields
        self.emittedBy = emittedBy
        self.range = range
        self.deprecation = deprecation
    }

    private mutating func change(_ edit: (inout RareEventParts) -> Void) {
        var parts = rare?.parts ?? RareEventParts()
        edit(&parts)
        rare = parts.isEmpty ? nil : .boxed(parts)
    }

    /// The rare parts in one box; nil when there are none, so that equal events have equal boxes.
    private indirect enum RareParts: Sendable, Hashable {
        case boxed(RareEventParts)

        var parts: RareEventParts {
            switch self { case .boxed(let parts): parts }
        }
    }
}

/// An event's rare parts, boxed by ``Event``.
private struct RareEventParts: Sendable, Hashable {
    var deprecation: Deprecation?
    var versionRange: SourceRange?
    var minor: Int?
    var patch: Int?
    var previous: [PreviousEventVersion] = []
    var supersededBy: Int?

    var isEmpty: Bool {
        deprecation == nil && versionRange == nil && minor == nil && patch == nil && previous.isEmpty && supersededBy == nil
    }
}

/// A policy (a lilac sticky): whenever these events happen, issue these commands.
public struct Policy: Sendable, Hashable {
    public var name: String
    public var doc: String
    /// The events it reacts to, from any context.
    public var triggers: [SymbolReference]
    /// The commands it issues, all of its own context.
    public var commands: [SymbolReference]
    public var range: SourceRange
    /// The exclusive choices it makes (`then A or B` is `[[A], [B]]`); one when no `or` is written.
    public var choices: [[SymbolReference]]
    /// When it reacts to time: `every …`, or `after … from Event unless …` (whose event is its one trigger).
    public var schedule: Schedule?
    public init(name: String, doc: String, triggers: [SymbolReference], commands: [SymbolReference], range: SourceRange,
                choices: [[SymbolReference]]? = nil, schedule: Schedule? = nil) {
        self.name = name
        self.doc = doc
        self.triggers = triggers
        self.commands = commands
        self.range = range
        self.choices = choices ?? (commands.isEmpty ? [] : [commands])
        self.schedule = schedule
    }
}

/// A read model (a green sticky): a view projected from events.
public struct ReadModel: Sendable, Hashable {
    public var name: String
    public var doc: String
    /// The events that feed it, from any context.
    public var sources: [SymbolReference]
    public var fields: [Field]
    public var range: SourceRange
    /// The questions it answers.
    public var queries: [Query]
    public init(name: String, doc: String, sources: [SymbolReference], fields: [Field], range: SourceRange, queries: [Query] = []) {
        self.queries = queries
        self.name = name
        self.doc = doc
        self.sources = sources
        self.fields = fields
        self.range = range
    }
}
