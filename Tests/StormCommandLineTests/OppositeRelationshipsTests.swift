import Foundation
import Testing

/// Two contexts that each consume the other's events, with a relationship for each direction, through the
/// built `stormc`: no duplicate warning, and every flow on the relationship of its own direction in
/// `report`, `map --show-events` and `lint`. Also `map --cluster domain` framing only contexts that
/// implement a subdomain.
@Suite struct OppositeRelationshipsTests {
    static let files = [
        "Shop/shop.storm": """
        domain Retail {
          subdomain Ordering: core
          subdomain Delivery: supporting
        }
        context Orders implements Retail.Ordering {
          command PlaceOrder emits OrderPlaced
          event OrderPlaced { customer: String @pii }
          command CloseOrder emits OrderClosed
          event OrderClosed
          policy CloseShippedOrders: when Shipping.ParcelShipped then CloseOrder
        }
        context Shipping implements Retail.Delivery {
          command ShipParcel emits ParcelShipped
          event ParcelShipped
          policy ShipEveryOrder: when Orders.OrderPlaced then ShipParcel
        }
        context Archive {
          read model History from Orders.OrderClosed { count: Int }
        }
        context map Shop {
          Orders [U] -> [D] Shipping
          Shipping [U, PL] -> [D, CF] Orders
          Orders [U] -> [D, CF] Archive
        }
        """,
    ]

    /// Runs the built `stormc` on the model folder; nil when the executable is not built.
    private func run(_ arguments: String...) throws -> CommandResult? {
        guard let stormc = CommandLineTestSupport.executable() else { return nil }
        let folder = try temporaryFolder(Self.files)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try CommandLineTestSupport.process(stormc, arguments, in: folder, environment: ["PATH": "/usr/bin:/bin"])
    }

    @Test func oppositeDirectionsAreNotADuplicate() throws {
        guard let check = try run("check", "Shop") else { return }
        #expect(check.status == 0)
        #expect(!check.error.contains("duplicate-relationship"), "\(check.error)")
        #expect(!check.error.contains("warning:") && check.error.contains("0 warnings"), "\(check.error)")
    }

    @Test func theReportPutsEachFlowOnTheRelationshipOfItsDirection() throws {
        guard let report = try run("report", "Shop") else { return }
        #expect(report.status == 0, "\(report.error)")
        #expect(report.out.contains("| `OrderPlaced` | `Orders` | `Shipping` | policy `ShipEveryOrder` | Orders [U] → [D] Shipping |"), "\(report.out)")
        #expect(report.out.contains("| `ParcelShipped` | `Shipping` | `Orders` | policy `CloseShippedOrders` | Shipping [U, PL] → [D, CF] Orders |"), "\(report.out)")
    }

    @Test func theMapLabelsEachEdgeWithTheEventsGoingItsWay() throws {
        guard let map = try run("map", "Shop", "--show-events", "--format", "mermaid") else { return }
        #expect(map.status == 0, "\(map.error)")
        let edges = map.out.split(separator: "\n").filter { $0.contains("-->") }
        #expect(edges.count == 3, "\(map.out)")
        #expect(edges[0].hasPrefix("    n1 -->") && edges[0].contains("OrderPlaced") && !edges[0].contains("ParcelShipped"), "\(edges[0])")
        #expect(edges[1].hasPrefix("    n2 -->") && edges[1].contains("ParcelShipped") && !edges[1].contains("OrderPlaced"), "\(edges[1])")
        #expect(!map.out.contains("#8592;"), "no event is drawn against an edge's direction")
        #expect(!map.out.contains("no relationship"))
    }

    @Test func lintFindsNoUndeclaredCouplingAndPointsAtTheCrossedRelationship() throws {
        guard let run = try run("lint", "Shop") else { return }
        let lint = (out: run.out + run.error, status: run.status)
        #expect(lint.status == 1, "the personal data leak is an error")
        #expect(!lint.out.contains("undeclared-coupling") && !lint.out.contains("relationship-without-flow") && !lint.out.contains("duplicate"),
                "\(lint.out)")
        // The personal data goes from Orders to Shipping: the note names `Orders [U] -> [D] Shipping` (line 21),
        // not the relationship the other way, which has a published language.
        let lines = lint.out.split(separator: "\n").map(String.init)
        let leak = try #require(lines.firstIndex { $0.contains("personal data `Orders.OrderPlaced.customer` reaches `Shipping`") }, "\(lint.out)")
        let notes = lines[(leak + 1)...].prefix { !$0.contains(": warning: ") && !$0.contains(": error: ") && !$0.hasPrefix("Shop:") }
            .filter { $0.contains(": note: ") }
        #expect(notes.map { $0.replacingOccurrences(of: "Shop/", with: "") }
                == ["shop.storm:7:23: note: marked `@pii` here", "shop.storm:21:3: note: the relationship it crosses is declared here"])
    }

    @Test func clusteringByDomainLeavesContextsWithoutASubdomainOutside() throws {
        guard let map = try run("map", "Shop", "--cluster", "domain", "--format", "mermaid") else { return }
        #expect(map.status == 0, "\(map.error)")
        let lines = map.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let frame = try #require(lines.firstIndex { $0.contains("subgraph") && $0.contains("Retail") }, "\(map.out)")
        let end = try #require(lines[frame...].firstIndex { $0.trimmingCharacters(in: .whitespaces) == "end" })
        let framed = lines[frame..<end].joined(separator: "\n")
        #expect(framed.contains("<b>Orders</b>") && framed.contains("<b>Shipping</b>") && !framed.contains("<b>Archive</b>"), "\(map.out)")
        #expect(map.out.contains("<b>Archive</b>"))
        #expect(!map.out.contains("<b>Shop</b>\"]"), "no frame named after the model: \(map.out)")
    }
}
