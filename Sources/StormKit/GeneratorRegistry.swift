import StormGenerators
import StormModel

/// One output format of `stormc generate`.
public struct GeneratorDescriptor: Sendable {
    /// The word that selects it (`jsonschema`).
    public var name: String
    /// The folder it writes to under `Generated/<Model>/` (`JSONSchema`); empty for files at the model's root.
    public var folder: String
    /// One line for `stormc generate --help`.
    public var summary: String
    /// Produces the files, relative to the format's folder.
    public var generate: @Sendable (Model, GeneratorOptions) throws(GeneratorError) -> [GeneratedFile]

    public init(name: String, folder: String, summary: String,
                generate: @escaping @Sendable (Model, GeneratorOptions) throws(GeneratorError) -> [GeneratedFile]) {
        self.name = name
        self.folder = folder
        self.summary = summary
        self.generate = generate
    }
}

/// Every format `stormc generate all` produces, in the order they run.
public enum GeneratorRegistry {
    public static let all: [GeneratorDescriptor] = [
        GeneratorDescriptor(name: "jsonschema", folder: "JSONSchema", summary: "JSON Schema 2020-12, one per event and per command",
                            generate: JSONSchemaGenerator.generate),
        GeneratorDescriptor(name: "asyncapi", folder: "AsyncAPI", summary: "AsyncAPI 3.0.0, one document per bounded context",
                            generate: AsyncAPIGenerator.generate),
        GeneratorDescriptor(name: "avro", folder: "Avro", summary: "Avro schemas (.avsc), one per event",
                            generate: AvroGenerator.generate),
        GeneratorDescriptor(name: "odcs", folder: "ODCS", summary: "ODCS 3.1 data contracts, one per data product output port",
                            generate: ODCSGenerator.generate),
        GeneratorDescriptor(name: "diagrams", folder: "Diagrams", summary: "Context maps and event flows as Graphviz DOT and Mermaid",
                            generate: DiagramGenerator.generate),
        GeneratorDescriptor(name: "review", folder: "", summary: "The review document: context map, contexts, flows, hotspots, lint findings") { model, options in
            [GeneratedFile(path: ReviewDocument.fileName, contents: ReviewDocument.render(model, options: options))]
        },
        GeneratorDescriptor(name: "swift", folder: "Swift", summary: "Swift types and protocols, one file per bounded context",
                            generate: SwiftGenerator.generate),
        GeneratorDescriptor(name: "interface", folder: "", summary: "The published interface: data products' output ports and their events (JSON)",
                            generate: InterfaceGenerator.generate),
        GeneratorDescriptor(name: "odps", folder: "ODPS", summary: "ODPS 1.0.0 data product descriptors, one per data product, linking their ODCS contracts",
                            generate: ODPSGenerator.generate),
        GeneratorDescriptor(name: "kafka", folder: "Kafka", summary: "With platforms in storm.json: Strimzi KafkaTopics, schema-registry subjects and mirrors per cluster",
                            generate: KafkaTopicGenerator.generate),
    ]

    /// Formats that `all` leaves out: they write a project of their own rather than files under `Generated/`.
    public static let scaffolds: [GeneratorDescriptor] = [
        GeneratorDescriptor(name: "package", folder: "Package", summary: "A SwiftPM package scaffold: a target per bounded context, starters written once",
                            generate: PackageGenerator.generate),
    ]

    /// The format called `name`.
    public static func named(_ name: String) -> GeneratorDescriptor? { (all + scaffolds).first { $0.name == name } }

    /// Runs `generators` on `model`; each format's files are placed under its folder. Fails before
    /// anything is written if any generator fails.
    public static func run(_ generators: [GeneratorDescriptor], on model: Model, options: GeneratorOptions,
                           inFolders: Bool) throws(GeneratorError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        for generator in generators {
            for var file in try generator.generate(model, options) {
                // Only the path moves: whether a file is a starter the team owns travels with it.
                if inFolders && !generator.folder.isEmpty { file.path = generator.folder + "/" + file.path }
                files.append(file)
            }
        }
        return files
    }
}
