import Foundation
import Testing

/// `stormc mesh`, run as a process: domains checked together, drawn, and scored.
@Suite struct MeshCommandTests {
    @Test func domainsThatFitAreDrawnAsDOTThatGraphvizLaysOut() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try UseInterfaceTests.mesh(consumer: UseInterfaceTests.consumer)
        let check = try stormc.run(["mesh", "Payments", "Loyalty"], in: folder)
        #expect(check.status == 0 && check.out.isEmpty)
        #expect(check.error == "Mesh: 2 domains, 2 data products, 1 lineage edge: 0 errors\n", "\(check.error)")
        let dot = try stormc.run(["mesh", "Payments", "Loyalty", "--format", "dot"], in: folder)
        #expect(dot.status == 0)
        #expect(dot.out == """
        // The mesh of 2 domains, drawn by stormc mesh. Do not edit.
        digraph mesh {
          graph [rankdir=LR, fontname="Helvetica", fontsize=12, nodesep=0.4, ranksep=0.8]
          node [shape=box, style="rounded,filled", fillcolor="#FFFFFF", color="#495057", fontname="Helvetica", fontsize=11]
          edge [color="#495057", fontname="Helvetica", fontsize=9]
          subgraph "cluster_0" {
            label="Payments"
            style="rounded"
            color="#868E96"
            "d0p0" [label=<<B>Settlements</B><BR/><FONT POINT-SIZE="9">Payments · team Treasury</FONT>>]
          }
          subgraph "cluster_1" {
            label="Loyalty"
            style="rounded"
            color="#868E96"
            "d1p0" [label=<<B>Rewards</B><BR/><FONT POINT-SIZE="9">Loyalty · team Loyalists</FONT>>]
          }
          "d0p0" -> "d1p0" [label="settled → payments", penwidth=1.6]
        }

        """, "\(dot.out)")
        let again = try stormc.run(["mesh", "Payments", "Loyalty", "--format", "dot", "--out", "mesh.dot"], in: folder)
        let written = try String(contentsOfFile: folder + "/mesh.dot", encoding: .utf8)
        #expect(again.status == 0 && written == dot.out)
        guard toolAvailable("dot") else { return }
        let rendered = try CommandLineTestSupport.process(URL(fileURLWithPath: "/usr/bin/env"), ["dot", "-Tsvg", "-o", "mesh.svg", "mesh.dot"],
                                                          in: folder, environment: ProcessInfo.processInfo.environment)
        #expect(rendered.status == 0 && rendered.error.isEmpty, "dot: \(rendered.error)")
        let svg = try String(contentsOfFile: folder + "/mesh.svg", encoding: .utf8)
        #expect(svg.contains("Settlements") && svg.contains("settled → payments"))
        // stormc renders it itself with --format svg.
        let drawn = try stormc.run(["mesh", "Payments", "Loyalty", "--format", "svg", "--out", "drawn.svg"], in: folder)
        let own = try String(contentsOfFile: folder + "/drawn.svg", encoding: .utf8)
        #expect(drawn.status == 0 && own.hasPrefix("<?xml") && own.contains("</svg>") && own.contains("settled → payments"), "\(drawn.error)")
    }

    @Test func theMeshIsDrawnAsMermaidThatMermaidRenders() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try UseInterfaceTests.mesh(consumer: UseInterfaceTests.consumer)
        let mermaid = try stormc.run(["mesh", "Payments", "Loyalty", "--format", "mermaid"], in: folder)
        #expect(mermaid.status == 0)
        #expect(mermaid.out.contains("  subgraph d0[\"Payments\"]\n    d0p0[\"Settlements<br/>Payments #183; team Treasury\"]\n  end\n"), "\(mermaid.out)")
        #expect(mermaid.out.hasSuffix("  d0p0 -->|\"settled #8594; payments\"| d1p0\n"), "\(mermaid.out)")
        guard Mermaidx.available() else { return }
        let renderings = try Mermaidx.render([(name: "mesh", source: mermaid.out)])
        #expect(renderings.count == 1 && renderings.first?.error == nil, "\(renderings.first?.error ?? "no rendering")")
        #expect(renderings.first?.svg.contains("Settlements") == true)
    }

    @Test func reportsUsesOutsideTheMeshVersionsThatDisagreeAndDuplicates() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try UseInterfaceTests.mesh(consumer: UseInterfaceTests.consumer)
        let alone = try stormc.run(["mesh", "Loyalty"], in: folder)
        #expect(alone.status == 1)
        #expect(alone.error == """
        stormc: error: Loyalty uses `Payments` from "../Payments/Payments.storm-interface.json", which is none of the mesh's domains: add it to the paths [mesh-unresolved-use]
        Mesh: 1 domain, 1 data product, 0 lineage edges: 1 error

        """, "\(alone.error)")

        // Payments moves on to PaymentSettled v3 and stops publishing PaymentFailed; Loyalty still uses the old interface.
        let source = folder + "/Payments/payments.storm"
        let model = try String(contentsOfFile: source, encoding: .utf8)
        try Data(model.replacingOccurrences(of: "event PaymentSettled v2", with: "event PaymentSettled v3")
            .replacingOccurrences(of: "publishes PaymentSettled, PaymentFailed", with: "publishes PaymentSettled").utf8).write(to: URL(fileURLWithPath: source))
        let stale = try stormc.run(["mesh", "Payments", "Loyalty"], in: folder)
        #expect(stale.status == 1)
        #expect(stale.error == """
        stormc: error: Loyalty uses `Payments.PaymentSettled` v2, but Payments publishes v3: publish the interface again and check Loyalty [mesh-version-mismatch]
        stormc: error: Loyalty uses `Payments.PaymentFailed` v1, which Payments no longer publishes [mesh-version-mismatch]
        Mesh: 2 domains, 2 data products, 1 lineage edge: 2 errors

        """, "\(stale.error)")
        let undrawn = try stormc.run(["mesh", "Payments", "Loyalty", "--format", "dot"], in: folder)
        #expect(undrawn.status == 1 && undrawn.out.isEmpty, "nothing is drawn for a mesh with problems")

        let fresh = try UseInterfaceTests.mesh(consumer: UseInterfaceTests.consumer)
        let twice = try stormc.run(["mesh", "Payments/Payments.storm-interface.json", "Payments"], in: fresh)
        #expect(twice.status == 1)
        #expect(twice.error == """
        stormc: error: Payments and Payments/Payments.storm-interface.json are both the domain `Payments`: a mesh holds each domain once [mesh-duplicate-domain]
        stormc: error: Payments publishes `commerce.payments.PaymentSettled.v2`, which Payments/Payments.storm-interface.json publishes too: two domains cannot publish one name [mesh-duplicate-event]
        stormc: error: Payments publishes `commerce.payments.PaymentFailed.v1`, which Payments/Payments.storm-interface.json publishes too: two domains cannot publish one name [mesh-duplicate-event]
        Mesh: 2 domains, 2 data products, 0 lineage edges: 3 errors

        """, "\(twice.error)")
    }

    @Test func theScorecardHasARowPerDomain() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try UseInterfaceTests.mesh(consumer: UseInterfaceTests.consumer)
        let report = try stormc.run(["mesh", "Payments", "Loyalty", "--report"], in: folder)
        #expect(report.status == 0, "\(report.error)")
        // Payments alone: its unused LedgerBalanced (warning) and personal data without a published language (error).
        #expect(report.out.contains("| Payments | 1 | 1 | 2 | 0 | 1 | 0 | 1 | 1 |"), "\(report.out)")
        #expect(report.out.contains("| Loyalty | 1 | 1 | 1 | 1 | 0 | 0 | 0 | 1 |"), "its port has no availability objective: \(report.out)")
        #expect(report.out.hasSuffix("The domains fit: every use resolves, versions agree, no name is published twice.\n"))
    }

    @Test func refusesMisusedOptions() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try temporaryFolder(["x.txt": ""])
        for (arguments, message) in [(["mesh"], "give the domains"), (["mesh", "A", "--format", "png"], "--format takes"),
                                     (["mesh", "A", "--out", "m.dot"], "--out writes a drawing"), (["mesh", "A", "--report", "--format", "dot"], "--report prints")] {
            let result = try stormc.run(arguments, in: folder)
            #expect(result.status == 2 && result.error.contains(message), "\(arguments): \(result.error)")
        }
        let missing = try stormc.run(["mesh", "Nowhere"], in: folder)
        #expect(missing.status == 2 && missing.error == "stormc: error: no such file or folder: Nowhere\n", "\(missing.error)")
    }
}

/// The bundled mesh: `Models/Marketing` uses `Models/OnlineRetail`, and `Generated/Mesh/Diagrams/` holds their map.
@Suite struct BundledMeshTests {
    @Test func marketingUsesOnlineRetailAndTheMapIsCurrent() throws {
        guard let stormc = BuiltStormc() else { return }
        let root = BuiltStormc.repository
        let check = try stormc.run(["check", "Models/Marketing"], in: root)
        #expect(check.status == 0, "\(check.error)")
        let mesh = try stormc.run(["mesh", "Models/CargoShipping", "Models/Marketing", "Models/MotorInsurance", "Models/OnlineRetail", "--format", "dot"], in: root)
        #expect(mesh.status == 0, "\(mesh.error)")
        #expect(mesh.out == (try String(contentsOfFile: root + "/Generated/Mesh/Diagrams/mesh.dot", encoding: .utf8)),
                "Generated/Mesh/Diagrams/mesh.dot is stale: run `swift run stormc generate all`")
        #expect(mesh.out.contains("\"d3p2\" -> \"d1p1\" [label=\"ledger → payments\", penwidth=1.6]"), "Settlements feeds LoyaltyPoints across domains")
        let asyncAPI = try String(contentsOfFile: root + "/Generated/Marketing/AsyncAPI/Loyalty.asyncapi.yaml", encoding: .utf8)
        #expect(asyncAPI.contains("address: onlineretail.payments.PaymentCaptured.v1") && asyncAPI.contains("address: onlineretail.ordering.OrderPlaced.v1"),
                "the consumer receives on the producer's channels")
    }
}
