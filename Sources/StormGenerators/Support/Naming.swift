import StormModel

/// Names derived from the model that several generators must agree on.
public enum Naming {
    /// The CloudEvents `type` of an event, also used as its channel address and schema name:
    /// `<domain>.<context>.<Event>.v<version>`, domain and context lowercased
    /// (`motorinsurance.trips.TripEnded.v2`).
    public static func cloudEventType(context: BoundedContext, event: Event) -> String {
        cloudEventType(prefix: cloudEventTypePrefix(of: context), event: event)
    }

    /// The same, for an event of the context whose ``cloudEventTypePrefix(of:)`` is `prefix`: a generator
    /// asking for thousands of one context's events makes the prefix once.
    static func cloudEventType(prefix: String, event: Event) -> String {
        String(joining: prefix, event.name, ".v", String(event.version))
    }

    /// What the CloudEvents `type`s of a context's events start with: `<domain>.<context>.`, lowercased
    /// (`motorinsurance.trips.`); computed once for a context of thousands of events.
    public static func cloudEventTypePrefix(of context: BoundedContext) -> String {
        "\(context.domain.lowercased()).\(context.name.lowercased())."
    }
}
