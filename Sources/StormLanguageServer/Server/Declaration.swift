import StormSource

/// What a declared name is, as the editor shows it.
enum DeclarationKind: String, Sendable, Hashable {
    case domain, subdomain, team, context, contextMap = "context map"
    case actor, externalSystem = "external system", identifier = "identifier type", valueObject = "value object"
    case entity, enumeration, aggregate, command, event, policy, readModel = "read model", dataProduct = "data product"

    /// The LSP `SymbolKind` number.
    var symbolKind: Int {
        switch self {
        case .domain: 3
        case .subdomain: 4
        case .team: 19
        case .context: 2
        case .contextMap: 3
        case .actor: 13
        case .externalSystem: 11
        case .identifier: 26
        case .valueObject: 23
        case .entity: 5
        case .enumeration: 10
        case .aggregate: 5
        case .command: 12
        case .event: 24
        case .policy: 6
        case .readModel: 11
        case .dataProduct: 4
        }
    }

    /// Whether a field's type may name it.
    var isType: Bool { [.identifier, .valueObject, .entity, .enumeration].contains(self) }

    /// Whether it lives in a context's namespace (else in the model's).
    var isContextMember: Bool { ![.domain, .subdomain, .team, .context, .contextMap].contains(self) }
}

/// One declared name of a model, with where it is written.
struct Declaration: Sendable, Hashable {
    var kind: DeclarationKind
    var name: String
    /// The context it belongs to; for a subdomain, its domain.
    var scope: String?
    /// The whole declaration.
    var range: SourceRange
    /// The name in the declaration.
    var nameRange: SourceRange
    var doc: String

    /// `Trips.TripEnded`, or the bare name outside contexts.
    var qualifiedName: String { scope.map { "\($0).\(name)" } ?? name }
}

/// One place where a declared name is written: the declaration itself or a reference to it.
struct Occurrence: Sendable, Hashable {
    var range: SourceRange
    /// Index in ``SymbolIndex/declarations``.
    var declaration: Int
    var isDeclaration: Bool
}
