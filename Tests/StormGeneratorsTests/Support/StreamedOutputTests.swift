import StormGenerators
import StormKit
import StormModel
import StormSource
import Testing

/// The formats with files per context (or per view) hand them on a few contexts at a time, so that a large
/// model's output is never held whole, and the files are the ones made all at once, in the same order.
struct StreamedOutputTests {
    /// More contexts than one batch holds, each with an event, a command and a flow into the next.
    static let contextCount = 70

    static func model() -> Model {
        var text = "domain Shop { subdomain Core: core }\n"
        for index in 0..<contextCount {
            let name = "Part\(index)"
            let next = "Part\((index + 1) % contextCount)"
            text += """
            context \(name) implements Shop.Core {
              command Make\(name) { count: Int } emits \(name)Made
              event \(name)Made { count: Int }
              policy Follow\(name): when \(next).\(next)Made then Make\(name)
            }

            """
        }
        let loaded = ModelLoader.load(sources: [SourceFile(path: "shop.storm", bytes: Array(text.utf8))], name: "Shop")
        #expect(!loaded.hasErrors)
        return loaded.model
    }

    typealias Stream = (Model, GeneratorOptions, ([GeneratedFile]) -> Void) throws(GeneratorError) -> Void
    typealias Whole = (Model, GeneratorOptions) throws(GeneratorError) -> [GeneratedFile]

    /// The format's files handed on a batch at a time, and made all at once.
    static func generators(of format: String) -> (stream: Stream, whole: Whole) {
        switch format {
        case "jsonschema": (JSONSchemaGenerator.generate(_:options:emit:), JSONSchemaGenerator.generate(_:options:))
        case "asyncapi": (AsyncAPIGenerator.generate(_:options:emit:), AsyncAPIGenerator.generate(_:options:))
        case "avro": (AvroGenerator.generate(_:options:emit:), AvroGenerator.generate(_:options:))
        case "diagrams": (DiagramGenerator.generate(_:options:emit:), DiagramGenerator.generate(_:options:))
        default: (SwiftGenerator.generate(_:options:emit:), SwiftGenerator.generate(_:options:))
        }
    }

    @Test(arguments: ["jsonschema", "asyncapi", "avro", "diagrams", "swift"])
    func filesComeAFewContextsAtATimeAndAsMadeAllAtOnce(_ format: String) throws {
        let (stream, whole) = Self.generators(of: format)
        let model = Self.model()
        var batches: [[GeneratedFile]] = []
        try stream(model, GeneratorOptions()) { batches.append($0) }
        // 70 contexts (70 flow views for diagrams) in batches of at most 32: at least three.
        #expect(batches.count >= 3, "\(format) handed its files on in \(batches.count) batch(es)")
        let streamed = batches.flatMap { $0 }
        let all = try whole(model, GeneratorOptions())
        #expect(streamed.map(\.path) == all.map(\.path), "\(format): the files or their order differ")
        #expect(streamed.map(\.contents) == all.map(\.contents), "\(format): the contents differ")
        // No batch is the whole output, and every context has its files.
        #expect(batches.allSatisfy { $0.count < streamed.count })
        let named = Set(streamed.flatMap { $0.path.split(whereSeparator: { "/.-".contains($0) }).map(String.init) })
        for context in 0..<Self.contextCount {
            #expect(named.contains("Part\(context)"), "\(format): no file for Part\(context)")
        }
    }
}
