import Foundation
import Testing

/// `stormc serve` of a model that uses another domain: the page's mesh view, redrawn when a file changes.
@Suite(.serialized)
struct ServeMeshTests {
    /// Two domains in sibling folders; Loyalty starts without using Payments.
    static let files = [
        "Payments/payments.storm": """
        team Treasury
        domain Commerce { subdomain Settling: core }
        context Payments implements Commerce.Settling {
          owner Treasury
          command Settle emits PaymentSettled
          event PaymentSettled v1 { amount: Int }
          data product Settlements {
            output port settled publishes PaymentSettled { freshness 5 minutes }
          }
        }

        """,
        "Loyalty/loyalty.storm": """
        context Loyalty {
          command Award emits PointsAwarded
          event PointsAwarded
        }

        """,
    ]

    static func state(_ port: Int) throws -> [String: Any] {
        let state = try LoopbackClient.get(port, "/state.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(state.body.utf8)) as? [String: Any])
    }

    @Test func theMeshViewAppearsWhenTheModelUsesAnotherDomainAndFollowsItsFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("storm-serve-mesh-" + UUID().uuidString).path
        for (name, text) in Self.files {
            try FileManager.default.createDirectory(atPath: root + "/" + (name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
        }
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard let server = try ServeProcess([root + "/Loyalty"]) else { return }
        let page = try LoopbackClient.get(server.port, "/")
        #expect(page.body.contains("data-view=\"mesh\""))
        #expect(try LoopbackClient.get(server.port, "/app.js").body.contains("data.mesh"))
        #expect(try Self.state(server.port)["mesh"] as? Bool == false)
        if ServeCommandTests.hasDot {
            #expect(try LoopbackClient.get(server.port, "/picture.svg?view=mesh").status == 404)
        }

        // Using Payments makes a mesh of two domains: the page hears of it and draws both.
        let stream = try LoopbackClient(port: server.port)
        stream.send("GET /events HTTP/1.1\r\n\r\n")
        _ = stream.read(until: "retry:")
        let using = """
            use Payments from "../Payments"

            context Loyalty {
              command Award emits PointsAwarded
              event PointsAwarded
              policy AwardOnSettlement: when Payments.PaymentSettled then Award
            }
            context map M { Payments [U, PL] -> [D] Loyalty }

            """
        try Data(using.utf8).write(to: URL(fileURLWithPath: root + "/Loyalty/loyalty.storm"))
        #expect(stream.read(until: "\"generation\":4").contains("\"generation\":4"))
        let state = try Self.state(server.port)
        #expect(state["hasErrors"] as? Bool == false, "\(state)")
        #expect(state["mesh"] as? Bool == true, "\(state)")
        guard ServeCommandTests.hasDot else { return ServeProcess.skip("Graphviz `dot` is not installed (apt-get install graphviz)") }
        let mesh = try LoopbackClient.get(server.port, "/picture.svg?view=mesh")
        #expect(mesh.status == 200 && mesh.body.contains("<svg") && mesh.body.contains("Settlements") && mesh.body.contains("Loyalty"), "\(mesh.body.prefix(600))")
        // The context map is still its own picture, not the cached mesh.
        let map = try LoopbackClient.get(server.port, "/picture.svg?view=context-map")
        #expect(map.status == 200 && !map.body.contains("Settlements"), "\(map.body.prefix(600))")
    }
}
