import StormModel
import StormSupport

/// Generates one Open Data Contract Standard 3.1 contract per output port of every data product:
/// `<Context>/<Product>.<port>.odcs.yaml`.
///
/// The contract's `id` is `<domain>.<context>.<Product>.<port>` (domain and context lowercased); its
/// `version` is `<v>.0.0` where `v` is the highest version among the published events, so a breaking
/// change to an event shows as a new major version; its `status` is `deprecated` when every published
/// event is, `active` otherwise. Each published event is one schema object whose physical name is its
/// CloudEvents type (the channel address).
public enum ODCSGenerator {
    /// The ODCS version written to every contract.
    public static let apiVersion = "v3.1.0"

    /// One contract per output port, in context, product and port order.
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        let header = GeneratedHeader(model: model, options: options)
        for context in model.contexts {
            for product in context.dataProducts {
                for port in product.outputPorts {
                    let contract = try contract(for: port, of: product, in: context, model: model)
                    files.append(GeneratedFile(path: OutputPaths.contract(port, of: product, in: context),
                                               contents: header.comment(prefix: "#", from: [product.range.file]) + contract.rendered()))
                }
            }
        }
        return files
    }

    static func contract(for port: Port, of product: DataProduct, in context: BoundedContext, model: Model) throws(GeneratorError) -> YAML {
        var events: [(BoundedContext, Event)] = []
        for reference in port.events {
            guard let owner = model.context(named: reference.context), let event = model.event(reference) else {
                throw GeneratorError("\(product.name).\(port.name): unresolved event \(reference)", at: port.range)
            }
            events.append((owner, event))
        }
        var properties = ODCSProperties(model: model)
        var objects: [YAML] = []
        for (owner, event) in events {
            objects.append(.ordered([
                "name": .string(event.name),
                "physicalName": .string(Naming.cloudEventType(context: owner, event: event)),
                "physicalType": "topic",
                "description": SchemaText.description(doc: event.doc, deprecation: event.deprecation).map(YAML.string),
                "logicalType": "object",
                "properties": try properties.properties(of: event.fields),
            ]))
        }
        let team = product.owner ?? context.owner
        let deprecated = !events.isEmpty && events.allSatisfy { $0.1.deprecation != nil }
        return .ordered([
            "apiVersion": .string(apiVersion),
            "kind": "DataContract",
            "id": .string(contractID(port, of: product, in: context)),
            "name": .string("\(product.name).\(port.name)"),
            "version": .string(Event.highestSemanticVersion(of: events.map(\.1))),
            "status": deprecated ? "deprecated" : "active",
            "domain": .string(context.domain),
            "description": description(product: product, port: port),
            "team": team.map { name in .ordered(["name": .string(name), "description": nonEmpty(model.team(named: name)?.doc)]) },
            "support": team.flatMap { support(team: $0, contact: model.team(named: $0)?.contact) },
            "schema": .sequence(objects),
            "slaProperties": ODCSServiceLevels.properties(freshness: port.freshness ?? product.freshness,
                                                          availability: port.availability ?? product.availability),
            "customProperties": [
                .ordered(["property": "boundedContext", "value": .string(context.name)]),
                .ordered(["property": "dataProduct", "value": .string(product.name)]),
                .ordered(["property": "outputPort", "value": .string(port.name)]),
            ],
        ])
    }

    /// The contract's id: `<domain>.<context>.<Product>.<port>`, domain and context lowercased; ODPS
    /// descriptors link contracts by it.
    static func contractID(_ port: Port, of product: DataProduct, in context: BoundedContext) -> String {
        "\(context.domain.lowercased()).\(context.name.lowercased()).\(product.name).\(port.name)"
    }

    static func nonEmpty(_ text: String?) -> YAML? {
        text.flatMap { $0.isEmpty ? nil : .string($0) }
    }

    /// The product's doc as the purpose, the port's doc as the usage.
    private static func description(product: DataProduct, port: Port) -> YAML? {
        product.doc.isEmpty && port.doc.isEmpty ? nil : .ordered(["purpose": nonEmpty(product.doc), "usage": nonEmpty(port.doc)])
    }

    /// The owning team's contact as a support channel: e-mail addresses become `mailto:` URLs.
    static func support(team: String, contact: String?) -> YAML? {
        guard let contact, !contact.isEmpty else { return nil }
        let email = contact.contains("@") && !contact.contains("://") && !contact.contains(" ")
        let url = email ? "mailto:" + contact : contact.contains("://") ? contact : nil
        return [.ordered(["channel": .string(team), "tool": email ? "email" : "other", "url": url.map(YAML.string),
                          "description": url == nil ? .string(contact) : nil])]
    }
}
