import StormGenerators
import StormKit
import StormModel

/// The model's contracts, generated into the site under `schemas/` (the layout of `Generated/<Model>/`),
/// so that an event's page links its JSON Schema, Avro schema and AsyncAPI document, and a data
/// product's page its ODCS contracts. A format whose generator refuses the model is left out; `stormc
/// check` and `stormc generate` say why.
struct SiteSchemas {
    static let formats = ["jsonschema", "avro", "asyncapi", "odcs"]
    static let folder = "schemas"
    private(set) var files: [GeneratedFile] = []
    /// "format folder/context/name" → the site paths of that declaration's files, in generation order.
    private var byDeclaration: [String: [String]] = [:]

    init(_ model: Model) {
        for format in Self.formats {
            guard let generator = GeneratorRegistry.named(format),
                  let generated = try? GeneratorRegistry.run([generator], on: model, options: GeneratorOptions(), inFolders: true) else { continue }
            for var file in generated {
                file.path = Self.folder + "/" + file.path
                files.append(file)
                if let key = Self.key(of: file.path) { byDeclaration[key, default: []].append(file.path) }
            }
        }
    }

    /// `JSONSchema/Trips/TripEnded` for `schemas/JSONSchema/Trips/events/TripEnded.v1.schema.json`, likewise
    /// `Avro/Trips/TripEnded` (`…/Avro/Trips/TripEnded.v1.avsc`), `AsyncAPI/Trips` (`…/AsyncAPI/Trips.asyncapi.yaml`)
    /// and `ODCS/Trips/TripData` (`…/ODCS/Trips/TripData.port.odcs.yaml`); nil for commands' schemas.
    private static func key(of path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 3, let base = parts.last?.split(separator: ".").first.map(String.init) else { return nil }
        switch (parts[1], parts.count) {
        case ("AsyncAPI", 3): return "AsyncAPI/\(base)"
        case ("JSONSchema", 5) where parts[3] == "events": return "JSONSchema/\(parts[2])/\(base)"
        case ("Avro", 4), ("ODCS", 4): return "\(parts[1])/\(parts[2])/\(base)"
        default: return nil
        }
    }

    /// The links of an event's page: its JSON Schema, Avro schema and its context's AsyncAPI document.
    func links(event: String, in context: String) -> [(text: String, file: String?)] {
        (byDeclaration["JSONSchema/\(context)/\(event)"] ?? []).map { ("JSON Schema: \($0.split(separator: "/").last ?? "")", $0) }
            + (byDeclaration["Avro/\(context)/\(event)"] ?? []).map { ("Avro schema: \($0.split(separator: "/").last ?? "")", $0) }
            + (byDeclaration["AsyncAPI/\(context)"] ?? []).map { ("AsyncAPI document of \(context): \($0.split(separator: "/").last ?? "")", $0) }
    }

    /// The links of a data product's page: an ODCS contract per output port.
    func links(product: String, in context: String) -> [(text: String, file: String?)] {
        (byDeclaration["ODCS/\(context)/\(product)"] ?? []).map { ("ODCS contract: \($0.split(separator: "/").last ?? "")", $0) }
    }
}
