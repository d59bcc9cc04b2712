import StormSource

/// A business domain and its subdomains.
public struct Domain: Sendable, Hashable {
    public var name: String
    /// The `///` doc comment, lines joined by newlines; empty when there is none.
    public var doc: String
    public var description: String?
    public var subdomains: [Subdomain]
    public var range: SourceRange
    public init(name: String, doc: String, description: String?, subdomains: [Subdomain], range: SourceRange) {
        self.name = name
        self.doc = doc
        self.description = description
        self.subdomains = subdomains
        self.range = range
    }
}

/// How a subdomain matters to the business.
public enum SubdomainKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// What sets the business apart: built in house, by the best people.
    case core
    /// Needed and specific, but not a differentiator.
    case supporting
    /// Solved problems: buy or use off the shelf.
    case generic
    /// Not classified by the model's source: `subdomain Name` without a kind.
    case unclassified
}

/// A part of a domain, implemented by bounded contexts.
public struct Subdomain: Sendable, Hashable {
    public var name: String
    public var doc: String
    public var kind: SubdomainKind
    public var description: String?
    /// The domain it belongs to.
    public var domain: String
    public var range: SourceRange
    public init(name: String, doc: String, kind: SubdomainKind, description: String?, domain: String, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.kind = kind
        self.description = description
        self.domain = domain
        self.range = range
    }
}

/// A team that owns bounded contexts and data products.
public struct Team: Sendable, Hashable {
    public var name: String
    public var doc: String
    public var contact: String?
    public var range: SourceRange
    public init(name: String, doc: String, contact: String?, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.contact = contact
        self.range = range
    }
}
