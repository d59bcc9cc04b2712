import StormSource

/// Something declared inside a bounded context.
public enum ContextMemberSyntax: Sendable, Hashable {
    /// `owner Team`
    case owner(Name, info: DeclarationInfo)
    /// `vision "…"`
    case vision(StringLiteral, info: DeclarationInfo)
    /// `actor Name`
    case actor(Name, info: DeclarationInfo)
    /// `external system Name`
    case externalSystem(Name, info: DeclarationInfo)
    /// `id Name` or `id Name: String`
    case identifier(IdentifierSyntax)
    /// `value Name { fields }`
    case valueObject(TypeDeclarationSyntax)
    /// `entity Name { fields }`
    case entity(TypeDeclarationSyntax)
    /// `enum Name { a, b, c }`
    case enumeration(EnumSyntax)
    case aggregate(AggregateSyntax)
    case command(CommandSyntax)
    case event(EventSyntax)
    case policy(PolicySyntax)
    case readModel(ReadModelSyntax)
    /// `hotspot "open question"`
    case hotspot(StringLiteral, info: DeclarationInfo)
    case dataProduct(DataProductSyntax)

    /// The member's doc, comments and range.
    public var info: DeclarationInfo {
        switch self {
        case .owner(_, let info), .vision(_, let info), .actor(_, let info), .externalSystem(_, let info), .hotspot(_, let info): info
        case .identifier(let d): d.info
        case .valueObject(let d), .entity(let d): d.info
        case .enumeration(let d): d.info
        case .aggregate(let d): d.info
        case .command(let d): d.info
        case .event(let d): d.info
        case .policy(let d): d.info
        case .readModel(let d): d.info
        case .dataProduct(let d): d.info
        }
    }
}

/// `id TripID` (backed by UUID) or `id PolicyNumber: String`: a typed identifier.
public struct IdentifierSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    /// The backing type, `UUID` when omitted.
    public var rawType: TypeSyntax?
    public init(info: DeclarationInfo, name: Name, rawType: TypeSyntax?) {
        self.info = info
        self.name = name
        self.rawType = rawType
    }
}

/// `value Name { fields }` or `entity Name { fields }`.
public struct TypeDeclarationSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var fields: [FieldSyntax]
    public var closingComments: [String]
    public init(info: DeclarationInfo, name: Name, fields: [FieldSyntax], closingComments: [String] = []) {
        self.info = info
        self.name = name
        self.fields = fields
        self.closingComments = closingComments
    }
}

/// `enum Name { a, b, c }`; each case may carry a doc comment.
public struct EnumSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var cases: [EnumCaseSyntax]
    public var closingComments: [String]
    public init(info: DeclarationInfo, name: Name, cases: [EnumCaseSyntax], closingComments: [String] = []) {
        self.info = info
        self.name = name
        self.cases = cases
        self.closingComments = closingComments
    }
}

/// One case of an enumeration.
public struct EnumCaseSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public init(info: DeclarationInfo, name: Name) {
        self.info = info
        self.name = name
    }
}

/// `aggregate Name { fields, invariants, commands, entities }`
public struct AggregateSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var members: [AggregateMemberSyntax]
    public var closingComments: [String]
    public init(info: DeclarationInfo, name: Name, members: [AggregateMemberSyntax], closingComments: [String] = []) {
        self.info = info
        self.name = name
        self.members = members
        self.closingComments = closingComments
    }
}

/// Something declared inside an aggregate.
public enum AggregateMemberSyntax: Sendable, Hashable {
    case field(FieldSyntax)
    /// `invariant "…"`
    case invariant(StringLiteral, info: DeclarationInfo)
    case command(CommandSyntax)
    case entity(TypeDeclarationSyntax)
    case valueObject(TypeDeclarationSyntax)
    case hotspot(StringLiteral, info: DeclarationInfo)
    /// `lifecycle { From -> To by Command … }`
    case lifecycle(LifecycleSyntax)
    /// `scenario "title" { given … when … then … }`
    case scenario(ScenarioSyntax)
    /// `owner Team`: the team that owns this aggregate, where it is not the context's.
    case owner(Name, info: DeclarationInfo)

    public var info: DeclarationInfo {
        switch self {
        case .owner(_, let info): info
        case .field(let f): f.info
        case .lifecycle(let l): l.info
        case .scenario(let s): s.info
        case .invariant(_, let info), .hotspot(_, let info): info
        case .command(let c): c.info
        case .entity(let e), .valueObject(let e): e.info
        }
    }
}

/// `command Name by Issuer, … { fields } emits Event, …`
///
/// What few commands have (closing comments, exclusive outcomes, failures) is kept in one box, as are an
/// event's and a policy's rare parts: a context's members are stored inline, each as large as the
/// largest kind, and a large model's syntax is its largest structure while it is resolved.
public struct CommandSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    /// Actors, external systems or policies that issue the command.
    public var issuers: [QualifiedName]
    /// Nil when the command has no field block; empty for `{}`.
    public var fields: [FieldSyntax]?
    public var emits: [QualifiedName]
    private var rare: RareParts?

    public var closingComments: [String] {
        get { rare?.parts.closingComments ?? [] }
        set { rare = RareParts(closingComments: newValue, outcomeStarts: outcomeStarts, failures: failures) }
    }
    /// The indices of ``emits`` where an `or` starts another, exclusive, outcome (`emits A or B`).
    public var outcomeStarts: [Int] {
        get { rare?.parts.outcomeStarts ?? [] }
        set { rare = RareParts(closingComments: closingComments, outcomeStarts: newValue, failures: failures) }
    }
    /// `fails with …`: the rejections the command can end in.
    public var failures: [FailureSyntax] {
        get { rare?.parts.failures ?? [] }
        set { rare = RareParts(closingComments: closingComments, outcomeStarts: outcomeStarts, failures: newValue) }
    }

    public init(info: DeclarationInfo, name: Name, issuers: [QualifiedName], fields: [FieldSyntax]?, emits: [QualifiedName], closingComments: [String] = [],
                outcomeStarts: [Int] = [], failures: [FailureSyntax] = []) {
        self.info = info
        self.name = name
        self.issuers = issuers
        self.fields = fields
        self.emits = emits
        rare = RareParts(closingComments: closingComments, outcomeStarts: outcomeStarts, failures: failures)
    }

    /// The rare parts in one box; nil when there are none, so that equal commands have equal boxes.
    private indirect enum RareParts: Sendable, Hashable {
        case boxed(closingComments: [String], outcomeStarts: [Int], failures: [FailureSyntax])

        init?(closingComments: [String], outcomeStarts: [Int], failures: [FailureSyntax]) {
            if closingComments.isEmpty && outcomeStarts.isEmpty && failures.isEmpty { return nil }
            self = .boxed(closingComments: closingComments, outcomeStarts: outcomeStarts, failures: failures)
        }

        var parts: (closingComments: [String], outcomeStarts: [Int], failures: [FailureSyntax]) {
            switch self { case let .boxed(closingComments, outcomeStarts, failures): (closingComments, outcomeStarts, failures) }
        }
    }
}

extension CommandSyntax: CustomReflectable {
    /// The command as it is written, not as it is stored: a mirror shows two equal commands alike.
    public var customMirror: Mirror {
        Mirror(self, children: ["info": info, "name": name, "issuers": issuers, "fields": fields as Any, "emits": emits,
                                "closingComments": closingComments, "outcomeStarts": outcomeStarts, "failures": failures],
               displayStyle: .struct)
    }
}

/// `event Name v2 { fields }`
public struct EventSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var fields: [FieldSyntax]?
    private var rare: RareParts?

    /// The number written after `v` (`v2`), and where; nil means version 1.
    public var version: IntegerLiteral? {
        get { rare?.parts.version }
        set { rare = RareParts(version: newValue, closingComments: closingComments, revision: revision, previous: previous) }
    }
    public var closingComments: [String] {
        get { rare?.parts.closingComments ?? [] }
        set { rare = RareParts(version: version, closingComments: newValue, revision: revision, previous: previous) }
    }
    /// The minor and patch after the major (`v2.1`, `v2.1.0`); nil when only the major is written.
    public var revision: VersionRevisionSyntax? {
        get { rare?.parts.revision }
        set { rare = RareParts(version: version, closingComments: closingComments, revision: newValue, previous: previous) }
    }
    /// The previous majors kept during a migration (`was v1 { … }`), in the order written.
    public var previous: [PreviousVersionSyntax] {
        get { rare?.parts.previous ?? [] }
        set { rare = RareParts(version: version, closingComments: closingComments, revision: revision, previous: newValue) }
    }

    public init(info: DeclarationInfo, name: Name, version: IntegerLiteral?, fields: [FieldSyntax]?, closingComments: [String] = []) {
        self.info = info
        self.name = name
        self.fields = fields
        rare = RareParts(version: version, closingComments: closingComments, revision: nil, previous: [])
    }

    /// The rare parts in one box; nil when there are none, so that equal events have equal boxes.
    private indirect enum RareParts: Sendable, Hashable {
        case boxed(version: IntegerLiteral?, closingComments: [String], revision: VersionRevisionSyntax?, previous: [PreviousVersionSyntax])

        init?(version: IntegerLiteral?, closingComments: [String], revision: VersionRevisionSyntax?, previous: [PreviousVersionSyntax]) {
            if version == nil && closingComments.isEmpty && revision == nil && previous.isEmpty { return nil }
            self = .boxed(version: version, closingComments: closingComments, revision: revision, previous: previous)
        }

        var parts: (version: IntegerLiteral?, closingComments: [String], revision: VersionRevisionSyntax?, previous: [PreviousVersionSyntax]) {
            switch self { case let .boxed(version, closingComments, revision, previous): (version, closingComments, revision, previous) }
        }
    }
}

extension EventSyntax: CustomReflectable {
    /// The event as it is written, not as it is stored: a mirror shows two equal events alike.
    public var customMirror: Mirror {
        Mirror(self, children: ["info": info, "name": name, "version": version as Any, "fields": fields as Any,
                                "closingComments": closingComments, "revision": revision as Any, "previous": previous],
               displayStyle: .struct)
    }
}

/// `policy Name: when Event, … then Command, …`
public struct PolicySyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var triggers: [QualifiedName]
    public var commands: [QualifiedName]
    private var rare: RareParts?

    /// The indices of ``commands`` where an `or` starts another choice (`then AcceptClaim or EscalateClaim`).
    public var choiceStarts: [Int] {
        get { rare?.parts.choiceStarts ?? [] }
        set { rare = RareParts(choiceStarts: newValue, schedule: schedule) }
    }
    /// `every …` or `after … from …` in place of `when …`: the policy reacts to time (``triggers`` is empty).
    public var schedule: ScheduleSyntax? {
        get { rare?.parts.schedule }
        set { rare = RareParts(choiceStarts: choiceStarts, schedule: newValue) }
    }

    public init(info: DeclarationInfo, name: Name, triggers: [QualifiedName], commands: [QualifiedName], choiceStarts: [Int] = [],
                schedule: ScheduleSyntax? = nil) {
        self.info = info
        self.name = name
        self.triggers = triggers
        self.commands = commands
        rare = RareParts(choiceStarts: choiceStarts, schedule: schedule)
    }

    /// The rare parts in one box; nil when there are none, so that equal policies have equal boxes.
    private indirect enum RareParts: Sendable, Hashable {
        case boxed(choiceStarts: [Int], schedule: ScheduleSyntax?)

        init?(choiceStarts: [Int], schedule: ScheduleSyntax?) {
            if choiceStarts.isEmpty && schedule == nil { return nil }
            self = .boxed(choiceStarts: choiceStarts, schedule: schedule)
        }

        var parts: (choiceStarts: [Int], schedule: ScheduleSyntax?) {
            switch self { case let .boxed(choiceStarts, schedule): (choiceStarts, schedule) }
        }
    }
}

extension PolicySyntax: CustomReflectable {
    /// The policy as it is written, not as it is stored: a mirror shows two equal policies alike.
    public var customMirror: Mirror {
        Mirror(self, children: ["info": info, "name": name, "triggers": triggers, "commands": commands,
                                "choiceStarts": choiceStarts, "schedule": schedule as Any],
               displayStyle: .struct)
    }
}

/// `read model Name from Event, … { fields }`
public struct ReadModelSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var sources: [QualifiedName]
    public var fields: [FieldSyntax]?
    public var closingComments: [String]
    /// `query …` lines of its block, after its fields.
    public var queries: [QuerySyntax]
    public init(info: DeclarationInfo, name: Name, sources: [QualifiedName], fields: [FieldSyntax]?, closingComments: [String] = [],
                queries: [QuerySyntax] = []) {
        self.info = info
        self.name = name
        self.sources = sources
        self.fields = fields
        self.closingComments = closingComments
        self.queries = queries
    }
}
