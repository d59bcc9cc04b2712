import StormModel
import Testing

/// Commands, events, policies and read models: issuers, emitted events, and what is derived from them.
struct BehaviourResolutionTests {
    typealias Support = ModelTestSupport

    func reference(_ context: String, _ name: String) -> SymbolReference { SymbolReference(context: context, name: name) }

    static let model = """
    context Trips {
      actor Driver
      external system TelematicsDevice
      aggregate Trip {
        command StartTrip by Driver emits TripStarted
        command EndTrip by TelematicsDevice, Driver, CloseAbandoned emits TripEnded, TripClosed
      }
      command CloseTrip emits TripClosed
      event TripStarted
      event TripEnded v3
      event TripClosed
      event TripForgotten
      policy CloseAbandoned: when TripStarted then EndTrip, CloseTrip
      policy CloseEnded: when TripEnded then CloseTrip
    }
    context Scoring {
      command ScoreTrip emits TripScored
      event TripScored
      policy ScoreEveryTrip: when Trips.TripEnded, TripClosed then ScoreTrip
      read model Scores from TripScored, Trips.TripEnded { count: Int }
    }
    """

    @Test func issuersAreActorsExternalSystemsAndPolicies() {
        let trips = Support.model(Self.model).context(named: "Trips")
        #expect(trips?.command(named: "StartTrip")?.issuers == [.actor("Driver")])
        // Written issuers first, in order; then the policies that issue the command.
        #expect(trips?.command(named: "EndTrip")?.issuers == [
            .externalSystem("TelematicsDevice"), .actor("Driver"), .policy(reference("Trips", "CloseAbandoned")),
            .policy(reference("Trips", "CloseAbandoned")),
        ])
        #expect(trips?.command(named: "CloseTrip")?.issuers == [.policy(reference("Trips", "CloseAbandoned")), .policy(reference("Trips", "CloseEnded"))])
    }

    @Test func eventsKnowTheCommandsThatEmitThem() {
        let trips = Support.model(Self.model).context(named: "Trips")
        #expect(trips?.events.map(\.name) == ["TripStarted", "TripEnded", "TripClosed", "TripForgotten"])
        #expect(trips?.events.map(\.emittedBy) == [["StartTrip"], ["EndTrip"], ["EndTrip", "CloseTrip"], []])
        #expect(trips?.events.map(\.version) == [1, 3, 1, 1])
    }

    @Test func commandsKnowTheirAggregateAndAggregatesTheirCommands() {
        let trips = Support.model(Self.model).context(named: "Trips")
        #expect(trips?.commands.map(\.name) == ["StartTrip", "EndTrip", "CloseTrip"])
        #expect(trips?.commands.map(\.aggregate) == ["Trip", "Trip", nil])
        #expect(trips?.aggregate(named: "Trip")?.commands == ["StartTrip", "EndTrip"])
        #expect(trips?.command(named: "EndTrip")?.emits == [reference("Trips", "TripEnded"), reference("Trips", "TripClosed")])
    }

    @Test func policiesReactToEventsOfAnyContext() {
        let scoring = Support.model(Self.model).context(named: "Scoring")
        #expect(scoring?.policies.first?.triggers == [reference("Trips", "TripEnded"), reference("Trips", "TripClosed")])
        #expect(scoring?.policies.first?.commands == [reference("Scoring", "ScoreTrip")])
        #expect(scoring?.command(named: "ScoreTrip")?.issuers == [.policy(reference("Scoring", "ScoreEveryTrip"))])
    }

    @Test func readModelsAreFedByEventsOfAnyContext() {
        let scoring = Support.model(Self.model).context(named: "Scoring")
        #expect(scoring?.readModels.first?.sources == [reference("Scoring", "TripScored"), reference("Trips", "TripEnded")])
        #expect(scoring?.readModels.first?.fields.map(\.name) == ["count"])
    }

    @Test func aPolicyMayBeTheDeclaredIssuerOfACommand() {
        let model = Support.model("""
        context C {
          command Go by Auto
          policy Auto: when Went then Other
          command Other
          event Went
        }
        """)
        #expect(model.context(named: "C")?.command(named: "Go")?.issuers == [.policy(reference("C", "Auto"))])
        #expect(model.context(named: "C")?.command(named: "Other")?.issuers == [.policy(reference("C", "Auto"))])
    }

    @Test func aForeignEmittedEventIsReportedAndLeftOut() {
        let loaded = Support.load("context A { event E }\ncontext B { event F\n command K emits A.E, F }")
        #expect(loaded.diagnostics.all.map(\.id) == ["command-emits-foreign-event"])
        #expect(loaded.model.context(named: "B")?.command(named: "K")?.emits == [reference("B", "F")])
        #expect(loaded.model.context(named: "A")?.event(named: "E")?.emittedBy == [])
    }

    @Test func aForeignCommandOfAPolicyIsReportedAndLeftOut() {
        let loaded = Support.load("context A { command K }\ncontext B { event E\n command L\n policy P: when E then A.K, L }")
        #expect(loaded.diagnostics.all.map(\.id) == ["policy-issues-foreign-command"])
        #expect(loaded.model.context(named: "B")?.policies.first?.commands == [reference("B", "L")])
        #expect(loaded.model.context(named: "A")?.command(named: "K")?.issuers == [])
    }

    @Test func anUnresolvedTriggerLeavesTheOthers() {
        let loaded = Support.load("context A { event E\n command K\n policy P: when E, Nope then K }")
        #expect(loaded.diagnostics.all.map(\.id) == ["unresolved-reference"])
        #expect(loaded.model.context(named: "A")?.policies.first?.triggers == [reference("A", "E")])
    }

    @Test func docCommentsAndDeprecationsReachTheModel() {
        let model = Support.model("""
        context C {
          /// Someone at the wheel.
          actor Driver
          /// Starts.
          /// Really.
          @deprecated("use Begin")
          command Start by Driver { /// When.
            at: Timestamp @deprecated }
          @deprecated event Started
          hotspot "Why?"
        }
        """)
        let context = model.context(named: "C")
        #expect(context?.actors.first?.doc == "Someone at the wheel.")
        #expect(context?.command(named: "Start")?.doc == "Starts.\nReally.")
        #expect(context?.command(named: "Start")?.deprecation == Deprecation(message: "use Begin"))
        #expect(context?.command(named: "Start")?.fields.first?.doc == "When.")
        #expect(context?.command(named: "Start")?.fields.first?.deprecation == Deprecation(message: nil))
        #expect(context?.event(named: "Started")?.deprecation == Deprecation(message: nil))
        #expect(context?.hotspots.map(\.text) == ["Why?"])
    }

    @Test func fieldAnnotationsMarkIdentityAndPersonalData() {
        let model = Support.model("""
        context C {
          id TripID
          aggregate Trip {
            trip: TripID @identity
            email: String? @pii
            route: [String] = [] @pii @deprecated("gone")
          }
        }
        """)
        let trip = model.context(named: "C")?.aggregate(named: "Trip")
        #expect(trip?.identity?.name == "trip")
        #expect(trip?.fields.map(\.isIdentity) == [true, false, false])
        #expect(trip?.fields.map(\.isPII) == [false, true, true])
        #expect(trip?.fields.map(\.isRequired) == [true, false, false])
        #expect(trip?.fields.last?.deprecation?.message == "gone")
    }

    @Test func aggregatesHoldInvariantsHotspotsEntitiesAndValues() {
        let model = Support.model("""
        context C {
          aggregate Trip {
            at: Timestamp
            invariant "ends after it starts"
            hotspot "what if?"
            entity Leg { n: Int }
            value Stop { n: Int }
          }
        }
        """)
        let context = model.context(named: "C")
        #expect(context?.aggregate(named: "Trip")?.invariants == ["ends after it starts"])
        #expect(context?.hotspots.map(\.aggregate) == ["Trip"])
        #expect(context?.entity(named: "Leg")?.aggregate == "Trip")
        #expect(context?.valueObject(named: "Stop")?.aggregate == "Trip")
        #expect(context?.aggregate(named: "Trip")?.fields.map(\.name) == ["at"])
    }
}
