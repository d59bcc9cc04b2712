import StormSource

/// `use Payments from "../payments/Payments.storm-interface.json"`: another domain's published
/// interface (or the folder of its model), whose events the model may consume as `Payments.Event`.
public struct UseSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    /// The name the model refers to the other domain by.
    public var name: Name
    /// The interface file or model folder, relative to the file that holds the declaration.
    public var path: StringLiteral
    public init(info: DeclarationInfo, name: Name, path: StringLiteral) {
        self.info = info
        self.name = name
        self.path = path
    }
}
