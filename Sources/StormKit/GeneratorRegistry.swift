import StormGenerators
import StormModel
import StormSupport

/// One output format of `stormc generate`.
public struct GeneratorDescriptor: Sendable {
    /// The word that selects it (`jsonschema`).
    public var name: String
    /// The folder it writes to under `Generated/<Model>/` (`JSONSchema`); empty for files at the model's root.
    public var folder: String
    /// One line for `stormc generate --help`.
    public var summary: String
    /// Produces the files, relative to the format's folder, handing them on a batch at a time, so that
    /// they can be written before the next batch is made.
    public var stream: @Sendable (Model, GeneratorOptions, ([GeneratedFile]) -> Void) throws(GeneratorError) -> Void

    /// A format whose files come a batch at a time.
    public init(name: String, folder: String, summary: String,
                stream: @escaping @Sendable (Model, GeneratorOptions, ([GeneratedFile]) -> Void) throws(GeneratorError) -> Void) {
        self.name = name
        self.folder = folder
        self.summary = summary
        self.stream = stream
    }

    /// A format whose files come all at once.
    public init(name: String, folder: String, summary: String,
                generate: @escaping @Sendable (Model, GeneratorOptions) throws(GeneratorError) -> [GeneratedFile]) {
        self.init(name: name, folder: folder, summary: summary) { model, options, emit throws(GeneratorError) in
            emit(try generate(model, options))
        }
    }

    /// Produces all the files, relative to the format's folder.
    public func generate(_ model: Model, _ options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        try GeneratedFile.collected { emit throws(GeneratorError) in try stream(model, options, emit) }
    }
}

/// Every format `stormc generate all` produces, in the order they run.
public enum GeneratorRegistry {
    public static let all: [GeneratorDescriptor] = [
        GeneratorDescriptor(name: "jsonschema", folder: "JSONSchema", summary: "JSON Schema 2020-12, one per event and per command",
                            stream: JSONSchemaGenerator.generate(_:options:emit:)),
        GeneratorDescriptor(name: "asyncapi", folder: "AsyncAPI", summary: "AsyncAPI 3.0.0, one document per bounded context",
                            stream: AsyncAPIGenerator.generate(_:options:emit:)),
        GeneratorDescriptor(name: "avro", folder: "Avro", summary: "Avro schemas (.avsc), one per event",
                            stream: AvroGenerator.generate(_:options:emit:)),
        GeneratorDescriptor(name: "odcs", folder: "ODCS", summary: "ODCS 3.1 data contracts, one per data product output port",
                            generate: ODCSGenerator.generate),
        GeneratorDescriptor(name: "diagrams", folder: "Diagrams", summary: "Context maps and event flows as Graphviz DOT and Mermaid",
                            stream: DiagramGenerator.generate(_:options:emit:)),
        GeneratorDescriptor(name: "review", folder: "", summary: "The review document: context map, contexts, flows, hotspots, lint findings") { model, options in
            [GeneratedFile(path: ReviewDocument.fileName, contents: ReviewDocument.render(model, options: options))]
        },
        GeneratorDescriptor(name: "swift", folder: "Swift", summary: "Swift types and protocols, one file per bounded context",
                            stream: SwiftGenerator.generate(_:options:emit:)),
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

    /// Runs `generators` on `model`, handing their files to `emit` a batch at a time, each format's files
    /// placed under its folder when `inFolders`. A failing generator stops the run; the batches handed
    /// on before it are for the caller to undo (``StagedOutput/abort()``).
    public static func run(_ generators: [GeneratorDescriptor], on model: Model, options: GeneratorOptions,
                           inFolders: Bool, into emit: ([GeneratedFile]) -> Void) throws(GeneratorError) {
        for generator in generators {
            let folder = inFolders && !generator.folder.isEmpty ? generator.folder + "/" : nil
            try generator.stream(model, options) { batch in
                guard let folder else { return emit(batch) }
                // Only the path moves: whether a file is a starter the team owns travels with it.
                emit(batch.map { file in
                    var file = file
                    file.path = String(joining: folder, file.path)
                    return file
                })
            }
        }
    }

    /// Runs `generators` on `model` and returns all their files, each format's under its folder when
    /// `inFolders`.
    public static func run(_ generators: [GeneratorDescriptor], on model: Model, options: GeneratorOptions,
                           inFolders: Bool) throws(GeneratorError) -> [GeneratedFile] {
        try GeneratedFile.collected { emit throws(GeneratorError) in try run(generators, on: model, options: options, inFolders: inFolders, into: emit) }
    }
}
