/// One change inside a declaration: a field, a type, a default or an enumeration symbol.
public struct SchemaChange: Sendable, Hashable {
    /// The classes of change that `stormc diff` tells apart (Docs/Compatibility.md).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A field added, with or without a default (`detail` says which).
        case fieldAdded = "field-added"
        case fieldRemoved = "field-removed"
        /// `T` became `T?`: new readers read old data; old readers fail on `null`.
        case madeOptional = "made-optional"
        /// `T?` became `T`: old readers read new data; new readers fail on old `null`s.
        case madeRequired = "made-required"
        /// A type Avro promotes one way (`Int` to `Double`, `Date` to `Timestamp`).
        case typePromoted = "type-promoted"
        /// A type Avro reads both ways (`String` and `UUID`, `Int` and `Timestamp`): same data, new meaning.
        case typeReinterpreted = "type-reinterpreted"
        /// Any other type change.
        case typeChanged = "type-changed"
        /// The field's type is unchanged but the value object, entity or enumeration it names changed.
        case nestedTypeChanged = "nested-type-changed"
        case defaultAdded = "default-added"
        case defaultRemoved = "default-removed"
        case defaultChanged = "default-changed"
        /// An enumeration symbol added or removed; readers that lack one fall back to their default symbol.
        case symbolAdded = "symbol-added"
        case symbolRemoved = "symbol-removed"
        /// The enumeration's default symbol (its first case) changed.
        case defaultSymbolChanged = "default-symbol-changed"
    }

    public var kind: Kind
    /// The field or symbol changed.
    public var subject: String
    /// What changed, for people (`Int → Double`, `without a default`).
    public var detail: String
    public var compatibility: Compatibility

    public init(_ kind: Kind, _ subject: String, _ detail: String, _ compatibility: Compatibility) {
        self.kind = kind
        self.subject = subject
        self.detail = detail
        self.compatibility = compatibility
    }
}
