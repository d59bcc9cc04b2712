import StormSource

/// How serious a diagnostic is. Errors make a command fail; the others never do.
public enum Severity: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
    case error, warning, note, remark

    private var rank: Int {
        switch self {
        case .error: 3
        case .warning: 2
        case .note: 1
        case .remark: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A stable, kebab-case name for a kind of diagnostic (`unresolved-reference`), documented in
/// `Docs/Diagnostics.md` and usable in suppressions and configuration.
public struct DiagnosticID: RawRepresentable, Hashable, Sendable, Codable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: DiagnosticID, rhs: DiagnosticID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A secondary message attached to a diagnostic, usually pointing at another place
/// ("first declared here").
public struct DiagnosticNote: Sendable, Hashable {
    public var message: String
    public var range: SourceRange?
    public init(_ message: String, at range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}

/// One replacement of a range by new text.
public struct TextEdit: Sendable, Hashable {
    public var range: SourceRange
    public var replacement: String
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// A suggested fix, lowered to plain text edits so any tool can apply it.
public struct FixIt: Sendable, Hashable {
    /// What the fix does, shown as help ("did you mean `TripEnded`?").
    public var message: String
    public var edits: [TextEdit]
    public init(_ message: String, edits: [TextEdit] = []) {
        self.message = message
        self.edits = edits
    }
}

/// A message about the model, anchored at a range of its source.
public struct Diagnostic: Sendable, Hashable {
    public var severity: Severity
    public var id: DiagnosticID
    public var message: String
    /// The primary place; nil only for diagnostics about the model as a whole.
    public var range: SourceRange?
    /// Further ranges to underline in the primary line.
    public var highlights: [SourceRange]
    public var notes: [DiagnosticNote]
    public var fixIts: [FixIt]

    public init(_ severity: Severity, _ id: DiagnosticID, _ message: String, at range: SourceRange?,
                highlights: [SourceRange] = [], notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
        self.severity = severity
        self.id = id
        self.message = message
        self.range = range
        self.highlights = highlights
        self.notes = notes
        self.fixIts = fixIts
    }
}

/// The diagnostics of one run, in the order they were reported.
public struct DiagnosticList: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    /// Adds a diagnostic.
    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    /// Adds every diagnostic of another list.
    public mutating func append(contentsOf other: DiagnosticList) { all.append(contentsOf: other.all) }

    /// Adds an error.
    public mutating func error(_ id: DiagnosticID, _ message: String, at range: SourceRange?,
                               notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
        all.append(Diagnostic(.error, id, message, at: range, notes: notes, fixIts: fixIts))
    }

    /// Adds a warning.
    public mutating func warning(_ id: DiagnosticID, _ message: String, at range: SourceRange?,
                                 notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
        all.append(Diagnostic(.warning, id, message, at: range, notes: notes, fixIts: fixIts))
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// How many diagnostics have the given severity.
    public func count(of severity: Severity) -> Int { all.lazy.filter { $0.severity == severity }.count }

    /// The diagnostics sorted by file and position, then severity and message: a stable order for output.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            let l = a.element, r = b.element
            switch (l.range, r.range) {
            case let (x?, y?):
                if x.file != y.file { return x.file < y.file }
                if x.start != y.start { return x.start < y.start }
            case (nil, _?): return true
            case (_?, nil): return false
            case (nil, nil): break
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}
