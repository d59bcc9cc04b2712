import Foundation
import StormGenerators
import Testing

/// Runs `validate.py` (the official validators, in Python) once over many folders and reports the
/// outcome. Any test target can use the script the same way: see its docstring.
struct SchemaValidator {
    /// What one run found.
    struct Outcome {
        /// Documents or instances checked, per kind (`jsonschema`, `asyncapi`, `avro`, `odcs`, `instances`, `rejected`, `avro-instances`).
        var counts: [String: Int]
        /// One line per failed check.
        var failures: [String]
    }

    var jsonSchemas: [URL] = []
    var asyncAPIs: [URL] = []
    var avros: [URL] = []
    var contracts: [URL] = []
    /// Folders of ODPS data product descriptors.
    var products: [URL] = []
    /// Pairs of a JSON Schema folder and a folder of instances laid out like it.
    var instances: [(schemas: URL, instances: URL)] = []
    /// Pairs of an Avro folder and a folder of instances, whose valid event instances must convert to Avro.
    var avroInstances: [(schemas: URL, instances: URL)] = []

    /// Runs the script; `nil` when python3, a Python module or an official schema is missing (after
    /// ``ToolRequirement/missing(_:sourceLocation:)`` has recorded it).
    func run(sourceLocation: SourceLocation = #_sourceLocation) throws -> Outcome? {
        let asyncAPISchema = RepositoryPaths.sharedSchemas.appendingPathComponent("asyncapi-3.0.0.schema.json")
        let odcsSchema = RepositoryPaths.sharedSchemas.appendingPathComponent("odcs-3.1.0.schema.json")
        let odpsSchema = RepositoryPaths.sharedSchemas.appendingPathComponent("odps-1.0.0.schema.json")
        for (needed, schema) in [(!asyncAPIs.isEmpty, asyncAPISchema), (!contracts.isEmpty, odcsSchema), (!products.isEmpty, odpsSchema)]
        where needed && !FileManager.default.fileExists(atPath: schema.path) {
            ToolRequirement.missing("the official schema \(schema.path)", sourceLocation: sourceLocation)
            return nil
        }
        var arguments = ["python3", RepositoryPaths.validateScript.path]
        arguments += jsonSchemas.flatMap { ["--jsonschema", $0.path] } + asyncAPIs.flatMap { ["--asyncapi", $0.path] }
        arguments += avros.flatMap { ["--avro", $0.path] } + contracts.flatMap { ["--odcs", $0.path] }
        arguments += ["--asyncapi-schema", asyncAPISchema.path, "--odcs-schema", odcsSchema.path, "--odps-schema", odpsSchema.path]
        arguments += products.flatMap { ["--odps", $0.path] }
        arguments += instances.flatMap { ["--instances", $0.schemas.path, $0.instances.path] }
        arguments += avroInstances.flatMap { ["--avro-instances", $0.schemas.path, $0.instances.path] }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = output.split(separator: "\n").map(String.init)
        switch process.terminationStatus {
        case 127:
            ToolRequirement.missing("python3", sourceLocation: sourceLocation)
            return nil
        case 3:
            ToolRequirement.missing(lines.first { $0.hasPrefix("MISSING") }.map { String($0.dropFirst(8)) } ?? "a Python module",
                                    sourceLocation: sourceLocation)
            return nil
        case 0, 1:
            guard let countLine = lines.last(where: { $0.hasPrefix("COUNTS ") }),
                  let counts = try JSONSerialization.jsonObject(with: Data(countLine.dropFirst(7).utf8)) as? [String: Int] else {
                Issue.record("validate.py printed no counts:\n\(output)", sourceLocation: sourceLocation)
                return nil
            }
            return Outcome(counts: counts, failures: lines.filter { $0.hasPrefix("FAIL ") })
        default:
            Issue.record("validate.py failed with status \(process.terminationStatus):\n\(output)", sourceLocation: sourceLocation)
            return nil
        }
    }
}
