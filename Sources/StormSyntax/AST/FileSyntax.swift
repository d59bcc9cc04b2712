import StormSource

/// One parsed `.storm` file.
public struct FileSyntax: Sendable, Hashable {
    public var file: FileID
    public var declarations: [DeclarationSyntax]
    /// Comments after the last declaration.
    public var trailingComments: [String]
    /// The names of declarations that began but could not be parsed: a syntax error was reported, and
    /// the checker does not report references to these names again.
    public var unfinished: [Name]
    public init(file: FileID, declarations: [DeclarationSyntax], trailingComments: [String] = [], unfinished: [Name] = []) {
        self.file = file
        self.declarations = declarations
        self.trailingComments = trailingComments
        self.unfinished = unfinished
    }
}

/// A top-level declaration.
public enum DeclarationSyntax: Sendable, Hashable {
    case domain(DomainSyntax)
    case team(TeamSyntax)
    case context(ContextSyntax)
    case contextMap(ContextMapSyntax)
    /// `use Name from "path"`: another domain's published interface.
    case use(UseSyntax)

    /// The declaration's doc, comments and range.
    public var info: DeclarationInfo {
        switch self {
        case .domain(let d): d.info
        case .team(let t): t.info
        case .context(let c): c.info
        case .contextMap(let m): m.info
        case .use(let u): u.info
        }
    }
}

/// `domain Name "description" { subdomain … }`
public struct DomainSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var description: StringLiteral?
    public var subdomains: [SubdomainSyntax]
    /// Comments before the closing brace.
    public var closingComments: [String]
    public init(info: DeclarationInfo, name: Name, description: StringLiteral?, subdomains: [SubdomainSyntax], closingComments: [String] = []) {
        self.info = info
        self.name = name
        self.description = description
        self.subdomains = subdomains
        self.closingComments = closingComments
    }
}

/// `subdomain Name: core|supporting|generic "description"`
public struct SubdomainSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    /// The kind as written (`core`, `supporting`, `generic`); the checker validates it. Nil when not
    /// written: the subdomain is unclassified.
    public var kind: Name?
    public var description: StringLiteral?
    public init(info: DeclarationInfo, name: Name, kind: Name?, description: StringLiteral?) {
        self.info = info
        self.name = name
        self.kind = kind
        self.description = description
    }
}

/// `team Name { contact "…" }`
public struct TeamSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    public var contact: StringLiteral?
    public var closingComments: [String]
    public init(info: DeclarationInfo, name: Name, contact: StringLiteral?, closingComments: [String] = []) {
        self.info = info
        self.name = name
        self.contact = contact
        self.closingComments = closingComments
    }
}

/// `context Name implements Subdomain { … }`
public struct ContextSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var name: Name
    /// The subdomain implemented, possibly qualified by its domain (`MotorInsurance.TripRecording`).
    public var implements: QualifiedName?
    public var members: [ContextMemberSyntax]
    public var closingComments: [String]
    /// Whether the block is `extend context Name { … }`: more members of a context declared elsewhere.
    public var isExtension: Bool
    /// Whether the block is `external context Name { … }`: a system the organisation does not own.
    public var isExternal: Bool
    public init(info: DeclarationInfo, name: Name, implements: QualifiedName?, members: [ContextMemberSyntax], closingComments: [String] = [],
                isExtension: Bool = false, isExternal: Bool = false) {
        self.info = info
        self.name = name
        self.implements = implements
        self.members = members
        self.closingComments = closingComments
        self.isExtension = isExtension
        self.isExternal = isExternal
    }
}
