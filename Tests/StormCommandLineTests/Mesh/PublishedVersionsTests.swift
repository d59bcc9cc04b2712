import Foundation
import Testing

/// What a consumer depends on across domains, run through the built `stormc`: events pinned to a version
/// in its `use`, checked against a newer interface; `stormc diff` on two interfaces; and the consumer's
/// JSON Schemas referring to the producer's published ones by `$id`, resolved by Python `jsonschema`.
@Suite struct PublishedVersionsTests {
    static let consumer = UseInterfaceTests.consumer.replacingOccurrences(of: "use Payments from \"../Payments/Payments.storm-interface.json\"\n", with: """
        use Payments from "../Payments/Payments.storm-interface.json" {
          Payments.PaymentSettled v2
          Payments.PaymentFailed v1
        }

        """)

    @Test func pinnedEventsAreCheckedAgainstANewerInterface() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try UseInterfaceTests.mesh(consumer: Self.consumer)
        let clean = try stormc.run(["check", "Loyalty"], in: folder)
        #expect(clean.status == 0, "\(clean.error)")
        // fmt keeps the pins, one per line.
        #expect(try stormc.run(["fmt", "Loyalty"], in: folder).status == 0)
        let formatted = try String(contentsOfFile: folder + "/Loyalty/loyalty.storm", encoding: .utf8)
        #expect(formatted.hasPrefix("use Payments from \"../Payments/Payments.storm-interface.json\" {\n  Payments.PaymentSettled v2\n  Payments.PaymentFailed v1\n}\n\nteam Loyalists\n"),
                "\(formatted)")
        #expect(try stormc.run(["fmt", "--check", "Loyalty"], in: folder).status == 0)

        // The producer makes a breaking change: a new version, and publishes its interface again.
        try FileManager.default.copyItem(atPath: folder + "/Payments/Payments.storm-interface.json", toPath: folder + "/Payments-old.storm-interface.json")
        let source = folder + "/Payments/payments.storm"
        let text = try String(contentsOfFile: source, encoding: .utf8)
        try text.replacingOccurrences(of: "event PaymentSettled v2 { payment: PaymentID, amount: Money, payer: String? @pii }",
                                      with: "event PaymentSettled v3 { payment: PaymentID, amount: Money, payer: String? @pii, settledAt: Timestamp }")
            .write(toFile: source, atomically: true, encoding: .utf8)
        let republished = try stormc.run(["publish", "Payments", "--out", "Payments/Payments.storm-interface.json"], in: folder)
        #expect(republished.status == 0, "\(republished.error)")

        let broken = try stormc.run(["check", "Loyalty"], in: folder)
        #expect(broken.status == 1)
        #expect(broken.error.hasPrefix("""
        Loyalty/loyalty.storm:2:27: error: `Payments.PaymentSettled` is published at v3 by `Payments`, but this model uses v2: a breaking change to it (run `stormc diff` on the two interfaces to see what): move this model to v3 and pin that [interface-version-changed]
         2 |   Payments.PaymentSettled v2
           |                           ^~
          = help: pin v3

        """), "\(broken.error)")

        // The two interfaces compared: what the consumer meets.
        let diff = try stormc.run(["diff", "Payments-old.storm-interface.json", "Payments/Payments.storm-interface.json"], in: folder)
        #expect(diff.out.contains("PaymentSettled"), "\(diff.out)\(diff.error)")
        #expect(diff.error.isEmpty, "\(diff.error)")
        let same = try stormc.run(["diff", "Payments-old.storm-interface.json", "Payments-old.storm-interface.json"], in: folder)
        #expect(same.status == 0, "\(same.out)\(same.error)")
        let notInterface = try stormc.run(["diff", "Loyalty/loyalty.storm", "x.storm-interface.json"], in: folder)
        #expect(notInterface.status == 2 && notInterface.error.contains("x.storm-interface.json"), "\(notInterface.error)")
    }

    @Test func aPinOfAnEventTheInterfaceDoesNotPublishIsUnknown() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try UseInterfaceTests.mesh(consumer: Self.consumer.replacingOccurrences(of: "Payments.PaymentFailed v1", with: "Payments.PaymentFaild v1"))
        let result = try stormc.run(["check", "Loyalty"], in: folder)
        #expect(result.status == 1)
        #expect(result.error.contains("""
        Loyalty/loyalty.storm:3:3: error: `Payments` publishes no event `Payments.PaymentFaild` in `../Payments/Payments.storm-interface.json` [unresolved-reference]
         3 |   Payments.PaymentFaild v1
           |   ^~~~~~~~~~~~~~~~~~~~~
          = help: did you mean `Payments.PaymentFailed`?

        """), "\(result.error)")
        let missing = try stormc.run(["check", "Loyalty"], in: try UseInterfaceTests.mesh(consumer: Self.consumer.replacingOccurrences(of: "Payments.PaymentFailed v1", with: "Payments.PaymentFailed")))
        #expect(missing.status == 1 && missing.error.contains("error: expected a version such as `v1` after `Payments.PaymentFailed` in a `use` block"), "\(missing.error)")
    }

    /// The consumer's event schema refers to the producer's `Money` where it is published; Python
    /// `jsonschema`, given both domains' schemas as a registry, follows the reference into the producer's
    /// schema (and its own `$defs` there) to accept a good event and reject a bad one.
    @Test func consumerSchemasReferToThePublishedSchemasByTheirIDs() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try UseInterfaceTests.mesh(consumer: Self.consumer)
        #expect(try stormc.run(["generate", "jsonschema", "Payments", "--out", "schemas/Payments"], in: folder).status == 0)
        let generated = try stormc.run(["generate", "jsonschema", "Loyalty", "--out", "schemas/Loyalty"], in: folder)
        #expect(generated.status == 0, "\(generated.error)")
        let schema = try String(contentsOfFile: folder + "/schemas/Loyalty/Loyalty/events/PointsAwarded.v1.schema.json", encoding: .utf8)
        #expect(schema.contains("\"$ref\": \"https://schemas.storm.dev/commerce/payments/events/PaymentSettled.v2.schema.json#/$defs/Money\""), "\(schema)")
        #expect(!schema.contains("\"$defs\""), "the producer's types are not copied: \(schema)")
        let interface = try String(contentsOfFile: folder + "/Payments/Payments.storm-interface.json", encoding: .utf8)
        #expect(interface.contains("\"schema\": \"https://schemas.storm.dev/commerce/payments/events/PaymentSettled.v2.schema.json#/$defs/Currency\""), "\(interface)")

        guard toolAvailable("python3") else { return }
        let script = """
        import json, pathlib, sys
        try:
            import jsonschema, referencing, referencing.jsonschema
        except ImportError as error:
            print("MISSING", error.name); sys.exit(3)
        schemas = [json.loads(p.read_text()) for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.schema.json"))]
        registry = referencing.Registry().with_resources((s["$id"], referencing.jsonschema.DRAFT202012.create_resource(s)) for s in schemas)
        awarded = next(s for s in schemas if s["$id"].endswith("/PointsAwarded.v1.schema.json"))
        validator = jsonschema.Draft202012Validator(awarded, registry=registry)
        good = {"points": 10, "amount": {"amount": "12.50", "currency": "USD"}}
        bad = {"points": 10, "amount": {"amount": "12.50", "currency": "GBP"}}
        print("GOOD", list(validator.iter_errors(good)) == [])
        print("BAD", any("GBP" in e.message for e in validator.iter_errors(bad)))
        """
        let validate = try CommandLineTestSupport.process(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, folder + "/schemas"],
                                                          in: folder, environment: ProcessInfo.processInfo.environment)
        if validate.status == 3 {
            if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("a Python module is missing: \(validate.out)") }
            return
        }
        #expect(validate.status == 0 && validate.out == "GOOD True\nBAD True\n", "\(validate.out)\(validate.error)")
    }
}
