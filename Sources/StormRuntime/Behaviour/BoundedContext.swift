/// A bounded context's namespace: generated code declares one enum per context that conforms, listing
/// what the context publishes and accepts.
public protocol BoundedContext {
    /// The context's name in the model (`Trips`).
    static var contextName: String { get }
    /// The business domain it belongs to (`MotorInsurance`).
    static var domainName: String { get }
    /// Every event type of the context, in declaration order.
    static var eventTypes: [any DomainEvent.Type] { get }
    /// Every command type of the context, in declaration order.
    static var commandTypes: [any DomainCommand.Type] { get }
}

/// Every bounded context of one model; generated code declares one per model (`ModelCatalog`).
///
/// Useful wherever any event of the model may arrive: a schema registry, an archive, a test that
/// round-trips every event.
public protocol ModelCatalog {
    /// The model's name (`MotorInsurance`).
    static var modelName: String { get }
    /// The contexts, in model order.
    static var contexts: [any BoundedContext.Type] { get }
}

extension ModelCatalog {
    /// Every event type of the model.
    public static var eventTypes: [any DomainEvent.Type] { contexts.flatMap { $0.eventTypes } }

    /// The event type whose CloudEvents `type` is `type`, if the model has one.
    public static func eventType(named type: String) -> (any DomainEvent.Type)? {
        eventTypes.first { $0.eventType == type }
    }
}
