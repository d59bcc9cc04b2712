import Foundation
import Testing

/// `stormc publish`, run as a process: the published interface of a model, its JSON Schema, and the
/// committed interfaces of the bundled models.
@Suite struct PublishCommandTests {
    /// A domain with one data product: two published events (one using a value object that uses an
    /// enumeration and an identifier), one private event.
    static let model = [
        "Payments/payments.storm": """
        /// Settles what customers owe.
        domain Commerce { subdomain Payments: core }
        team Treasury { contact "treasury@example.com" }
        context Payments implements Commerce.Payments {
          owner Treasury
          id PaymentID
          enum Currency { EUR, USD }
          value Money { amount: Decimal, currency: Currency = EUR }
          /// Money arrived.
          event PaymentSettled v2 { payment: PaymentID, amount: Money, payer: String? @pii }
          event PaymentFailed { payment: PaymentID, reason: String }
          event LedgerBalanced { at: Timestamp }
          data product Settlements {
            /// Every settled or failed payment.
            output port settled publishes PaymentSettled, PaymentFailed { freshness 5 minutes }
            availability 99.9%
          }
        }
        """,
    ]

    @Test func printsTheInterfaceOfAModel() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try temporaryFolder(Self.model)
        let result = try stormc.run(["publish", "Payments"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(document["stormInterface"] as? String == "1.0")
        #expect(document["name"] as? String == "Payments")
        let events = try #require(document["events"] as? [[String: Any]])
        #expect(events.map { $0["name"] as? String } == ["PaymentSettled", "PaymentFailed"], "LedgerBalanced is published by no port")
        #expect(events.first?["version"] as? Int == 2)
        #expect(events.first?["schema"] as? String == "https://schemas.storm.dev/commerce/payments/events/PaymentSettled.v2.schema.json")
        #expect(events.first?["cloudEventType"] as? String == "commerce.payments.PaymentSettled.v2")
        let fields = try #require(events.first?["fields"] as? [[String: Any]])
        #expect(fields.map { $0["name"] as? String } == ["payment", "amount", "payer"])
        #expect((fields[2]["type"] as? [String: Any])?["optional"] as? [String: String] == ["primitive": "String"])
        #expect(fields[2]["pii"] as? Bool == true && fields[2]["required"] as? Bool == false)
        let types = try #require(document["types"] as? [String: [[String: Any]]])
        #expect(types["valueObjects"]?.map { $0["name"] as? String } == ["Money"])
        #expect(types["enumerations"]?.map { $0["name"] as? String } == ["Currency"], "types used by published types are published too")
        #expect(types["identifiers"]?.map { $0["name"] as? String } == ["PaymentID"])
        let products = try #require(document["dataProducts"] as? [[String: Any]])
        let port = try #require((products.first?["outputPorts"] as? [[String: Any]])?.first)
        let objectives = try #require(port["objectives"] as? [String: Any])
        #expect(objectives["freshness"] as? String == "PT5M" && (objectives["availability"] as? NSNumber)?.doubleValue == 99.9,
                "the port keeps its freshness and inherits the product's availability: \(objectives)")
        #expect(products.first?["owner"] as? String == "Treasury")
        #expect((document["teams"] as? [[String: Any]])?.first?["contact"] as? String == "treasury@example.com")

        let again = try stormc.run(["publish", "Payments", "--base-uri", "https://schemas.example.com/pay"], in: folder)
        #expect(again.out.contains("\"https://schemas.example.com/pay/commerce/payments/events/PaymentSettled.v2.schema.json\""))
    }

    @Test func writesTheInterfaceOnlyWhenItChanges() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try temporaryFolder(Self.model)
        let first = try stormc.run(["publish", "Payments", "--out", "out/Payments.storm-interface.json"], in: folder)
        #expect(first.status == 0 && first.error == "Payments: out/Payments.storm-interface.json written\n", "\(first.error)")
        let printed = try stormc.run(["publish", "Payments"], in: folder)
        #expect(try String(contentsOfFile: folder + "/out/Payments.storm-interface.json", encoding: .utf8) == printed.out)
        let second = try stormc.run(["publish", "Payments", "--out", "out/Payments.storm-interface.json"], in: folder)
        #expect(second.error == "Payments: out/Payments.storm-interface.json unchanged\n")
    }

    @Test func writesNothingForAModelWithErrors() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try temporaryFolder(["Broken/m.storm": "context A {\n  data product P { output port p publishes Nope }\n}\n"])
        let result = try stormc.run(["publish", "Broken", "--out", "out/B.json"], in: folder)
        #expect(result.status == 1)
        #expect(result.error.contains("error: unknown event `Nope`"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func refusesMisusedOptions() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try temporaryFolder(Self.model)
        let noPath = try stormc.run(["publish", "--out", "x.json"], in: folder)
        #expect(noPath.status == 2 && noPath.error.hasPrefix("stormc publish: --out needs a PATH"), "\(noPath.error)")
        let schemaAndPath = try stormc.run(["publish", "--schema", "Payments"], in: folder)
        #expect(schemaAndPath.status == 2 && schemaAndPath.error.contains("--schema prints"), "\(schemaAndPath.error)")
    }

    /// The committed interface of every bundled model is what `stormc publish` prints for it.
    @Test func bundledInterfacesAreCurrent() throws {
        guard let stormc = BuiltStormc() else { return }
        for model in try Self.bundledModels() {
            let result = try stormc.run(["publish", "Models/\(model)"], in: BuiltStormc.repository)
            #expect(result.status == 0, "\(result.error)")
            let committed = try String(contentsOfFile: "\(BuiltStormc.repository)/Generated/\(model)/\(model).storm-interface.json", encoding: .utf8)
            #expect(result.out == committed, "Generated/\(model)/\(model).storm-interface.json is stale: run `swift run stormc generate all`")
        }
    }

    /// The schema `stormc publish --schema` prints is a valid JSON Schema 2020-12; every bundled interface
    /// and the test model's validate against it; documents that break the shape are rejected.
    @Test func interfacesValidateAgainstTheirSchema() throws {
        guard let stormc = BuiltStormc(), toolAvailable("python3") else { return }
        let folder = try temporaryFolder(Self.model)
        let schema = try stormc.run(["publish", "--schema"], in: folder)
        #expect(schema.status == 0)
        try Data(schema.out.utf8).write(to: URL(fileURLWithPath: folder + "/schema.json"))
        _ = try stormc.run(["publish", "Payments", "--out", "Payments.storm-interface.json"], in: folder)
        var documents = [folder + "/Payments.storm-interface.json"]
        documents += try Self.bundledModels().map { "\(BuiltStormc.repository)/Generated/\($0)/\($0).storm-interface.json" }
        let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("MISSING jsonschema"); sys.exit(3)
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        valid = 0
        for path in sys.argv[2:]:
            document = json.load(open(path))
            for error in validator.iter_errors(document):
                print("FAIL", path, error.message[:200], "/".join(map(str, error.path)))
            valid += 1
            broken = dict(document); broken["stormInterface"] = "2.0"
            if validator.is_valid(broken): print("FAIL accepted a version 2.0 document")
            broken = dict(document); del broken["events"]
            if validator.is_valid(broken): print("FAIL accepted a document without events")
            for event in document["events"][:1]:
                event["fields"].append({"name": "x", "doc": "", "type": {"list": {"primitive": "Text"}}, "required": True,
                                        "identity": False, "pii": False, "deprecated": False, "default": None})
                if validator.is_valid(document): print("FAIL accepted an unknown primitive type")
        print("VALID", valid)
        """
        let result = try CommandLineTestSupport.process(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, folder + "/schema.json"] + documents,
                                                        in: folder, environment: ProcessInfo.processInfo.environment)
        if result.status == 3 {
            if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("python jsonschema is missing") }
            return
        }
        #expect(result.status == 0 && !result.out.contains("FAIL"), "\(result.out)\(result.error)")
        #expect(result.out.contains("VALID \(documents.count)"), "\(result.out)")
    }

    /// The bundled models' names (folders of `Models/`).
    static func bundledModels() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: BuiltStormc.repository + "/Models").filter { !$0.hasPrefix(".") }.sorted()
    }
}
