import Foundation
import StormGenerators
import StormKit
import StormModel

/// One domain of a mesh: a model folder (everything known: products, inputs, uses) or a published
/// interface file (what it publishes only).
public struct MeshDomain: Sendable {
    /// The interface's name: the domain's model.
    public var name: String
    /// The path as given on the command line.
    public var path: String
    /// The path standardized, to match `use` paths against.
    public var standardizedPath: String
    /// Every event the domain publishes, in interface order.
    public var published: [PublishedEvent]
    /// The data products: their output ports from the interface, their input ports from the model.
    public var products: [MeshProduct]
    /// The other domains the model uses.
    public var uses: [MeshUse]
    /// The model, when the domain was given as a model folder.
    public var model: Model?

    /// An event an output port publishes.
    public struct PublishedEvent: Sendable, Hashable {
        public var context: String
        public var name: String
        public var version: Int
        public var cloudEventType: String
    }
}

/// A data product and where its ports read from and write to.
public struct MeshProduct: Sendable, Hashable {
    public var name: String
    public var context: String
    public var owner: String?
    /// Output ports: name and the events (`Context.Event`) they publish.
    public var outputs: [(port: String, events: [String])]
    /// Input ports: name and the events (`Context.Event`, the context may be a used domain) they consume.
    public var inputs: [(port: String, events: [String])]

    public static func == (a: MeshProduct, b: MeshProduct) -> Bool { a.context == b.context && a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(context); hasher.combine(name) }
}

/// A `use Name from "path"` of a model, with the events of the other domain it knows.
public struct MeshUse: Sendable, Hashable {
    /// The name the model uses the other domain by.
    public var name: String
    /// The path as written in the `use`.
    public var origin: String
    /// The path from the current folder, standardized.
    public var standardizedPath: String
    /// The name of the interface found there, when it could be read.
    public var interfaceName: String?
    /// The events of the interface as the model saw it: name and version.
    public var events: [(name: String, version: Int)]

    public static func == (a: MeshUse, b: MeshUse) -> Bool { a.name == b.name && a.standardizedPath == b.standardizedPath }
    public func hash(into hasher: inout Hasher) { hasher.combine(name); hasher.combine(standardizedPath) }
}

/// A problem reading a domain: exit status 2 for paths, 1 for a model with errors.
public struct MeshLoadError: Error, Sendable {
    public var message: String
    /// The model, with its diagnostics, when the problem is a model with errors.
    public var loaded: LoadedModel?
}

extension MeshDomain {
    /// The domain at `path`: a model folder, or a `.storm-interface.json` file.
    public static func load(_ path: String) throws(MeshLoadError) -> MeshDomain {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MeshLoadError(message: "no such file or folder: \(path)")
        }
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        if !isDirectory.boolValue {
            guard let data = FileManager.default.contents(atPath: path),
                  let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  document["stormInterface"] as? String == InterfaceGenerator.formatVersion else {
                throw MeshLoadError(message: "\(path) is not a Storm interface of version \(InterfaceGenerator.formatVersion) (write one with `stormc publish`)")
            }
            return MeshDomain(interface: document, path: path, standardizedPath: standardized, model: nil)
        }
        let loaded: LoadedModel
        do throws(LoadError) {
            loaded = try ModelLoader.load(paths: [path])
        } catch {
            throw MeshLoadError(message: error.message)
        }
        guard !loaded.hasErrors else { throw MeshLoadError(message: "the model at \(path) has errors", loaded: loaded) }
        let document: [String: Any]
        do throws(GeneratorError) {
            let text = try InterfaceGenerator.document(loaded.model, options: GeneratorOptions()).rendered()
            document = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
        } catch {
            throw MeshLoadError(message: error.message)
        }
        var domain = MeshDomain(interface: document, path: path, standardizedPath: standardized, model: loaded.model)
        domain.addInputsAndUses(of: loaded.model)
        return domain
    }

    /// The domain as its interface describes it.
    init(interface: [String: Any], path: String, standardizedPath: String, model: Model?) {
        name = interface["name"] as? String ?? path
        self.path = path
        self.standardizedPath = standardizedPath
        self.model = model
        uses = []
        published = (interface["events"] as? [[String: Any]] ?? []).map { event in
            PublishedEvent(context: event["context"] as? String ?? "", name: event["name"] as? String ?? "",
                           version: event["version"] as? Int ?? 1, cloudEventType: event["cloudEventType"] as? String ?? "")
        }
        products = (interface["dataProducts"] as? [[String: Any]] ?? []).map { product in
            MeshProduct(name: product["name"] as? String ?? "", context: product["context"] as? String ?? "", owner: product["owner"] as? String,
                        outputs: (product["outputPorts"] as? [[String: Any]] ?? []).map { port in
                            (port["name"] as? String ?? "", port["events"] as? [String] ?? [])
                        }, inputs: [])
        }
    }

    /// Adds what only the model knows: input ports (and products with only inputs) and the `use`s.
    mutating func addInputsAndUses(of model: Model) {
        var index: [String: Int] = [:]
        for (i, product) in products.enumerated() { index[product.context + "." + product.name] = i }
        for context in model.contexts where model.usedInterfaces[context.name] == nil {
            for product in context.dataProducts where !product.inputPorts.isEmpty {
                let inputs = product.inputPorts.map { ($0.name, $0.events.map(\.description)) }
                if let i = index[context.name + "." + product.name] {
                    products[i].inputs = inputs
                } else {
                    products.append(MeshProduct(name: product.name, context: context.name, owner: product.owner, outputs: [], inputs: inputs))
                }
            }
        }
        for context in model.contexts {
            guard let origin = model.usedInterfaces[context.name] else { continue }
            // The use's path is relative to the file that holds it, the folder of the context made from it.
            let folder = (model.sources[context.range.file].path as NSString).deletingLastPathComponent
            let target = (folder as NSString).appendingPathComponent(origin)
            let standardized = URL(fileURLWithPath: target).standardizedFileURL.path
            var interfaceName: String?
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue,
               let data = FileManager.default.contents(atPath: target),
               let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                interfaceName = document["name"] as? String
            }
            uses.append(MeshUse(name: context.name, origin: origin, standardizedPath: standardized, interfaceName: interfaceName,
                                events: context.events.map { ($0.name, $0.version) }))
        }
    }
}
