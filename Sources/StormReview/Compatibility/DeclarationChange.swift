import StormModel
import StormSource

/// How one event, command, value object, entity or enumeration changed between two models, and what
/// `stormc diff` makes of it.
public struct DeclarationChange: Sendable, Hashable {
    /// What was declared; the raw value is how messages name it.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case event, command
        case valueObject = "value object"
        case entity, enumeration
    }

    /// Whether the declaration is new, gone, or in both models with differences.
    public enum Status: String, Sendable, Hashable {
        case added, removed, changed
    }

    public var kind: Kind
    public var reference: SymbolReference
    public var status: Status
    /// Event versions before and after (nil for other kinds, and on the side where the event is absent).
    public var oldVersion: Int?
    public var newVersion: Int?
    /// The changes inside the declaration, in field order; empty for added and removed declarations.
    public var changes: [SchemaChange]
    /// Whether the whole schema, nested types included, stays readable each way.
    public var compatibility: Compatibility
    /// Why readers fail, each way (Avro's own reasons, with a path into the schema).
    public var backwardProblems: [AvroCompatibility.Problem]
    public var forwardProblems: [AvroCompatibility.Problem]
    /// `error` fails `stormc diff`; `warning` and `info` inform.
    public var severity: RuleSeverity
    /// The verdict in words: "breaks backward without a version bump (bump TripEnded to v3)".
    public var verdict: String
    /// Where the declaration is: in the new model, or in the old one when it was removed.
    public var location: SourceLocation?

    public init(kind: Kind, reference: SymbolReference, status: Status, oldVersion: Int? = nil, newVersion: Int? = nil,
                changes: [SchemaChange] = [], compatibility: Compatibility = .full,
                backwardProblems: [AvroCompatibility.Problem] = [], forwardProblems: [AvroCompatibility.Problem] = [],
                severity: RuleSeverity, verdict: String, location: SourceLocation?) {
        self.kind = kind
        self.reference = reference
        self.status = status
        self.oldVersion = oldVersion
        self.newVersion = newVersion
        self.changes = changes
        self.compatibility = compatibility
        self.backwardProblems = backwardProblems
        self.forwardProblems = forwardProblems
        self.severity = severity
        self.verdict = verdict
        self.location = location
    }
}

/// The result of `stormc diff`: every declaration that changed, under one compatibility mode.
public struct DiffReport: Sendable, Hashable {
    /// The direction of compatibility the verdicts were judged under.
    public var mode: CompatibilityMode
    /// Sorted by kind (events first), then context and name.
    public var entries: [DeclarationChange]

    public init(mode: CompatibilityMode, entries: [DeclarationChange]) {
        self.mode = mode
        self.entries = entries
    }

    /// Whether any entry is an error, which makes `stormc diff` exit 1.
    public var hasErrors: Bool { entries.contains { $0.severity == .error } }
}
