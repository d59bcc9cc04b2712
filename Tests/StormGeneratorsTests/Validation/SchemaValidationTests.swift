import Foundation
@testable import StormGenerators
import StormModel
import Testing

/// The models whose output is validated: the hand-built fixture, and every model in `Models/`.
enum ValidatedModels {
    static func all() throws -> [Model] { [SchemaFixture.model] + (try RepositoryModels.all()) }
}

@Test func generatedDocumentsPassTheOfficialValidatorsAndSamplesMatchTheJSONSchemas() throws {
    let root = try GeneratedTree.temporaryFolder("schemas")
    defer { try? FileManager.default.removeItem(at: root) }
    var validator = SchemaValidator()
    var expected: [String: Int] = [:]
    for model in try ValidatedModels.all() {
        let folder = root.appendingPathComponent(model.name)
        for format in SchemaFormat.allCases {
            let files = try format.generate(model)
            try GeneratedTree.write(files, to: folder.appendingPathComponent(format.folder))
            expected[format.folder, default: 0] += files.count
        }
        let samples = try SampleInstances(model: model).files()
        try GeneratedTree.write(samples, to: folder.appendingPathComponent("Instances"))
        validator.jsonSchemas.append(folder.appendingPathComponent("JSONSchema"))
        validator.asyncAPIs.append(folder.appendingPathComponent("AsyncAPI"))
        validator.avros.append(folder.appendingPathComponent("Avro"))
        validator.contracts.append(folder.appendingPathComponent("ODCS"))
        validator.products.append(folder.appendingPathComponent("ODPS"))
        validator.instances.append((folder.appendingPathComponent("JSONSchema"), folder.appendingPathComponent("Instances")))
        validator.avroInstances.append((folder.appendingPathComponent("Avro"), folder.appendingPathComponent("Instances")))
        expected["samples", default: 0] += samples.count
    }
    guard let outcome = try validator.run() else { return }
    #expect(outcome.failures.isEmpty, "\(outcome.failures.joined(separator: "\n"))")
    let counts = outcome.counts
    #expect(counts["jsonschema", default: 0] == expected["JSONSchema"])
    #expect(counts["asyncapi", default: 0] == expected["AsyncAPI"])
    #expect(counts["avro", default: 0] == expected["Avro"])
    #expect(counts["odcs", default: 0] == expected["ODCS"])
    #expect(counts["odps", default: 0] == expected["ODPS"] && expected["ODPS", default: 0] > 0)
    #expect(counts["instances", default: 0] + counts["rejected", default: 0] == expected["samples"])
    #expect(counts["rejected", default: 0] > 0)
    #expect(counts["avro-instances", default: 0] > 0)
    // Marketing's schemas refer to OnlineRetail's published types by their `$id`: those references resolve.
    #expect(counts["external-refs", default: 0] > 0)
    print("validated: \(counts["jsonschema", default: 0]) JSON Schemas, \(counts["asyncapi", default: 0]) AsyncAPI documents, "
        + "\(counts["avro", default: 0]) Avro schemas, \(counts["odcs", default: 0]) ODCS contracts, \(counts["odps", default: 0]) ODPS descriptors; "
        + "\(counts["instances", default: 0]) sample instances accepted, \(counts["rejected", default: 0]) invalid ones rejected; "
        + "\(counts["avro-instances", default: 0]) event samples written and read back in Avro")
}

@Test func theValidatorCatchesBrokenDocuments() throws {
    let root = try GeneratedTree.temporaryFolder("broken")
    defer { try? FileManager.default.removeItem(at: root) }
    var files = try SchemaFormat.asyncAPI.generate(SchemaFixture.model)
    files[0].contents = files[0].contents.replacingOccurrences(of: "#/components/messages/", with: "#/components/missing/")
    try GeneratedTree.write(files, to: root.appendingPathComponent("AsyncAPI"))
    try GeneratedTree.write([GeneratedFile(path: "Broken.avsc", contents: #"{"type": "record", "name": "1x", "fields": []}"#)],
                            to: root.appendingPathComponent("Avro"))
    try GeneratedTree.write([GeneratedFile(path: "Broken.odcs.yaml", contents: "apiVersion: v3.1.0\nkind: DataContract\n")],
                            to: root.appendingPathComponent("ODCS"))
    try GeneratedTree.write([GeneratedFile(path: "Broken.schema.json", contents: #"{"type": 3}"#),
                             GeneratedFile(path: "Dangling.schema.json", contents: #"{"$ref": "https://nowhere.example/E.v1.schema.json#/$defs/X"}"#)],
                            to: root.appendingPathComponent("JSONSchema"))
    try GeneratedTree.write([GeneratedFile(path: "Broken.odps.yaml", contents: "apiVersion: v1.0.0\nkind: DataProduct\nid: x\nstatus: active\noutputPorts: [{name: p}]\n")],
                            to: root.appendingPathComponent("ODPS"))
    try GeneratedTree.write([GeneratedFile(path: "C/E.v1.avsc", contents: #"{"type": "record", "name": "E", "fields": [{"name": "n", "type": "long"}]}"#)],
                            to: root.appendingPathComponent("AvroOfInstances"))
    try GeneratedTree.write([GeneratedFile(path: "C/events/E.v1/full-0.json", contents: #"{"n": "not a number"}"#)],
                            to: root.appendingPathComponent("Instances"))
    var validator = SchemaValidator(jsonSchemas: [root.appendingPathComponent("JSONSchema")], asyncAPIs: [root.appendingPathComponent("AsyncAPI")],
                                    avros: [root.appendingPathComponent("Avro")], contracts: [root.appendingPathComponent("ODCS")])
    validator.avroInstances = [(root.appendingPathComponent("AvroOfInstances"), root.appendingPathComponent("Instances"))]
    validator.products = [root.appendingPathComponent("ODPS")]
    guard let outcome = try validator.run() else { return }
    for kind in ["jsonschema", "asyncapi", "avro", "odcs", "odps", "avro-instance"] {
        #expect(outcome.failures.contains { $0.hasPrefix("FAIL \(kind) ") }, "\(kind) should fail: \(outcome.failures)")
    }
    #expect(outcome.failures.contains { $0.contains("does not resolve") })
    #expect(outcome.failures.contains { $0.contains("Dangling.schema.json") && $0.contains("does not resolve") }, "\(outcome.failures)")
}
