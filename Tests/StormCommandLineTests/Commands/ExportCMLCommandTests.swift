import Foundation
import Testing

/// `stormc export cml`, run as a process: the round trip (export, import, and `model --json` of both
/// agree on everything CML holds), the bundled models through both directions, and the errors.
@Suite struct ExportCMLCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let roundTrip = root.appendingPathComponent("Tests/Fixtures/CML/RoundTrip").path
    static let environment = ["NO_COLOR": "1"]

    /// What CML cannot hold, left out of the comparison: docs and places, annotations and defaults,
    /// event versions, policy names, the model's name and the Storm-only constructs.
    static let notInCML: Set<String> = [
        "doc", "sources", "name_", "default", "deprecated", "pii", "identity", "required", "version", "actors", "externalSystems",
        "hotspots", "readModels", "dataProducts", "identifiers", "invariants", "contact", "range", "location",
    ]

    /// `value` without the keys CML cannot hold, lists of named objects sorted by name, policies by what
    /// they do (a command issued by a policy: by some policy), and the model's name (the domain of a
    /// context without a subdomain) left out.
    static func projected(_ value: Any, model: String) -> Any {
        if let object = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, inner) in object where !notInCML.contains(key) {
                switch key {
                case "policies": result[key] = policies(inner)
                case "domain" where inner as? String == model: result[key] = "<the model's name>"
                case "policy": result[key] = "<a policy>"
                default: result[key] = projected(inner, model: model)
                }
            }
            return result
        }
        if let array = value as? [Any] {
            let items = array.map { projected($0, model: model) }
            if items.allSatisfy({ ($0 as? [String: Any])?["name"] is String }) {
                return items.sorted { (($0 as! [String: Any])["name"] as! String) < (($1 as! [String: Any])["name"] as! String) }
            }
            return items
        }
        return value
    }

    /// Policies as `triggers -> choices` lines, sorted: CML's flows have no policy names.
    static func policies(_ value: Any) -> Any {
        ((value as? [[String: Any]]) ?? []).map { policy in
            "\(String(describing: policy["triggers"] ?? "")) -> \(String(describing: policy["choices"] ?? ""))"
        }.sorted()
    }

    static func modelJSON(_ stormc: URL, _ path: String) throws -> Any {
        let result = try CommandLineTestSupport.process(stormc, ["model", "--json", path], in: root.path, environment: environment)
        #expect(result.status == 0, "\(result.error)")
        var model = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [String: Any]
        let name = model["name"] as? String ?? ""
        model["name"] = nil
        return projected(model, model: name)
    }

    static func text(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self)
    }

    @Test func exportThenImportKeepsEverythingCMLHolds() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let folder = ImportCMLCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cml = folder.appendingPathComponent("Rental.cml").path
        let export = try CommandLineTestSupport.process(stormc, ["export", "cml", Self.roundTrip, "--out", cml], in: Self.root.path, environment: Self.environment)
        #expect(export.status == 0, "\(export.error)")
        #expect(!export.error.contains("warning"), "the round-trip model holds only what CML holds: \(export.error)")
        let imported = folder.appendingPathComponent("model").path
        let back = try CommandLineTestSupport.process(stormc, ["import", "cml", cml, "--out", imported], in: Self.root.path, environment: Self.environment)
        #expect(back.status == 0, "\(back.error)")
        #expect(!back.error.contains("warning:"), "\(back.error)")
        let original = try Self.text(Self.modelJSON(stormc, Self.roundTrip))
        let roundTripped = try Self.text(Self.modelJSON(stormc, imported))
        #expect(original.contains("\"Damage\"") && original.contains("CarReturned"))
        #expect(roundTripped == original, "the round trip changed the model:\n\(roundTripped)")
    }

    @Test(arguments: ["CargoShipping", "MotorInsurance", "OnlineRetail"])
    func bundledModelsExportImportAndCheck(_ name: String) throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let folder = ImportCMLCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cml = folder.appendingPathComponent("\(name).cml").path
        let export = try CommandLineTestSupport.process(stormc, ["export", "cml", "Models/\(name)", "--out", cml], in: Self.root.path, environment: Self.environment)
        #expect(export.status == 0, "\(export.error)")
        #expect(export.error.contains("[cml-not-exported]"), "the bundled models hold read models and invariants that CML cannot")
        let back = try CommandLineTestSupport.process(stormc, ["import", "cml", cml, "--out", folder.appendingPathComponent("model").path],
                                                      in: Self.root.path, environment: Self.environment)
        #expect(back.status == 0, "\(back.error)")
        let check = try CommandLineTestSupport.process(stormc, ["check", folder.appendingPathComponent("model").path], in: Self.root.path, environment: Self.environment)
        #expect(check.status == 0, "\(check.error)")
    }

    @Test func aModelWithErrorsIsNotExported() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let folder = ImportCMLCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("context A { event E { x: Nope } }\n".utf8).write(to: folder.appendingPathComponent("a.storm"))
        let result = try CommandLineTestSupport.process(stormc, ["export", "cml", "a.storm", "--out", "a.cml"], in: folder.path, environment: Self.environment)
        #expect(result.status == 1)
        #expect(result.error.contains("a.storm:1:"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.cml").path))
        let usage = try CommandLineTestSupport.process(stormc, ["export", "cml", "a.storm"], in: folder.path, environment: Self.environment)
        #expect(usage.status == 2)
        #expect(usage.error.contains("missing --out FILE.cml"))
    }

    @Test func withNoPathTheOneModelUnderModelsIsExported() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let folder = ImportCMLCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = folder.appendingPathComponent("Models/Fleet")
        try FileManager.default.createDirectory(at: one, withIntermediateDirectories: true)
        try Data("context Cars { event CarRented }\n".utf8).write(to: one.appendingPathComponent("cars.storm"))
        let result = try CommandLineTestSupport.process(stormc, ["export", "cml", "--out", "fleet.cml"], in: folder.path, environment: Self.environment)
        #expect(result.status == 0, "\(result.error)")
        let cml = try String(contentsOf: folder.appendingPathComponent("fleet.cml"), encoding: .utf8)
        #expect(cml.contains("BoundedContext Cars {") && cml.contains("DomainEvent CarRented {"), "\(cml)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Models/Other"), withIntermediateDirectories: true)
        let two = try CommandLineTestSupport.process(stormc, ["export", "cml", "--out", "fleet.cml"], in: folder.path, environment: Self.environment)
        #expect(two.status == 2)
        #expect(two.error.contains("several models under ./Models"), "\(two.error)")
    }
}
