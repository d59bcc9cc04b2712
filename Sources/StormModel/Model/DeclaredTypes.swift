import StormSource

/// A field of a value object, entity, aggregate, command, event or read model.
public struct Field: Sendable, Hashable {
    public var name: String
    public var type: TypeReference
    /// Marked `@identity`: the field identifies its entity or aggregate.
    public var isIdentity: Bool
    /// Marked `@pii`: personally identifiable information.
    public var isPII: Bool
    public var range: SourceRange
    /// What few fields have (a doc comment, a default, a deprecation, a kind of personal data), boxed in one
    /// word: fields are the model's most numerous values, and these inline made each twice as big.
    /// (Inlinable, with its getters: a generator reads them from fields in place, where a call would copy
    /// the field out of its array first.)
    @usableFromInline var rare: RareParts?

    /// The doc comment; empty when there is none.
    public var doc: String {
        @inlinable get { rare?.parts.doc ?? "" }
        set { rare = RareParts(doc: newValue, defaultValue: defaultValue, deprecation: deprecation, piiCategory: piiCategory) }
    }
    public var defaultValue: Value? {
        @inlinable get { rare?.parts.defaultValue }
        set { rare = RareParts(doc: doc, defaultValue: newValue, deprecation: deprecation, piiCategory: piiCategory) }
    }
    public var deprecation: Deprecation? {
        @inlinable get { rare?.parts.deprecation }
        set { rare = RareParts(doc: doc, defaultValue: defaultValue, deprecation: newValue, piiCategory: piiCategory) }
    }
    /// The kind of personal data, `@pii("contact")`; nil for a bare `@pii`.
    public var piiCategory: String? {
        @inlinable get { rare?.parts.piiCategory }
        set { rare = RareParts(doc: doc, defaultValue: defaultValue, deprecation: deprecation, piiCategory: newValue) }
    }

    public init(name: String, doc: String, type: TypeReference, defaultValue: Value? = nil, isIdentity: Bool = false,
                isPII: Bool = false, deprecation: Deprecation? = nil, range: SourceRange, piiCategory: String? = nil) {
        self.name = name
        self.type = type
        self.isIdentity = isIdentity
        self.isPII = isPII
        self.range = range
        rare = RareParts(doc: doc, defaultValue: defaultValue, deprecation: deprecation, piiCategory: piiCategory)
    }

    /// Whether a producer must always provide the field: not optional and without a default.
    @inlinable public var isRequired: Bool { !type.isOptional && defaultValue == nil }
}

/// A field's rare parts in one box; nil when it has none, so that equal fields have equal boxes.
@usableFromInline indirect enum RareParts: Sendable, Hashable {
    case boxed(doc: String, defaultValue: Value?, deprecation: Deprecation?, piiCategory: String?)

    init?(doc: String, defaultValue: Value?, deprecation: Deprecation?, piiCategory: String?) {
        if doc.isEmpty && defaultValue == nil && deprecation == nil && piiCategory == nil { return nil }
        self = .boxed(doc: doc, defaultValue: defaultValue, deprecation: deprecation, piiCategory: piiCategory)
    }

    @inlinable var parts: (doc: String, defaultValue: Value?, deprecation: Deprecation?, piiCategory: String?) {
        switch self { case let .boxed(doc, defaultValue, deprecation, piiCategory): (doc, defaultValue, deprecation, piiCategory) }
    }
}

/// A typed identifier (`id TripID`), backed by a UUID, a string or an integer.
public struct IdentifierType: Sendable, Hashable {
    public var name: String
    public var doc: String
    /// `.uuid`, `.string` or `.int`.
    public var rawType: PrimitiveType
    public var range: SourceRange
    public init(name: String, doc: String, rawType: PrimitiveType, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.rawType = rawType
        self.range = range
    }
}

/// A value object: defined by its attributes, immutable.
public struct ValueObject: Sendable, Hashable {
    public var name: String
    public var doc: String
    public var fields: [Field]
    /// The aggregate it was declared in, if any; it still lives in the context's namespace.
    public var aggregate: String?
    public var deprecation: Deprecation?
    public var range: SourceRange
    public init(name: String, doc: String, fields: [Field], aggregate: String?, deprecation: Deprecation?, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.fields = fields
        self.aggregate = aggregate
        self.deprecation = deprecation
        self.range = range
    }
}

/// An entity: has an identity that outlives changes to its attributes.
public struct Entity: Sendable, Hashable {
    public var name: String
    public var doc: String
    public var fields: [Field]
    public var aggregate: String?
    public var deprecation: Deprecation?
    public var range: SourceRange
    public init(name: String, doc: String, fields: [Field], aggregate: String?, deprecation: Deprecation?, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.fields = fields
        self.aggregate = aggregate
        self.deprecation = deprecation
        self.range = range
    }

    /// The field marked `@identity`, if any.
    public var identity: Field? { fields.first(where: \.isIdentity) }
}

/// An enumeration of named cases.
public struct Enumeration: Sendable, Hashable {
    public struct Case: Sendable, Hashable {
        public var name: String
        public var doc: String
        public var range: SourceRange
        public init(name: String, doc: String, range: SourceRange) {
            self.name = name
            self.doc = doc
            self.range = range
        }
    }
    public var name: String
    public var doc: String
    public var cases: [Case]
    public var deprecation: Deprecation?
    public var range: SourceRange
    public init(name: String, doc: String, cases: [Case], deprecation: Deprecation?, range: SourceRange) {
        self.name = name
        self.doc = doc
        self.cases = cases
        self.deprecation = deprecation
        self.range = range
    }
}
