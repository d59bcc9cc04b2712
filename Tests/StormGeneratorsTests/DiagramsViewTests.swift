@testable import StormGenerators
import StormModel
import Testing

@Test func contextMapHasABoxPerContextAndAnEdgePerRelationship() {
    let diagram = ContextMapView.diagram(for: DiagramsFixtures.insurer, clustering: .none, showEvents: false)
    #expect(diagram.content.allNodes.map(\.id) == ["Trips", "Scoring", "Billing", "Claims", "Mainframe"])
    #expect(diagram.edges.map(\.id) == (1...6).map { "relationship-\($0)" })
}
