import StormGenerators
import StormKit
import StormModel

/// The schema formats, run through the command line's registry (so a test also proves each is
/// registered under its name and folder).
enum SchemaFormat: String, CaseIterable, Sendable {
    case jsonSchema = "jsonschema", asyncAPI = "asyncapi", avro = "avro", odcs = "odcs", odps = "odps", kafka = "kafka"

    var descriptor: GeneratorDescriptor {
        guard let descriptor = GeneratorRegistry.named(rawValue) else { fatalError("\(rawValue) is not registered") }
        return descriptor
    }

    /// The folder under `Generated/<Model>/`.
    var folder: String { descriptor.folder }

    /// The format's files, with the repository's platforms unless told otherwise.
    func generate(_ model: Model, options: GeneratorOptions = RepositoryModels.options) throws -> [GeneratedFile] {
        try descriptor.generate(model, options)
    }
}
