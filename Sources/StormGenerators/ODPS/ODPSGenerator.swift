import StormModel
import StormSupport

/// Generates one Open Data Product Standard 1.0.0 descriptor per data product:
/// `<Context>/<Product>.odps.yaml`.
///
/// The descriptor's `id` is `<domain>.<context>.<Product>` (domain and context lowercased). Each output
/// port links its ODCS contract (`contractId`, the contract's `id`, see ``ODCSGenerator``) at the
/// contract's version. Each input port is listed once per contract it reads: the contract of the output
/// port that publishes the consumed events, or, for events no output port publishes, the events'
/// CloudEvents type. The product's version is the highest of its output ports'.
public enum ODPSGenerator {
    /// The ODPS version written to every descriptor.
    public static let apiVersion = "v1.0.0"

    /// One descriptor per data product, in context and product order; products of used interfaces have
    /// none (their domain publishes them).
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        let publishers = Publishers(model)
        let header = GeneratedHeader(model: model, options: options)
        var files: [GeneratedFile] = []
        for context in model.contexts where model.usedInterfaces[context.name] == nil {
            for product in context.dataProducts {
                let document = try descriptor(product, in: context, model: model, publishers: publishers)
                files.append(GeneratedFile(path: FileNames.component(context.name) + "/" + FileNames.component(product.name, suffix: ".odps.yaml"),
                                           contents: header.comment(prefix: "#", from: [product.range.file]) + document.rendered()))
            }
        }
        return files
    }

    /// The version of a port: the highest semantic version of its events (`2.1.0`).
    static func version(of events: [SymbolReference], in model: Model) -> String {
        Event.highestSemanticVersion(of: events.compactMap { model.event($0) })
    }

    static func descriptor(_ product: DataProduct, in context: BoundedContext, model: Model, publishers: Publishers) throws(GeneratorError) -> YAML {
        let team = product.owner ?? context.owner
        var inputs: [YAML] = []
        for port in product.inputPorts {
            // One entry per contract read, in the order the port names its events.
            var contracts: [String] = []
            var versions: [String: [SymbolReference]] = [:]
            for reference in port.events {
                guard let owner = model.context(named: reference.context), let event = model.event(reference) else {
                    throw GeneratorError("\(product.name).\(port.name): unresolved event \(reference)", at: port.range)
                }
                let contract = publishers.contract(of: reference) ?? Naming.cloudEventType(context: owner, event: event)
                if versions[contract] == nil { contracts.append(contract) }
                versions[contract, default: []].append(reference)
            }
            for contract in contracts {
                inputs.append(.ordered(["name": .string(port.name), "version": .string(version(of: versions[contract]!, in: model)),
                                        "contractId": .string(contract)]))
            }
        }
        let outputs: [YAML] = product.outputPorts.map { port in
            .ordered([
                "name": .string(port.name),
                "description": port.doc.isEmpty ? nil : .string(port.doc),
                "type": "topic",
                "version": .string(version(of: port.events, in: model)),
                "contractId": .string(ODCSGenerator.contractID(port, of: product, in: context)),
            ])
        }
        let versions = product.outputPorts.map { version(of: $0.events, in: model) }
        let deprecated = !product.outputPorts.isEmpty && product.outputPorts.allSatisfy { port in
            port.events.allSatisfy { model.event($0)?.deprecation != nil }
        }
        return .ordered([
            "apiVersion": .string(apiVersion),
            "kind": "DataProduct",
            "id": .string("\(context.domain.lowercased()).\(context.name.lowercased()).\(product.name)"),
            "name": .string(product.name),
            "version": .string(versions.max { Int($0.prefix { $0 != "." }) ?? 0 < Int($1.prefix { $0 != "." }) ?? 0 } ?? "1.0.0"),
            "status": deprecated ? "deprecated" : "active",
            "domain": .string(context.domain),
            "description": product.doc.isEmpty ? nil : .ordered(["purpose": .string(product.doc)]),
            "team": team.map { name in .ordered(["name": .string(name), "description": ODCSGenerator.nonEmpty(model.team(named: name)?.doc)]) },
            "support": team.flatMap { ODCSGenerator.support(team: $0, contact: model.team(named: $0)?.contact) },
            "inputPorts": inputs.isEmpty ? nil : .sequence(inputs),
            "outputPorts": outputs.isEmpty ? nil : .sequence(outputs),
            "customProperties": [
                .ordered(["property": "boundedContext", "value": .string(context.name)]),
            ],
        ])
    }

    /// For each event an output port publishes, the first such port's ODCS contract id; built once.
    struct Publishers {
        private var contracts: [SymbolReference: String] = [:]
        init(_ model: Model) {
            for context in model.contexts {
                for product in context.dataProducts {
                    for port in product.outputPorts {
                        for event in port.events where contracts[event] == nil {
                            contracts[event] = ODCSGenerator.contractID(port, of: product, in: context)
                        }
                    }
                }
            }
        }
        func contract(of event: SymbolReference) -> String? { contracts[event] }
    }
}
