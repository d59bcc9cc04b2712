import StormModel
import Testing

/// Event flows: every consumption of an event by a policy, a read model or an input port.
struct EventFlowTests {
    typealias Support = ModelTestSupport

    static let model = """
    context Trips {
      event TripEnded
      event TripStarted
      read model Live from TripStarted
    }
    context Scoring {
      command ScoreTrip
      event TripScored
      policy ScoreEveryTrip: when Trips.TripEnded, TripStarted then ScoreTrip
      read model Scores from TripScored
      data product Feed {
        input port trips consumes TripEnded
      }
    }
    """

    @Test func flowsListEveryConsumptionInContextOrderThenPoliciesReadModelsAndPorts() {
        let flows = Support.model(Self.model).flows
        #expect(flows.map { "\($0.event) -> \($0.consumer) via \($0.via.displayName)" } == [
            "Trips.TripStarted -> Trips via Live",
            "Trips.TripEnded -> Scoring via ScoreEveryTrip",
            "Trips.TripStarted -> Scoring via ScoreEveryTrip",
            "Scoring.TripScored -> Scoring via Scores",
            "Trips.TripEnded -> Scoring via Feed.trips",
        ])
        #expect(flows.map(\.via) == [
            .readModel("Live"), .policy("ScoreEveryTrip"), .policy("ScoreEveryTrip"), .readModel("Scores"),
            .inputPort(product: "Feed", port: "trips"),
        ])
    }

    @Test func crossContextFlowsLeaveOutTheOwnContext() {
        let flows = Support.model(Self.model).crossContextFlows
        #expect(flows.map { "\($0.producer) -> \($0.consumer)" } == ["Trips -> Scoring", "Trips -> Scoring", "Trips -> Scoring"])
        #expect(flows.allSatisfy { $0.crossesBoundary })
    }

    @Test func modelLookupsFindEventsAndCommandsByReference() {
        let model = Support.model(Self.model)
        #expect(model.event(SymbolReference(context: "Trips", name: "TripEnded"))?.name == "TripEnded")
        #expect(model.command(SymbolReference(context: "Scoring", name: "ScoreTrip"))?.name == "ScoreTrip")
        #expect(model.event(SymbolReference(context: "Nope", name: "TripEnded")) == nil)
        #expect(SymbolReference(context: "A", name: "B").description == "A.B")
        #expect(SymbolReference(context: "A", name: "Z") < SymbolReference(context: "B", name: "A"))
    }
}
