import Foundation
import Testing

/// `external context Name { … }`: a system the organisation does not own, through the built `stormc`.
struct ExternalContextTests {
    typealias Support = CommandLineTestSupport

    static let model = """
    domain Rental {
      subdomain Fleet: core
      subdomain Payments: core
    }

    context Trips implements Fleet {
      event TripEnded { amount: Decimal }
      policy ChargeOnEnd: when TripEnded then Stripe.Charge
    }

    /// The card processor.
    external context Stripe implements Payments {
      command Charge { amount: Decimal } emits ChargeSucceeded
      event ChargeSucceeded
      event DisputeOpened
    }

    context map Rental {
      Stripe [U, OHS] -> [D, ACL] Trips
    }

    """

    @Test func anExternalContextIsCheckedFormattedExportedAndLinted() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["m/model.storm": Self.model])
        let check = try Support.process(stormc, ["check", "m"], in: folder, environment: [:])
        #expect(check.status == 0, "\(check.error)")
        let fmt = try Support.process(stormc, ["fmt", "--check", "m"], in: folder, environment: [:])
        #expect(fmt.status == 0, "the formatter keeps `external context`: \(fmt.error)")
        let json = try Support.process(stormc, ["model", "--json", "m"], in: folder, environment: [:])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let contexts = (object?["contexts"] as? [[String: Any]]) ?? []
        #expect(contexts.map { $0["external"] as? Bool } == [false, true])
        let lint = try Support.process(stormc, ["lint", "m"], in: folder, environment: [:])
        #expect(lint.error.contains("model.storm:12:1: warning: external context `Stripe` implements core subdomain `Rental.Payments`"),
                "\(lint.error)")
        #expect(lint.error.contains("[core-subdomain-external]"))
        // What the model writes of a system it does not own is what it uses: no unused-event for DisputeOpened.
        #expect(!lint.error.contains("DisputeOpened"), "\(lint.error)")
    }

    @Test func anExternalContextIsDrawnDashedAndExplainedInTheLegend() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["m/model.storm": Self.model])
        let dot = try Support.process(stormc, ["map", "m"], in: folder, environment: [:])
        #expect(dot.status == 0, "\(dot.error)")
        #expect(dot.out.contains(">external</FONT>"), "\(dot.out)")
        #expect(dot.out.contains("rounded,filled,dashed"))
        #expect(dot.out.contains("external context (dashed): not owned"))
        let mermaid = try Support.process(stormc, ["map", "m", "--format", "mermaid"], in: folder, environment: [:])
        #expect(mermaid.out.contains("classDef outside "), "\(mermaid.out)")
        #expect(mermaid.out.contains("    class Stripe outside") || mermaid.out.contains(" outside\n"), "\(mermaid.out)")
        if toolAvailable("dot") {
            let svg = try Support.process(stormc, ["map", "m", "--format", "svg"], in: folder,
                                              environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""])
            #expect(svg.status == 0 && svg.out.contains("<svg") && svg.error.isEmpty, "\(svg.error)")
        }
        if Mermaidx.available() {
            let rendered = try Mermaidx.render([(name: "map", source: mermaid.out)])
            #expect(rendered.first?.error == nil, "\(rendered.first?.error ?? "")")
        }
    }
}
