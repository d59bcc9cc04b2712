import StormModel

/// A data product as a namespace holding its `descriptor` (ports and objectives, as the runtime's
/// `DataProductDescriptor`) and, per port, the enum of the port's events (`ScoresEvent`) and its port
/// protocol (`ScoresOutputPort`).
struct DataProductGenerator {
    let names: SwiftNames

    func write(_ product: DataProduct, in context: BoundedContext, into out: inout SwiftWriter) throws(GeneratorError) {
        let qualified = names.qualified(context.reference(product.name))
        let owner = "data product `\(context.name).\(product.name)`"
        let ports = try portNames(product, owner: owner)
        out.doc(product.doc, fallback: "Data product `\(product.name)` of `\(context.name)`.")
        try out.block("public enum ", names.type(context.reference(product.name))) { out throws(GeneratorError) in
            out.doc("What `\(product.name)` promises: owner, ports and objectives.")
            out.line("public static let descriptor = StormRuntime.DataProductDescriptor(")
            out.indented { out in
                let id = "\(context.domain.lowercased()).\(context.name.lowercased()).\(product.name)"
                out.line("id: \(SwiftIdentifier.stringLiteral(id)),")
                out.line("name: \(SwiftIdentifier.stringLiteral(product.name)),")
                out.line("domain: \(SwiftIdentifier.stringLiteral(context.domain)),")
                out.line("context: \(SwiftIdentifier.stringLiteral(context.name)),")
                out.line("owner: \(product.owner.map(SwiftIdentifier.stringLiteral) ?? "nil"),")
                out.line("summary: \(SwiftIdentifier.stringLiteral(product.doc)),")
                out.line("inputPorts: [\(product.inputPorts.isEmpty ? "]," : "")")
                out.indented { out in for port in product.inputPorts { out.line(descriptor(port) + ",") } }
                if !product.inputPorts.isEmpty { out.line("],") }
                out.line("outputPorts: [\(product.outputPorts.isEmpty ? "]," : "")")
                out.indented { out in for port in product.outputPorts { out.line(descriptor(port) + ",") } }
                if !product.outputPorts.isEmpty { out.line("],") }
                out.line("objectives: \(objectives(product.freshness, product.availability))")
            }
            out.line(")")
            let directed = product.inputPorts.map { ($0, "InputPort", "consumes") } + product.outputPorts.map { ($0, "OutputPort", "publishes") }
            for ((port, kind, verb), name) in zip(directed, ports) {
                let events = port.events.map(\.description).joined(separator: ", ")
                out.line()
                try EventSetGenerator(names: names).writeEvents(port.events, named: name + "Event", doc: "The events port `\(port.name)` \(verb): \(events).",
                                                                owner: "port `\(port.name)` of \(owner)", range: port.range, into: &out)
                out.line()
                out.doc(port.doc, fallback: kind == "InputPort"
                        ? "Receives the events port `\(port.name)` consumes. Implement it in a type of your own."
                        : "Publishes the events port `\(port.name)` serves. Implement it in an adapter (a broker client, a test spy).")
                out.line("public protocol \(name)\(kind): StormRuntime.\(kind) where Event == \(qualified).\(name)Event {}")
            }
        }
    }

    /// Swift names of the ports, inputs first: upper camel case, unique, and no prefix of a generated
    /// type that is a context's name.
    func portNames(_ product: DataProduct, owner: String) throws(GeneratorError) -> [String] {
        var seen: [String: String] = [:]
        var result: [String] = []
        for port in product.inputPorts + product.outputPorts {
            let name = SwiftIdentifier.upperCamel(SwiftIdentifier.sanitized(port.name))
            if let other = seen[name] {
                throw GeneratorError("in \(owner), ports `\(other)` and `\(port.name)` both map to the Swift name `\(name)`", at: port.range,
                                     id: "swift-name-collision", help: "rename one of them")
            }
            if [name + "Event", name + "InputPort", name + "OutputPort"].contains(where: names.isContextNamespace) {
                throw GeneratorError("in \(owner), port `\(port.name)` has the Swift name of a context and would hide its namespace", at: port.range,
                                     id: "swift-name-hides-namespace", help: "rename the port")
            }
            seen[name] = port.name
            result.append(name)
        }
        return result
    }

    private func descriptor(_ port: Port) -> String {
        let types = port.events.compactMap { reference -> String? in
            guard let context = names.model.context(named: reference.context), let event = context.event(named: reference.name) else { return nil }
            return SwiftIdentifier.stringLiteral(Naming.cloudEventType(context: context, event: event))
        }
        return "StormRuntime.PortDescriptor(name: \(SwiftIdentifier.stringLiteral(port.name)), eventTypes: [\(types.joined(separator: ", "))], "
            + "objectives: \(objectives(port.freshness, port.availability)))"
    }

    private func objectives(_ freshness: TimeSpan?, _ availability: Availability?) -> String {
        var arguments: [String] = []
        if let freshness { arguments.append("freshness: .init(milliseconds: \(freshness.milliseconds))") }
        if let availability { arguments.append("availabilityPercent: \(availability.value)") }
        return ".init(\(arguments.joined(separator: ", ")))"
    }
}
