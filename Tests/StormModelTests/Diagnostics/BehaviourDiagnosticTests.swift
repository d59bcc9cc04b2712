import Testing

/// Commands, policies and data products across contexts, and objectives.
/// Each input marks where the error must be (`1️⃣`); the whole rendered output is compared.
struct BehaviourDiagnosticTests {
    @Test func aCommandEmitsEventsOfItsOwnContext() {
        DiagnosticTestSupport.expect("command-emits-foreign-event", in: #"""
        context Trips { event TripEnded }
        context Scoring {
          command ScoreTrip emits 1️⃣Trips.TripEnded
        }

        """#, renders: #"""
        model.storm:3:27: error: command `ScoreTrip` emits `Trips.TripEnded`, an event of context `Trips`: a command emits events of its own context [command-emits-foreign-event]
         3 |   command ScoreTrip emits Trips.TripEnded
           |                           ^~~~~~~~~~~~~~~

        """#)
    }

    @Test func aPolicyIssuesCommandsOfItsOwnContext() {
        DiagnosticTestSupport.expect("policy-issues-foreign-command", in: #"""
        context Trips { command EndTrip }
        context Scoring {
          event TripScored
          policy EndAfterScore: when TripScored then 1️⃣Trips.EndTrip
        }

        """#, renders: #"""
        model.storm:4:46: error: policy `EndAfterScore` issues `Trips.EndTrip`, a command of context `Trips`, which is neither upstream of `Scoring` nor its partner in a context map: a policy issues commands of its own context or of one it depends on (react to the event there instead) [policy-issues-foreign-command]
         4 |   policy EndAfterScore: when TripScored then Trips.EndTrip
           |                                              ^~~~~~~~~~~~~

        """#)
    }

    @Test func anOutputPortPublishesEventsOfItsOwnContext() {
        DiagnosticTestSupport.expect("port-publishes-foreign-event", in: #"""
        context Scoring { event TripScored }
        context Trips {
          data product TripFeed {
            output port trips publishes 1️⃣Scoring.TripScored
          }
        }

        """#, renders: #"""
        model.storm:4:33: error: output port `trips` publishes `Scoring.TripScored`, an event of context `Scoring`: an output port publishes events of its own context [port-publishes-foreign-event]
         4 |     output port trips publishes Scoring.TripScored
           |                                 ^~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func availabilityIsAPercentage() {
        DiagnosticTestSupport.expect("invalid-objective", in: #"""
        context Trips {
          data product TripFeed {
            1️⃣availability 120%
          }
        }

        """#, renders: #"""
        model.storm:3:5: error: availability must be a percentage above 0 and at most 100, found 120% [invalid-objective]
         3 |     availability 120%
           |     ^~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func freshnessIsPositive() {
        DiagnosticTestSupport.expect("invalid-objective", in: #"""
        context Trips {
          data product TripFeed {
            output port trips publishes TripEnded { 1️⃣freshness 0 minutes }
          }
          event TripEnded
        }

        """#, renders: #"""
        model.storm:3:45: error: freshness must be a positive length of time [invalid-objective]
         3 |     output port trips publishes TripEnded { freshness 0 minutes }
           |                                             ^~~~~~~~~~~~~~~~~~~

        """#)
    }
}
