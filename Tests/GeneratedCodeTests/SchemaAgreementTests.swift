import Foundation
import StormGenerators
import StormKit
import StormModel
import StormRuntime
import Testing

/// The generators agree: what the generated Swift encodes validates against the JSON Schema that
/// `stormc generate jsonschema` writes for the same event, checked by Python's `jsonschema`; and JSON that
/// lacks a required field or has a field of the wrong type is rejected by that schema.
struct SchemaAgreementTests {
    static let validateScript = repositoryRoot + "/Tests/StormGeneratorsTests/Validation/validate.py"

    /// A sample of an event: its label (`invalid-…` when the schema must reject it) and its JSON.
    struct Sample {
        var label: String
        var json: Data
    }

    @Test(arguments: catalogs.map(\.folder))
    func swiftEncodedEventsValidateAgainstTheirSchemas(folder: String) throws {
        guard let python = pythonWithJSONSchema() else { return }
        let catalog = try #require(catalogs.first { $0.folder == folder }?.catalog)
        let model = try ModelLoader.load(paths: [repositoryRoot + "/" + folder], name: catalog.modelName).model
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("storm-agreement-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }

        let schemas = try #require(GeneratorRegistry.named("jsonschema")).generate(model, GeneratorOptions())
        _ = try OutputWriter.write(schemas, to: work.appendingPathComponent("schemas").path)
        var written = 0
        // Another domain's events (`use`) have their schemas where that domain publishes them.
        for type in catalog.eventTypes where model.usedInterfaces[type.contextName] == nil {
            let context = try #require(model.context(named: type.contextName))
            let event = try #require(context.event(named: type.eventName))
            let folder = work.appendingPathComponent("instances/\(context.name)/events/\(event.name).v\(event.version)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for sample in try samples(of: type, fields: event.fields, model: model) {
                try sample.json.write(to: folder.appendingPathComponent(sample.label + ".json"))
                written += 1
            }
        }
        // The schemas of the domains it uses are where its own `$ref` the published types: the registry.
        var published = ["--jsonschema", work.appendingPathComponent("schemas").path]
        for other in catalogs.map(\.folder) where other != folder {
            let otherModel = try ModelLoader.load(paths: [repositoryRoot + "/" + other]).model
            let path = work.appendingPathComponent("published/\(otherModel.name)").path
            _ = try OutputWriter.write(try #require(GeneratorRegistry.named("jsonschema")).generate(otherModel, GeneratorOptions()), to: path)
            published += ["--jsonschema", path]
        }
        let result = try run(python, [Self.validateScript] + published + ["--instances", work.appendingPathComponent("schemas").path,
                                      work.appendingPathComponent("instances").path])
        #expect(result.status == 0, "validate.py: \(result.output)")
        let counts = result.output.split(separator: "\n").first { $0.hasPrefix("COUNTS ") } ?? ""
        print("\(catalog.modelName): \(written) samples encoded by the generated Swift checked against their JSON Schemas; \(counts)")
        #expect(written > 0)
    }

    /// Valid samples are encoded by the generated type itself: built from the model, decoded into the
    /// Swift type and encoded again. Invalid ones are a valid encoding with one field taken out or wrong.
    func samples(of type: any DomainEvent.Type, fields: [Field], model: Model) throws -> [Sample] {
        let minimal = try encode(type, SampleJSON(model: model, full: false).object(fields))
        let fullObject = SampleJSON(model: model, full: true).object(fields)
        let full = try encode(type, fullObject)
        var samples = [Sample(label: "minimal", json: minimal), Sample(label: "full", json: full)]
        for field in fields {
            guard case .enumeration(let reference) = field.type.nonOptional,
                  let enumeration = model.context(named: reference.context)?.enumeration(named: reference.name) else { continue }
            for item in enumeration.cases {
                var object = fullObject
                object[field.name] = item.name
                samples.append(Sample(label: "case-\(field.name)-\(item.name)", json: try encode(type, object)))
            }
        }
        let encoded = try #require(JSONSerialization.jsonObject(with: full) as? [String: Any])
        for field in fields where field.isRequired {
            var missing = encoded
            missing[field.name] = nil
            samples.append(Sample(label: "invalid-missing-\(field.name)", json: try SampleJSON.data(missing)))
            var wrong = encoded
            wrong[field.name] = wrongValue(for: field.type)
            samples.append(Sample(label: "invalid-type-\(field.name)", json: try SampleJSON.data(wrong)))
        }
        return samples
    }

    /// A JSON value of another type than `type` encodes to.
    func wrongValue(for type: TypeReference) -> Any {
        switch type.nonOptional {
        case .valueObject, .entity, .map: return true
        case .primitive(.bool): return "yes"
        default: return ["unexpected": true]
        }
    }

    func encode(_ type: any DomainEvent.Type, _ object: [String: Any]) throws -> Data {
        try reencode(type, SampleJSON.data(object))
    }

    func reencode<E: DomainEvent>(_ type: E.Type, _ json: Data) throws -> Data {
        try StormJSON.encoder().encode(StormJSON.decoder().decode(E.self, from: json))
    }

    /// `python3` when it can import `jsonschema`; otherwise nil after skipping (or failing, in CI).
    func pythonWithJSONSchema() -> String? {
        if let result = try? run("python3", ["-c", "import jsonschema, yaml, avro"]), result.status == 0 { return "python3" }
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
            Issue.record("python3 with jsonschema, pyyaml and avro is missing (STORM_REQUIRE_TOOLS=1)")
        } else {
            print("skipped: python3 with jsonschema, pyyaml and avro is missing")
        }
        return nil
    }

    func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
