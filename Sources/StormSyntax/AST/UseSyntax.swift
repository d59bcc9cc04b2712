import StormSource

/// `use Payments from "../payments/Payments.storm-interface.json"`: another domain's published
/// interface (or the folder of its model), whose events the model may consume as `Payments.Event`.
public struct UseSyntax: Sendable, Hashable {
    public var info: DeclarationInfo
    /// The name the model refers to the other domain by.
    public var name: Name
    /// The interface file or model folder, relative to the file that holds the declaration.
    public var path: StringLiteral
    /// The events the model depends on at the version it was written against
    /// (`{ Payments.PaymentSettled v2 }`): a newer interface that publishes another version breaks them.
    public var pins: [UsePin]
    public init(info: DeclarationInfo, name: Name, path: StringLiteral, pins: [UsePin] = []) {
        self.info = info
        self.name = name
        self.path = path
        self.pins = pins
    }
}

/// `Payments.PaymentSettled v2` in a `use` block: an event of the interface, pinned to a version.
public struct UsePin: Sendable, Hashable {
    public var event: QualifiedName
    public var version: IntegerLiteral
    public init(event: QualifiedName, version: IntegerLiteral) {
        self.event = event
        self.version = version
    }
}
