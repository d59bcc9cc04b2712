import Foundation
import Testing

/// Team relationships in a context map and `stormc map --view teams`, through the built `stormc`.
struct TeamMapTests {
    typealias Support = CommandLineTestSupport

    static let model = """
    /// Claims handlers' systems.
    team ClaimsHandling { contact "claims@example.com" }

    team Payments

    team Platform

    team Enabling

    context Claims {
      owner ClaimsHandling

      aggregate Payout {
        owner Payments
      }
    }

    context map Organisation {
      team ClaimsHandling [U] -> [D] team Payments
      team Payments collaboration team ClaimsHandling
      team Platform x-as-a-service team Payments
      team Enabling facilitating team ClaimsHandling
    }

    """

    static var environment: [String: String] { ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""] }

    @Test func teamRelationshipsAreCheckedFormattedAndExported() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["m/model.storm": Self.model])
        let check = try Support.process(stormc, ["check", "m"], in: folder, environment: [:])
        #expect(check.status == 0, "\(check.error)")
        let fmt = try Support.process(stormc, ["fmt", "--check", "m"], in: folder, environment: [:])
        #expect(fmt.status == 0, "\(fmt.error)")
        let json = try Support.process(stormc, ["model", "--json", "m"], in: folder, environment: [:])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let teams = ((object?["contextMaps"] as? [[String: Any]])?.first?["teamRelationships"] as? [[String: String]]) ?? []
        #expect(teams == [["kind": "upstreamDownstream", "first": "ClaimsHandling", "second": "Payments"],
                          ["kind": "collaboration", "first": "Payments", "second": "ClaimsHandling"],
                          ["kind": "x-as-a-service", "first": "Platform", "second": "Payments"],
                          ["kind": "facilitating", "first": "Enabling", "second": "ClaimsHandling"]])
    }

    @Test func aMisspeltTeamOrModeIsReportedWithTheNearest() throws {
        guard let stormc = Support.executable() else { return }
        let model = """
        team Claims
        team Payments
        context map Organisation {
          team Claims [U] -> [D] team Payment
          team Claims colaboration team Payments
        }

        """
        let folder = try temporaryFolder(["m/model.storm": model])
        let check = try Support.process(stormc, ["check", "m"], in: folder, environment: [:])
        #expect(check.status == 1)
        #expect(check.error.contains("""
        m/model.storm:5:15: error: expected `->`, `<-`, `collaboration`, `x-as-a-service` or `facilitating` after team `Claims`, found `colaboration` [expected-token]
         5 |   team Claims colaboration team Payments
           |               ^~~~~~~~~~~~
          = help: did you mean `collaboration`?
        """), "\(check.error)")
        #expect(check.error.contains("""
        m/model.storm:4:31: error: unknown team `Payment` [unresolved-reference]
         4 |   team Claims [U] -> [D] team Payment
           |                               ^~~~~~~
          = help: did you mean `Payments`?
        """), "\(check.error)")
    }

    @Test func theTeamMapIsDrawnAndRendered() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["m/model.storm": Self.model])
        let dot = try Support.process(stormc, ["map", "m", "--view", "teams"], in: folder, environment: [:])
        #expect(dot.status == 0, "\(dot.error)")
        #expect(dot.out.contains("<B>m · team map</B>"), "\(dot.out)")
        #expect(dot.out.contains("<B>ClaimsHandling</B></FONT><BR/>owns Claims<BR/>"), "\(dot.out)")
        #expect(dot.out.contains("<B>Payments</B></FONT><BR/>owns Claims.Payout"), "\(dot.out)")
        #expect(dot.out.contains("\"ClaimsHandling\" -> \"Payments\" [id=\"team-relationship-1\""), "\(dot.out)")
        #expect(dot.out.contains("X-as-a-Service") && dot.out.contains("Facilitating") && dot.out.contains("Collaboration"))
        let mermaid = try Support.process(stormc, ["map", "m", "--view", "teams", "--format", "mermaid"], in: folder, environment: [:])
        #expect(mermaid.out.contains("classDef team "), "\(mermaid.out)")
        if toolAvailable("dot") {
            let svg = try Support.process(stormc, ["map", "m", "--view", "teams", "--format", "svg"], in: folder, environment: Self.environment)
            #expect(svg.status == 0 && svg.out.contains("<svg") && svg.error.isEmpty, "dot warns: \(svg.error)")
        }
        if Mermaidx.available() {
            let rendered = try Mermaidx.render([(name: "teams", source: mermaid.out)])
            #expect(rendered.first?.error == nil, "\(rendered.first?.error ?? "")")
        }
    }
}
