import StormSource

/// An identifier as written, with its place in the source.
public struct Name: Sendable, Hashable {
    public var text: String
    public var range: SourceRange
    public init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A dotted reference such as `TripEnded` or `Trips.TripEnded`.
public struct QualifiedName: Sendable, Hashable {
    /// A simple name, nearly every one, inline; a dotted one as its parts (two or more). So a name, and a
    /// type that names one, take four words, not five: a file's syntax is kept whole until resolution has
    /// declared every name in it, and each of its fields holds a type.
    private enum Parts: Sendable, Hashable {
        case simple(Name)
        case dotted([Name])
    }
    private let storage: Parts
    /// Creates a name from its parts, at least one.
    public init(_ parts: [Name]) {
        storage = parts.count == 1 ? .simple(parts[0]) : .dotted(parts)
    }
    /// Creates a simple name, allocating nothing.
    init(_ name: Name) {
        storage = .simple(name)
    }
    /// The parts, at least one.
    public var parts: [Name] {
        switch storage {
        case .simple(let name): [name]
        case .dotted(let parts): parts
        }
    }
    /// The last part: the name of the thing referred to.
    public var last: Name {
        switch storage {
        case .simple(let name): name
        case .dotted(let parts): parts[parts.count - 1]
        }
    }
    /// Whether the name has a single part.
    public var isSimple: Bool {
        if case .simple = storage { return true }
        return false
    }
    /// The parts joined with dots.
    public var text: String {
        switch storage {
        case .simple(let name): name.text
        case .dotted(let parts): parts.map(\.text).joined(separator: ".")
        }
    }
    /// From the start of the first part to the end of the last.
    public var range: SourceRange {
        switch storage {
        case .simple(let name): name.range
        case .dotted(let parts): parts[0].range.extended(to: parts[parts.count - 1].range)
        }
    }
}

/// A string literal: its decoded value and its place (quotes included).
public struct StringLiteral: Sendable, Hashable {
    public var value: String
    public var range: SourceRange
    public init(_ value: String, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// Comments around a declaration that are not doc comments, kept so that `stormc fmt` preserves them.
public struct Comments: Sendable, Hashable {
    /// Whole-line `//` comments before the declaration (after its doc comment, if any), text without `//`.
    public var leading: [String]
    /// A `//` comment at the end of the declaration's last line, text without `//`.
    public var trailing: String?
    public init(leading: [String] = [], trailing: String? = nil) {
        self.leading = leading
        self.trailing = trailing
    }
}

/// What every declaration carries besides its own content.
public struct DeclarationInfo: Sendable, Hashable {
    /// Doc, comments and annotations, boxed and shared: most declarations (most fields) have none, and
    /// then the box is absent, so a declaration stays small and copying it retains at most one object.
    private final class Trivia: Sendable {
        let doc: [String]
        let comments: Comments
        let annotations: [Annotation]

        init(doc: [String], comments: Comments, annotations: [Annotation]) {
            self.doc = doc
            self.comments = comments
            self.annotations = annotations
        }

        /// A box for the given parts, or nil when all are empty.
        static func make(doc: [String], comments: Comments, annotations: [Annotation]) -> Trivia? {
            if doc.isEmpty, comments.leading.isEmpty, comments.trailing == nil, annotations.isEmpty { return nil }
            return Trivia(doc: doc, comments: comments, annotations: annotations)
        }
    }

    private var trivia: Trivia?

    /// The `///` doc comment lines, each without the slashes and one leading space.
    public var doc: [String] {
        get { trivia?.doc ?? [] }
        set { trivia = Trivia.make(doc: newValue, comments: comments, annotations: annotations) }
    }
    public var comments: Comments {
        get { trivia?.comments ?? Comments() }
        set { trivia = Trivia.make(doc: doc, comments: newValue, annotations: annotations) }
    }
    /// Annotations: written before a declaration (`@deprecated("…") event …`) or after a field.
    public var annotations: [Annotation] {
        get { trivia?.annotations ?? [] }
        set { trivia = Trivia.make(doc: doc, comments: comments, annotations: newValue) }
    }
    /// From the declaration's first token to its last.
    public var range: SourceRange
    public init(doc: [String] = [], comments: Comments = Comments(), annotations: [Annotation] = [], range: SourceRange) {
        trivia = Trivia.make(doc: doc, comments: comments, annotations: annotations)
        self.range = range
    }
    /// A bare declaration: its range and nothing else (no doc, comment or annotation).
    public init(range: SourceRange) {
        trivia = nil
        self.range = range
    }

    /// Whether the declaration has no doc comment, no other comment and no annotation.
    public var isBare: Bool { trivia == nil }

    public static func == (lhs: DeclarationInfo, rhs: DeclarationInfo) -> Bool {
        lhs.range == rhs.range && (lhs.trivia === rhs.trivia
            || (lhs.doc == rhs.doc && lhs.comments == rhs.comments && lhs.annotations == rhs.annotations))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(doc)
        hasher.combine(comments)
        hasher.combine(annotations)
        hasher.combine(range)
    }
}

/// `@name` or `@name("argument")` after a field or before a declaration.
public struct Annotation: Sendable, Hashable {
    public var name: Name
    public var argument: StringLiteral?
    public var range: SourceRange
    public init(name: Name, argument: StringLiteral?, range: SourceRange) {
        self.name = name
        self.argument = argument
        self.range = range
    }
}

/// A whole number as written, with its place (an event version, a freshness amount).
public struct IntegerLiteral: Sendable, Hashable {
    public var value: Int
    public var range: SourceRange
    public init(_ value: Int, range: SourceRange) {
        self.value = value
        self.range = range
    }
}
