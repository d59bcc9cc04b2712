import StormModel
import StormSource

/// A name declared inside a declaration: a field of an event, command, aggregate, entity, value object or
/// read model (or of a kept previous major, a failure or a query), or a case of an enumeration.
struct Member: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable {
        case field
        case enumCase = "case"
    }

    /// What inside its owner declares a field, when not the owner itself.
    enum Part: Sendable, Hashable {
        /// A kept previous major of an event: `was v1 { … }`.
        case previousMajor(Int)
        /// A failure of a command: `fails with PolicyNotFound { … }`.
        case failure(String)
        /// The parameters of a read model's query.
        case query(String)
    }

    /// What identifies a member: no two members of a model share one.
    struct Key: Sendable, Hashable {
        var owner: Int
        var part: Part?
        var kind: Kind
        var name: String
    }

    var kind: Kind
    var name: String
    /// Index in ``SymbolIndex/declarations`` of the declaration that holds it.
    var owner: Int
    var part: Part?
    /// The name where it is declared.
    var nameRange: SourceRange
    var doc: String
    /// A field's type; nil for a case.
    var type: TypeReference?

    var key: Key { Key(owner: owner, part: part, kind: kind, name: name) }

    /// The holder of the member, as a message names it: "event `Trips.TripEnded`", "failure `Lost` of
    /// command `Claims.File`".
    func ownerTitle(_ declarations: [Declaration]) -> String {
        let owner = declarations[owner]
        let title = "\(owner.kind.rawValue) `\(owner.qualifiedName)`"
        switch part {
        case nil: return title
        case .previousMajor(let major): return "\(title) v\(major)"
        case .failure(let name): return "failure `\(name)` of \(title)"
        case .query(let name): return "query `\(name)` of \(title)"
        }
    }
}

/// One place where a member's name is written: its declaration or a reference to it.
struct MemberOccurrence: Sendable, Hashable {
    var range: SourceRange
    /// Index in ``MemberIndex/members``.
    var member: Int
    var isDeclaration: Bool
}
