import StormModel

/// An event's kept previous majors (`was v1 { … }`) in Swift: a struct per previous major
/// (`TripEndedV1`), a `DomainEvent` of that version's type, and the protocol that upcasts it to the
/// current major (`TripEndedV1Upcaster`), which the team implements in a type of its own.
struct UpcasterGenerator {
    let names: SwiftNames
    let records: RecordGenerator

    func write(_ event: Event, in context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        guard !event.previous.isEmpty else { return }
        let reference = context.reference(event.name)
        let current = names.type(reference)
        let contextName = out.keepStringLiteral(context.name), eventName = out.keepStringLiteral(event.name)
        for previous in event.previous {
            let typeName = current + "V\(previous.version)"
            let version = out.keep(String(previous.version))
            let eventType = out.keepStringLiteral(Naming.cloudEventTypePrefix(of: context), event.name, ".v", String(previous.version))
            out.line()
            out.line("/// Event `", out.keep(event.name), "` at its previous major, version ", version, ", kept while consumers migrate to v",
                     out.keep(String(event.version)), ".")
            var record = Record("event", reference, deprecation: nil, fields: previous.fields, conformance: "StormRuntime.DomainEvent")
            record.typeName = typeName
            try records.write(record, into: &out, staticMembers: { out in
                out.line("public static var eventName: String { ", eventName, " }")
                out.line("public static var contextName: String { ", contextName, " }")
                out.line("public static var schemaVersion: Int { ", version, " }")
                out.line("public static var eventType: String { ", eventType, " }")
            })
            out.line()
            out.line("/// Upcasts `", out.keep(event.name), "` v", version, " to v", out.keep(String(event.version)),
                     ": implement it in a type of your own.")
            out.open("public protocol ", out.keep(typeName), "Upcaster")
            out.line("func upcast(_ event: ", out.keep(typeName), ") -> ", out.keep(current))
            out.close()
        }
    }
}
