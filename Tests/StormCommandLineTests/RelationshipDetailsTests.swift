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

    /// The events a relationship exposes: those it names and those its named aggregates' commands emit;
    /// consuming another is `consumed-not-exposed`. AsyncAPI names the integration on each receive.
    @Test func lintAndAsyncAPIUseWhatTheRelationshipExposes() throws {
        guard let stormc = Support.executable() else { return }
        let model = """
        context Customers {
          aggregate Customer {
            command Register { name: String } emits CustomerRegistered
          }
          command Move emits CustomerMoved
          event CustomerRegistered { name: String }
          event CustomerMoved
        }
        context Policies {
          read model Holders from Customers.CustomerRegistered { name: String }
          policy Requote: when Customers.CustomerMoved then Quote
          command Quote emits Quoted
          event Quoted
        }
        context map Landscape {
          Customers [U, OHS] -> [D, ACL] Policies {
            name "CustomerData"
            technology "Kafka"
            exposes Customer
          }
        }

        """
        let folder = try temporaryFolder(["m/model.storm": model])
        let lint = try Support.process(stormc, ["lint", "m"], in: folder, environment: [:])
        let findings = lint.error.split(separator: "\n").filter { $0.contains("[consumed-not-exposed]") }
        #expect(findings == ["m/model.storm:11:3: warning: policy `Requote` of `Policies` consumes `Customers.CustomerMoved`, which the "
                             + "relationship `CustomerData` from `Customers` does not expose (it exposes `Customer`) [consumed-not-exposed]"],
                "\(lint.error)")
        #expect(lint.error.contains("m/model.storm:16:3: note: the relationship's `exposes` list"), "\(lint.error)")
        // Exposing the event too silences it.
        let exposed = try temporaryFolder(["m/model.storm": model.replacingOccurrences(of: "exposes Customer\n", with: "exposes Customer, CustomerMoved\n")])
        let clean = try Support.process(stormc, ["lint", "m"], in: exposed, environment: [:])
        #expect(!clean.error.contains("consumed-not-exposed"), "\(clean.error)")

        let generate = try Support.process(stormc, ["generate", "asyncapi", "m", "--out", "out"], in: folder, environment: [:])
        #expect(generate.status == 0, "\(generate.error)")
        let document = try String(contentsOfFile: folder + "/out/Policies.asyncapi.yaml", encoding: .utf8)
        #expect(document.contains("description: \"Through CustomerData (Kafka), the relationship Customers [U, OHS] -> [D, ACL] Policies.\""), "\(document)")
        #expect(document.components(separatedBy: "Through CustomerData").count == 3, "one description a receive operation")
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
