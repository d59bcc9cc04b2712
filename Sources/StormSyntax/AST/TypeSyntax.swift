import StormSource

/// A type as written: a (possibly qualified) name, a list `[T]`, a map `[K: V]`, or an optional `T?`.
public enum TypeSyntax: Sendable, Hashable {
    // Only the recursive cases are boxed: most fields name a type, and that case allocates nothing.
    case named(QualifiedName)
    indirect case list(TypeSyntax, range: SourceRange)
    indirect case map(key: TypeSyntax, value: TypeSyntax, range: SourceRange)
    indirect case optional(TypeSyntax, range: SourceRange)

    /// Where the type is written.
    public var range: SourceRange {
        switch self {
        case .named(let name): name.range
        case .list(_, let range), .map(_, _, let range), .optional(_, let range): range
        }
    }
    /// The type as Storm writes it: `Name`, `Context.Name`, `[T]`, `[K: V]`, `T?`.
    public var written: String {
        switch self {
        case .named(let name): name.text
        case .list(let element, _): "[" + element.written + "]"
        case .map(let key, let value, _): "[" + key.written + ": " + value.written + "]"
        case .optional(let wrapped, _): wrapped.written + "?"
        }
    }
}

/// A time unit in a duration literal (`5 minutes`).
public enum TimeUnit: String, Sendable, Hashable, CaseIterable {
    case milliseconds, seconds, minutes, hours, days

    /// The unit for a word, accepting singular and plural (`minute`, `minutes`).
    public init?(word: String) {
        let plural = word.hasSuffix("s") ? word : word + "s"
        self.init(rawValue: plural)
    }

    /// How many milliseconds one unit is.
    public var milliseconds: Int {
        switch self {
        case .milliseconds: 1
        case .seconds: 1000
        case .minutes: 60_000
        case .hours: 3_600_000
        case .days: 86_400_000
        }
    }
}

/// A literal value: a field default, or an objective.
public enum LiteralSyntax: Sendable, Hashable {
    case string(StringLiteral)
    /// An integer or decimal number, kept as written (`42`, `-1.5`).
    case number(String, range: SourceRange)
    case bool(Bool, range: SourceRange)
    case null(range: SourceRange)
    /// A bare name: an enumeration case.
    case name(Name)
    indirect case list([LiteralSyntax], range: SourceRange)
    /// `[:]`
    case emptyMap(range: SourceRange)
    /// `5 minutes`
    case duration(Int, TimeUnit, range: SourceRange)

    /// Where the literal is written.
    public var range: SourceRange {
        switch self {
        case .string(let literal): literal.range
        case .name(let name): name.range
        case .number(_, let range), .bool(_, let range), .null(let range), .list(_, let range),
             .emptyMap(let range), .duration(_, _, let range): range
        }
    }
}

/// `name: Type = default @annotation` inside a value, entity, aggregate, command, event or read model.
/// The annotations are in `info.annotations`.
///
/// Fields are the most numerous nodes of a large model, and its syntax tree is its largest structure
/// while it is resolved, so a field is stored in 72 bytes: a bare field (no doc, comment, annotation or
/// default, and starting at its name, as nearly all do) keeps only where it ends, and its declaration
/// info is made again when asked for; any other keeps its info and default in one box.
public struct FieldSyntax: Sendable, Hashable {
    /// The info and default of a field that is not bare.
    private final class Extras: Sendable {
        let info: DeclarationInfo
        let defaultValue: LiteralSyntax?

        init(info: DeclarationInfo, defaultValue: LiteralSyntax?) {
            self.info = info
            self.defaultValue = defaultValue
        }
    }

    private let extras: Extras?
    public let name: Name
    /// Where a bare field ends (its range starts at its name): stored in the padding after `name`.
    private let end: UInt32
    public let type: TypeSyntax

    /// Doc, comments, annotations, and the range from the field's first token to its last.
    public var info: DeclarationInfo {
        extras?.info ?? DeclarationInfo(range: SourceRange(file: name.range.file, start: name.range.start, end: Int(end)))
    }

    /// `= value`, if written.
    public var defaultValue: LiteralSyntax? { extras?.defaultValue }

    public init(info: DeclarationInfo, name: Name, type: TypeSyntax, defaultValue: LiteralSyntax?) {
        self.name = name
        self.type = type
        let range = info.range
        if info.isBare, defaultValue == nil, range.file == name.range.file, range.start == name.range.start {
            extras = nil
            end = UInt32(range.end)
        } else {
            extras = Extras(info: info, defaultValue: defaultValue)
            end = 0
        }
    }

    public static func == (lhs: FieldSyntax, rhs: FieldSyntax) -> Bool {
        lhs.name == rhs.name && lhs.type == rhs.type && lhs.info == rhs.info && lhs.defaultValue == rhs.defaultValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(type)
        hasher.combine(info)
        hasher.combine(defaultValue)
    }
}

extension FieldSyntax: CustomReflectable {
    /// The field as it is written (info, name, type, default), not as it is stored: a mirror shows two
    /// equal fields alike however each is kept.
    public var customMirror: Mirror {
        Mirror(self, children: ["info": info, "name": name, "type": type, "defaultValue": defaultValue as Any], displayStyle: .struct)
    }
}
