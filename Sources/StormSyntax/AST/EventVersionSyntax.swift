import StormSource

/// The minor and patch numbers of an event's semantic version (`v2.1`, `v2.1.0`), written after its major.
public struct VersionRevisionSyntax: Sendable, Hashable {
    public var minor: Int
    /// nil when the version is written `v2.1`.
    public var patch: Int?
    /// The whole version, from the `v`.
    public var range: SourceRange
    public init(minor: Int, patch: Int?, range: SourceRange) {
        self.minor = minor
        self.patch = patch
        self.range = range
    }

    /// `.1` or `.1.0`, as written after the major number.
    public var written: String { ".\(minor)" + (patch.map { ".\($0)" } ?? "") }
}

/// `was v1 { fields }` after an event: a previous major version, kept while consumers migrate.
public struct PreviousVersionSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    public var version: IntegerLiteral
    public var fields: [FieldSyntax]
    public var closingComments: [String]
    public init(info: DeclarationInfo, version: IntegerLiteral, fields: [FieldSyntax], closingComments: [String] = []) {
        self.info = info
        self.version = version
        self.fields = fields
        self.closingComments = closingComments
    }
}
