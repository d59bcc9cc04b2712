import Foundation
import Testing

/// A relationship's details block and a context map's type and state, through the built `stormc`.
struct RelationshipDetailsTests {
    typealias Support = CommandLineTestSupport

    static let written = """
    context Customers {
      aggregate Customer { name: String }
      value Address { street: String }
    }
    context Policies {}

    context map Landscape {
      type system landscape, state to be
      Customers [U, OHS, PL] -> [D, ACL] Policies { name "CustomerData" technology "REST over HTTP"
        exposes Customers.Customer, Address
        rights veto right }
    }

    """

    static let formatted = """
    context map Landscape {
      type system landscape
      state to be

      Customers [U, OHS, PL] -> [D, ACL] Policies {
        name "CustomerData"
        technology "REST over HTTP"
        exposes Customers.Customer, Address
        rights veto right
      }
    }

    """

    static var environment: [String: String] { ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""] }

    @Test func detailsAreCheckedFormattedAndExported() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["m/model.storm": Self.written])
        let check = try Support.process(stormc, ["check", "m"], in: folder, environment: [:])
        #expect(check.status == 0, "\(check.error)")
        let fmt = try Support.process(stormc, ["fmt", "m"], in: folder, environment: [:])
        #expect(fmt.status == 0, "\(fmt.error)")
        let text = try String(contentsOfFile: folder + "/m/model.storm", encoding: .utf8)
        #expect(text.hasSuffix(Self.formatted), "\(text)")
        let again = try Support.process(stormc, ["fmt", "--check", "m"], in: folder, environment: [:])
        #expect(again.status == 0, "formatting is stable: \(again.error)")

        let json = try Support.process(stormc, ["model", "--json", "m"], in: folder, environment: [:])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let map = (object?["contextMaps"] as? [[String: Any]])?.first
        #expect(map?["type"] as? String == "system landscape" && map?["state"] as? String == "to be")
        let relationship = (map?["relationships"] as? [[String: Any]])?.first
        #expect(relationship?["name"] as? String == "CustomerData")
        #expect(relationship?["technology"] as? String == "REST over HTTP")
        #expect(relationship?["exposes"] as? [String] == ["Customers.Customer", "Customers.Address"])
        #expect(relationship?["downstreamRights"] as? String == "veto right")

        let report = try Support.process(stormc, ["report", "m"], in: folder, environment: [:])
        #expect(report.out.contains("""
        Context map `Landscape`: type system landscape, state to be.

        | Relationship | Name | Technology | Exposes | Downstream rights |
        |---|---|---|---|---|
        | `Customers` → `Policies` | CustomerData | REST over HTTP | `Customers.Customer`, `Customers.Address` | veto right |
        """), "\(report.out)")
    }

    @Test func detailsAreDrawnOnTheEdgeAndTheSettingsInTheTitle() throws {
        guard let stormc = Support.executable() else { return }
        let folder = try temporaryFolder(["m/model.storm": Self.written])
        let dot = try Support.process(stormc, ["map", "m"], in: folder, environment: [:])
        #expect(dot.out.contains("<B>m · context map · system landscape · to be</B>"), "\(dot.out)")
        #expect(dot.out.contains("label=<CustomerData<BR/><FONT POINT-SIZE=\"10\" COLOR=\"#495057\">REST over HTTP</FONT><BR/>"
                                 + "<FONT POINT-SIZE=\"10\" COLOR=\"#495057\">exposes Customer, Address</FONT><BR/>"
                                 + "<FONT POINT-SIZE=\"10\" COLOR=\"#495057\">downstream: veto right</FONT>>"), "\(dot.out)")
        let mermaid = try Support.process(stormc, ["map", "m", "--format", "mermaid"], in: folder, environment: [:])
        #expect(mermaid.out.contains("CustomerData<br/><i>REST over HTTP</i>"), "\(mermaid.out)")
        if toolAvailable("dot") {
            let svg = try Support.process(stormc, ["map", "m", "--format", "svg"], in: folder, environment: Self.environment)
            #expect(svg.status == 0 && svg.out.contains("CustomerData") && svg.error.isEmpty, "\(svg.error)")
        }
        if Mermaidx.available() {
            let rendered = try Mermaidx.render([(name: "map", source: mermaid.out)])
            #expect(rendered.first?.error == nil, "\(rendered.first?.error ?? "")")
        }
    }
}
