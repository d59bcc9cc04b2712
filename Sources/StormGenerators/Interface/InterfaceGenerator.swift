import StormModel
import StormSupport

/// Generates a model's published interface: what other domains may depend on, as one JSON document
/// `<Model>.storm-interface.json` whose shape is ``InterfaceSchema`` (documented in `Docs/Mesh.md`).
///
/// The interface holds the output ports of the data products, every event they publish with its
/// fields, types and version, the declared types those events use (and the types those use, in turn),
/// the teams that own the products, and their objectives. What no output port publishes stays private to
/// the domain. Arrays are in the model's order (files sorted by path), types sorted by qualified name.
public enum InterfaceGenerator {
    /// The version of the document's shape, written as `stormInterface`; bumped on any incompatible change.
    public static let formatVersion = "1.0"
    /// The suffix of interface files, so that a folder of them is recognised.
    public static let fileSuffix = ".storm-interface.json"

    /// The one file: the interface of `model`.
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        [GeneratedFile(path: fileName(of: model), contents: try document(model, options: options).rendered())]
    }

    /// `<Model>.storm-interface.json`, the model's name made a file name.
    public static func fileName(of model: Model) -> String {
        FileNames.component(model.name, suffix: fileSuffix)
    }

    /// The interface of `model` as JSON.
    public static func document(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> JSON {
        var published: [SymbolReference] = []
        var seen: Set<SymbolReference> = []
        var products: [JSON] = []
        var owners: Set<String> = []
        for context in model.contexts {
            for product in context.dataProducts where !product.outputPorts.isEmpty {
                for reference in product.outputPorts.flatMap(\.events) where seen.insert(reference).inserted {
                    published.append(reference)
                }
                if let owner = product.owner { owners.insert(owner) }
                products.append(dataProduct(product, in: context))
            }
        }
        var types = InterfaceTypes(model: model)
        var events: [JSON] = []
        for reference in published {
            guard let context = model.context(named: reference.context), let event = model.event(reference) else {
                throw GeneratorError("unresolved published event \(reference)")
            }
            let schema = JSONSchemaURIs.id(of: event, in: context, options: options)
            types.origin = (schema, context.name)
            var members: JSONObject = [
                "context": .string(context.name),
                "domain": .string(context.domain),
                "name": .string(event.name),
                "doc": .string(event.doc),
                "version": .integer(event.version),
                "deprecated": .bool(event.deprecation != nil),
                "cloudEventType": .string(Naming.cloudEventType(context: context, event: event)),
                "schema": .string(schema),
                "fields": types.fields(event.fields),
            ]
            if event.hasRevision { members["semanticVersion"] = .string(event.semanticVersion) }
            events.append(.object(members))
        }
        return .object([
            "$comment": .string(GeneratedHeader(model: model, options: options).line()),
            "stormInterface": .string(formatVersion),
            "name": .string(model.name),
            "domains": .array(model.domains.map { .object(["name": .string($0.name), "doc": .string($0.doc),
                                                           "description": $0.description.map(JSON.string) ?? .null]) }),
            "teams": .array(model.teams.filter { owners.contains($0.name) }.map { team in
                .object(["name": .string(team.name), "doc": .string(team.doc), "contact": team.contact.map(JSON.string) ?? .null])
            }),
            "dataProducts": .array(products),
            "events": .array(events),
            "types": types.declarations(),
        ])
    }

    static func dataProduct(_ product: DataProduct, in context: BoundedContext) -> JSON {
        .object([
            "name": .string(product.name),
            "context": .string(context.name),
            "domain": .string(context.domain),
            "doc": .string(product.doc),
            "owner": product.owner.map(JSON.string) ?? .null,
            "outputPorts": .array(product.outputPorts.map { port in
                .object([
                    "name": .string(port.name),
                    "doc": .string(port.doc),
                    "events": .array(port.events.map { .string($0.description) }),
                    "objectives": objectives(freshness: port.freshness ?? product.freshness, availability: port.availability ?? product.availability),
                ])
            }),
        ])
    }

    /// The service-level objectives of a port: absent ones are `null`.
    static func objectives(freshness: TimeSpan?, availability: Availability?) -> JSON {
        .object([
            "freshness": freshness.map { .string($0.iso8601) } ?? .null,
            "availability": availability.map { .number($0.percent) } ?? .null,
        ])
    }
}
