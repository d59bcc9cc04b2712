import Foundation
import Testing

/// `use Payments from "…"`: a model consumes another domain's published interface, run as a user runs
/// `stormc`: checked, linted, formatted and generated.
@Suite struct UseInterfaceTests {
    /// The publishing domain (see ``PublishCommandTests/model``) and a consumer that uses its interface.
    static func mesh(consumer: String, map: Bool = true) throws -> String {
        var files = PublishCommandTests.model
        files["Loyalty/loyalty.storm"] = consumer + (map ? "\ncontext map Rewards {\n  Payments [U, OHS, PL] -> [D, ACL] Loyalty\n}\n" : "")
        let folder = try temporaryFolder(files)
        guard let stormc = BuiltStormc() else { return folder }
        let published = try stormc.run(["publish", "Payments", "--out", "Payments/Payments.storm-interface.json"], in: folder)
        #expect(published.status == 0, "\(published.error)")
        return folder
    }

    static let consumer = """
    use Payments from "../Payments/Payments.storm-interface.json"

    team Loyalists
    context Loyalty {
      owner Loyalists
      command AwardPoints { points: Int } emits PointsAwarded
      event PointsAwarded { points: Int, amount: Payments.Money }
      policy AwardOnSettlement: when Payments.PaymentSettled then AwardPoints
      read model Failures from Payments.PaymentFailed { count: Int }
      data product Rewards {
        input port payments consumes Payments.PaymentSettled
        output port points publishes PointsAwarded { freshness 1 hour }
      }
    }

    """

    @Test func checksReferencesToTheInterfaceWithSuggestions() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try Self.mesh(consumer: Self.consumer.replacingOccurrences(of: "from Payments.PaymentFailed", with: "from Payments.PaymentFailes"))
        let result = try stormc.run(["check", "Loyalty"], in: folder)
        #expect(result.status == 1)
        #expect(result.error == """
        Loyalty/loyalty.storm:9:37: error: unknown event `PaymentFailes` in context `Payments` [unresolved-reference]
         9 |   read model Failures from Payments.PaymentFailes { count: Int }
           |                                     ^~~~~~~~~~~~~
          = help: did you mean `PaymentFailed`?
        Loyalty: 2 files, 2 contexts, 3 events: 1 error, 0 warnings

        """, "\(result.error)")
        // What the interface keeps private is unknown to the consumer.
        let hidden = try Self.mesh(consumer: Self.consumer.replacingOccurrences(of: "from Payments.PaymentFailed", with: "from Payments.LedgerBalanced"))
        let private_ = try stormc.run(["check", "Loyalty"], in: hidden)
        #expect(private_.status == 1 && private_.error.contains("unknown event `LedgerBalanced` in context `Payments`"), "\(private_.error)")
    }

    @Test func anInterfaceIsUsedOnce() throws {
        guard let stormc = BuiltStormc() else { return }
        let twice = Self.consumer.replacingOccurrences(of: "use Payments from \"../Payments/Payments.storm-interface.json\"\n", with: """
            use Payments from "../Payments/Payments.storm-interface.json"
            use Money from "../Payments/./Payments.storm-interface.json"

            """)
        let folder = try Self.mesh(consumer: twice)
        let result = try stormc.run(["check", "Loyalty"], in: folder)
        #expect(result.status == 1)
        #expect(result.error == """
        Loyalty/loyalty.storm:2:5: error: `Money` uses an interface the model already uses: each is used once [duplicate-declaration]
         2 | use Money from "../Payments/./Payments.storm-interface.json"
           |     ^~~~~
        Loyalty/loyalty.storm:1:5: note: first used here
         1 | use Payments from "../Payments/Payments.storm-interface.json"
           |     ^~~~~~~~
        Loyalty: 2 files, 2 contexts, 3 events: 1 error, 0 warnings

        """, "\(result.error)")
    }

    @Test func usesAnInterfaceFileOrTheOtherModelsFolder() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try Self.mesh(consumer: Self.consumer)
        let file = try stormc.run(["check", "Loyalty"], in: folder)
        #expect(file.status == 0 && file.error == "Loyalty: 2 files, 2 contexts, 3 events: 0 errors, 0 warnings\n", "\(file.error)")
        let model = try stormc.run(["model", "--json", "Loyalty"], in: folder)
        #expect(model.out.contains("\"Payments.PaymentSettled\""))
        try Data(Self.consumer.replacingOccurrences(of: "../Payments/Payments.storm-interface.json", with: "../Payments").utf8)
            .write(to: URL(fileURLWithPath: folder + "/Loyalty/loyalty.storm"))
        let byFolder = try stormc.run(["check", "Loyalty"], in: folder)
        #expect(byFolder.status == 0, "\(byFolder.error)")
    }

    @Test func reportsInterfacesThatCannotBeUsed() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try Self.mesh(consumer: Self.consumer)
        let interface = folder + "/Payments/Payments.storm-interface.json"
        let good = try String(contentsOfFile: interface, encoding: .utf8)
        let cases: [(String, String)] = [
            (good.replacingOccurrences(of: "\"stormInterface\": \"1.0\"", with: "\"stormInterface\": \"2.0\""),
             "it is interface version 2.0; this stormc reads version 1.0"),
            (good.replacingOccurrences(of: "\"name\": \"PaymentFailed\"", with: "\"name\": \"X {} context Evil {\""), "is not a name"),
            ("{\"name\": \"Payments\"}", "it is not a Storm interface (no `stormInterface`)"),
            ("not json", "it is not JSON"),
        ]
        for (text, message) in cases {
            try Data(text.utf8).write(to: URL(fileURLWithPath: interface))
            let result = try stormc.run(["check", "Loyalty"], in: folder)
            #expect(result.status == 1)
            #expect(result.error.hasPrefix("Loyalty/loyalty.storm:1:19: error: cannot use `../Payments/Payments.storm-interface.json`: ")
                    && result.error.contains(message) && result.error.contains("[unusable-interface]"), "\(result.error)")
            // One error at the cause: the references to the missing interface are not reported again.
            #expect(!result.error.contains("[unresolved-reference]"), "\(result.error)")
        }
    }

    @Test func refusesModelsThatUseEachOther() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try temporaryFolder([
            "A/a.storm": "use B from \"../B\"\ncontext A { event Happened }\n",
            "B/b.storm": "use A from \"../A\"\ncontext B { event Done }\n",
        ])
        let result = try stormc.run(["check", "A"], in: folder)
        #expect(result.status == 1 && result.error.contains("cannot use `../B`: the model there has errors"), "\(result.error)")
        let inner = try stormc.run(["check", "B"], in: folder)
        #expect(inner.error.contains("cycle") || inner.error.contains("has errors"), "\(inner.error)")
    }

    @Test func lintAsksForARelationshipWithTheOtherDomain() throws {
        guard let stormc = BuiltStormc() else { return }
        let unmapped = try Self.mesh(consumer: Self.consumer, map: false)
        let result = try stormc.run(["lint", "Loyalty"], in: unmapped)
        #expect(result.status == 1)
        #expect(result.error.contains("error: policy `AwardOnSettlement` of `Loyalty` consumes `Payments.PaymentSettled`, but the context map has no relationship between `Payments` and `Loyalty` [undeclared-coupling]"),
                "\(result.error)")
        let mapped = try Self.mesh(consumer: Self.consumer)
        let clean = try stormc.run(["lint", "Loyalty"], in: mapped)
        #expect(clean.status == 0, "\(clean.error)")
        #expect(!clean.error.contains("Payments.interface.storm"), "the other domain's declarations are its own business: \(clean.error)")
    }

    @Test func formatsTheUseDeclaration() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try Self.mesh(consumer: Self.consumer.replacingOccurrences(of: "use Payments from", with: "use   Payments\n  from"))
        let result = try stormc.run(["fmt", "Loyalty"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let formatted = try String(contentsOfFile: folder + "/Loyalty/loyalty.storm", encoding: .utf8)
        #expect(formatted.hasPrefix("use Payments from \"../Payments/Payments.storm-interface.json\"\n\nteam Loyalists\n"), "\(formatted)")
        #expect(try stormc.run(["fmt", "--check", "Loyalty"], in: folder).status == 0)
    }

    /// The consumer's Swift holds the other domain's types, generated from its interface, and compiles;
    /// no schema is generated for them, since the other domain publishes those.
    @Test func generatesTheConsumerAgainstTheInterface() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try Self.mesh(consumer: Self.consumer)
        let result = try stormc.run(["generate", "all", "Loyalty", "--out", "out"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let fileManager = FileManager.default
        #expect(!fileManager.fileExists(atPath: folder + "/out/JSONSchema/Payments"))
        #expect(!fileManager.fileExists(atPath: folder + "/out/Avro/Payments"))
        #expect(!fileManager.fileExists(atPath: folder + "/out/AsyncAPI/Payments.asyncapi.yaml"))
        #expect(fileManager.fileExists(atPath: folder + "/out/JSONSchema/Loyalty/events/PointsAwarded.v1.schema.json"))
        let swift = try String(contentsOfFile: folder + "/out/Swift/Payments.swift", encoding: .utf8)
        #expect(swift.contains("struct PaymentSettled") && swift.contains("struct Money"), "\(swift)")
        // The other domain's events keep its names: the consumer receives them on the producer's channels.
        let asyncAPI = try String(contentsOfFile: folder + "/out/AsyncAPI/Loyalty.asyncapi.yaml", encoding: .utf8)
        #expect(asyncAPI.contains("address: commerce.payments.PaymentSettled.v2"), "\(asyncAPI)")
        #expect(swift.contains("\"commerce.payments.PaymentSettled.v2\""))
        let map = try String(contentsOfFile: folder + "/out/Diagrams/context-map.dot", encoding: .utf8)
        #expect(map.contains("domain Commerce · used interface"), "\(map)")
        guard toolAvailable("swiftc") else { return }
        let modules = stormc.executable.deletingLastPathComponent().appendingPathComponent("Modules")
        let sources = try fileManager.contentsOfDirectory(atPath: folder + "/out/Swift").sorted().map { folder + "/out/Swift/" + $0 }
        let swiftc = try CommandLineTestSupport.process(URL(fileURLWithPath: "/usr/bin/env"), ["swiftc", "-typecheck", "-I", modules.path] + sources,
                                                        in: folder, environment: ProcessInfo.processInfo.environment)
        #expect(swiftc.status == 0, "swiftc refused the generated Swift:\n\(swiftc.error)\(swiftc.out)")
    }
}
