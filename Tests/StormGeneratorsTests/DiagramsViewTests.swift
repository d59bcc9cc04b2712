@testable import StormGenerators
import StormModel
import Testing

/// The context-map view: boxes, relationship edges, frames and crossing events.
@Suite struct DiagramsContextMapTests {
    let model = DiagramsFixtures.insurer

    @Test func aBoxPerContextShowsItsSubdomainKindAndTeam() {
        let diagram = ContextMapView.diagram(for: model, clustering: .none, showEvents: false)
        let nodes = diagram.content.allNodes
        #expect(nodes.map(\.id) == ["Trips", "Scoring", "Billing", "Claims", "Mainframe"])
        #expect(nodes.map(\.role) == [.supportingContext, .coreContext, .genericContext, .context, .context])
        #expect(nodes[0].lines.map(\.text) == ["Trips", "Telematics · supporting", "team Mobility"])
        #expect(nodes[4].lines.map(\.text) == ["Mainframe", "Big Ball of Mud"])
        #expect(nodes.map(\.isMuddy) == [false, false, false, false, true])
    }

    @Test func anEdgePerRelationshipWithTheRolesOfEachEnd() {
        let edges = ContextMapView.diagram(for: model, clustering: .none, showEvents: false).edges
        #expect(edges.map(\.id) == (1...6).map { "relationship-\($0)" })
        #expect(edges.map(\.style) == [.upstreamDownstream, .upstreamDownstream, .partnership, .sharedKernel, .separateWays, .upstreamDownstream])
        #expect(edges[0].tail == ["U", "OHS", "PL"] && edges[0].head == ["D", "ACL"] && edges[0].label.isEmpty)
        #expect(edges[1].tail == ["U", "S"] && edges[1].head == ["D", "C"] && edges[1].label.map(\.text) == ["Customer/Supplier"])
        #expect(edges[2].tail.isEmpty && edges[2].label.map(\.text) == ["Partnership"])
        #expect(edges[3].label.map(\.text) == ["Shared Kernel"])
        #expect(edges[4].label.map(\.text) == ["Separate Ways"])
        #expect(edges[5].tail == ["U"] && edges[5].head == ["D", "CF"])
    }

    @Test func theLegendExplainsOnlyWhatIsDrawn() {
        let legend = ContextMapView.diagram(for: model, clustering: .none, showEvents: false).legend
        #expect(legend.prefix(5) == [.role(.coreContext), .role(.supportingContext), .role(.genericContext), .role(.context), .bigBallOfMud])
        #expect(legend.dropFirst(5).map { if case .abbreviation(let mark, _) = $0 { mark } else { "?" } } == ["U", "D", "S", "C", "OHS", "PL", "ACL", "CF"])
    }

    @Test func contextsAreFramedByTeamOrDomain() {
        let byTeam = ContextMapView.diagram(for: model, clustering: .team, showEvents: false).content
        #expect(byTeam.groups.map(\.id) == ["team.Mobility", "team.Actuaries"])
        #expect(byTeam.groups[0].nodes.map(\.id) == ["Trips", "Claims"])
        #expect(byTeam.nodes.map(\.id) == ["Billing", "Mainframe"])
        let byDomain = ContextMapView.diagram(for: model, clustering: .domain, showEvents: false).content
        #expect(byDomain.groups.map(\.title) == ["Insurance"] && byDomain.groups[0].caption == "domain")
        #expect(byDomain.groups[0].nodes.map(\.id) == ["Trips", "Scoring", "Billing"])
        #expect(byDomain.nodes.map(\.id) == ["Claims", "Mainframe"], "contexts that implement no subdomain stay outside the frames")
    }

    @Test func eachFlowRidesTheRelationshipOfItsOwnDirection() throws {
        // Trips now also consumes Scoring's TripScored: against `Trips -> Scoring` until `Scoring -> Trips` is declared.
        var model = self.model
        let trips = try #require(model.contexts.firstIndex { $0.name == "Trips" })
        model.contexts[trips].policies.append(DiagramsFixtures.policy("SlowDownRiskyDrivers", when: [DiagramsFixtures.ref("Scoring", "TripScored")],
                                                                      then: [DiagramsFixtures.ref("Trips", "StartTrip")]))
        let against = ContextMapView.diagram(for: model, clustering: .none, showEvents: true).edges
        #expect(against[0].label.map(\.text) == ["TripEnded"], "an upstream/downstream edge carries only its own direction")
        let unmapped = try #require(against.first { $0.style == .unmappedFlow })
        #expect(unmapped.style == .unmappedFlow && unmapped.from == "Scoring" && unmapped.to == "Trips")
        #expect(unmapped.label.map(\.text) == ["no relationship this way", "TripScored"])

        model.contextMaps[0].relationships.append(Relationship(kind: .upstreamDownstream, first: "Scoring", second: "Trips", range: DiagramsFixtures.here))
        let both = ContextMapView.diagram(for: model, clustering: .none, showEvents: true).edges
        #expect(both[0].label.map(\.text) == ["TripEnded"])
        #expect(both[6].id == "relationship-7" && both[6].label.map(\.text) == ["TripScored"])
        #expect(both.filter { $0.style == .unmappedFlow }.map(\.from) == ["Billing"])
    }

    @Test func edgesListTheEventsThatCrossThemAndUnmappedFlowsGetTheirOwn() {
        let edges = ContextMapView.diagram(for: model, clustering: .none, showEvents: true).edges
        #expect(edges[0].label.map(\.text) == ["TripEnded"])
        #expect(edges[1].label.map(\.text) == ["Customer/Supplier", "TripScored"])
        #expect(edges[2].label.map(\.text) == ["Partnership", "← TripScored"])
        #expect(edges[3].label.map(\.text) == ["Shared Kernel", "TripEnded"])
        #expect(edges.count == 7)
        #expect(edges[6].id == "unmapped-flow-1" && edges[6].style == .unmappedFlow && edges[6].from == "Billing" && edges[6].to == "Claims")
        #expect(edges[6].label.map(\.text) == ["no relationship", "PremiumCharged"])
    }
}

/// The flow and big-picture views: stickies, aggregates as frames, flows across boundaries.
@Suite struct DiagramsFlowTests {
    let model = DiagramsFixtures.insurer

    @Test func aContextsStickiesInSourceOrderWithAggregatesAsFrames() throws {
        let trips = FlowView.diagram(for: try #require(model.context(named: "Trips")), in: model).content.groups[0]
        #expect(trips.style == .context(.supporting) && trips.caption == "supporting subdomain")
        #expect(trips.nodes.map(\.id) == ["Trips.actor.Driver", "Trips.external.TelematicsBox", "Trips.event.TripStarted", "Trips.event.TripEnded"])
        let aggregate = try #require(trips.groups.first)
        #expect(aggregate.id == "Trips.aggregate.Trip" && aggregate.style == .aggregate)
        #expect(aggregate.nodes.map(\.id) == ["Trips.command.StartTrip", "Trips.command.EndTrip", "Trips.hotspot.1"])
        #expect(aggregate.nodes[2].lines.map(\.text) == ["What if the box loses its", "signal in a tunnel?"])
        let mainframe = FlowView.diagram(for: try #require(model.context(named: "Mainframe")), in: model).content.groups[0]
        #expect(mainframe.nodes.map(\.role) == [.aggregate], "an aggregate without commands is a sticky of its own")
    }

    @Test func aFlowShowsTheNeighboursItsEventsComeFromAndGoTo() throws {
        let diagram = FlowView.diagram(for: try #require(model.context(named: "Scoring")), in: model)
        #expect(diagram.content.groups.map(\.id) == ["Scoring", "Trips", "Billing", "Claims"])
        #expect(diagram.content.groups.dropFirst().allSatisfy { $0.style == .foreignContext && $0.nodes.allSatisfy(\.isForeign) })
        #expect(diagram.content.groups[1].nodes.map(\.id) == ["Trips.event.TripEnded"])
        #expect(diagram.content.groups[2].nodes.map(\.id) == ["Billing.policy.ChargeOnScore"])
        #expect(diagram.content.groups[3].nodes.map(\.id) == ["Claims.readModel.TripHistory"])
        let crossing = diagram.edges.filter { $0.style == .crossContextFlow }.map { "\($0.from) -> \($0.to)" }
        #expect(crossing == ["Trips.event.TripEnded -> Scoring.policy.ScoreEveryTrip", "Scoring.event.TripScored -> Billing.policy.ChargeOnScore",
                             "Scoring.event.TripScored -> Claims.readModel.TripHistory"])
        #expect(diagram.edges.filter { $0.style == .flow }.map { "\($0.from) -> \($0.to)" } == [
            "Scoring.policy.ScoreEveryTrip -> Scoring.command.ScoreTrip", "Scoring.command.ScoreTrip -> Scoring.event.TripScored",
            "Scoring.event.TripScored -> Scoring.readModel.Leaderboard"])
    }

    @Test func theBigPictureHasEveryContextAndEveryFlow() {
        let diagram = FlowView.bigPicture(of: model)
        #expect(diagram.content.groups.map(\.id) == model.contexts.map(\.name))
        #expect(diagram.edges.filter { $0.style == .crossContextFlow }.count == 5)
        #expect(diagram.legend.contains(.crossContextFlow) && diagram.legend.contains(.role(.aggregate)))
    }

    @Test func theFlowViewNeedsAContextOfTheModel() {
        #expect(throws: GeneratorError("the flow view needs a context (--context NAME); the model has: Trips, Scoring, Billing, Claims, Mainframe")) {
            try DiagramGenerator.render(model, diagram: DiagramOptions(view: .flow), language: .dot)
        }
        #expect(throws: GeneratorError("no context named 'Trip'; the model has: Trips, Scoring, Billing, Claims, Mainframe")) {
            try DiagramGenerator.render(model, diagram: DiagramOptions(view: .flow, context: "Trip"), language: .mermaid)
        }
    }
}
