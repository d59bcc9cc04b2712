import StormSource

/// A failure outcome (`fails with CoverageExceeded { limit: Decimal }`): a named rejection a command can
/// end in without changing state or emitting an event.
public struct Failure: Sendable, Hashable {
    public var name: String
    /// The facts the rejection carries; empty when it has none.
    public var fields: [Field]
    public var range: SourceRange
    public init(name: String, fields: [Field], range: SourceRange) {
        self.name = name
        self.fields = fields
        self.range = range
    }
}
