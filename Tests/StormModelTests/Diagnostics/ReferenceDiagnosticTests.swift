import Testing

/// Names: unknown, ambiguous and wrong-kind references, with "did you mean", and duplicates with "first declared here".
/// Each input marks where the error must be (`1️⃣`); the whole rendered output is compared.
struct ReferenceDiagnosticTests {
    @Test func anUnknownEventSuggestsTheNearest() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        context Trips {
          event TripStarted { at: Timestamp }
          command StartTrip emits 1️⃣TripStartd
        }

        """#, renders: #"""
        model.storm:3:27: error: unknown event `TripStartd` [unresolved-reference]
         3 |   command StartTrip emits TripStartd
           |                           ^~~~~~~~~~
          = help: did you mean `TripStarted`?

        """#)
    }

    @Test func anUnknownTypeSuggestsABuiltInType() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        context Trips {
          event TripStarted { at: 1️⃣Timestmp }
        }

        """#, renders: #"""
        model.storm:2:27: error: unknown type `Timestmp` [unresolved-reference]
         2 |   event TripStarted { at: Timestmp }
           |                           ^~~~~~~~
          = help: did you mean `Timestamp`?

        """#)
    }

    @Test func anUnknownContextInAQualifiedName() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        context Trips { event TripEnded }
        context Scoring {
          policy ScoreEveryTrip: when 1️⃣Trip.TripEnded then ScoreTrip
          command ScoreTrip
        }

        """#, renders: #"""
        model.storm:3:31: error: unknown context `Trip` [unresolved-reference]
         3 |   policy ScoreEveryTrip: when Trip.TripEnded then ScoreTrip
           |                               ^~~~
          = help: did you mean `Trips`?

        """#)
    }

    @Test func anUnknownNameInAnotherContext() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        context Trips { event TripEnded }
        context Scoring {
          read model Scores from Trips.1️⃣TripEndd
        }

        """#, renders: #"""
        model.storm:3:32: error: unknown event `TripEndd` in context `Trips` [unresolved-reference]
         3 |   read model Scores from Trips.TripEndd
           |                                ^~~~~~~~
          = help: did you mean `TripEnded`?

        """#)
    }

    @Test func issuersAreLocalToTheContext() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        context Trips { actor Driver }
        context Scoring {
          actor Analyst
          command Rescore by 1️⃣Driver
        }

        """#, renders: #"""
        model.storm:4:22: error: unknown actor, external system or policy `Driver` in context `Scoring` [unresolved-reference]
         4 |   command Rescore by Driver
           |                      ^~~~~~

        """#)
    }

    @Test func anUnknownOwnerSuggestsATeam() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        team Journeys
        context Trips {
          owner 1️⃣Jorneys
        }

        """#, renders: #"""
        model.storm:3:9: error: unknown team `Jorneys` [unresolved-reference]
         3 |   owner Jorneys
           |         ^~~~~~~
          = help: did you mean `Journeys`?

        """#)
    }

    @Test func anUnknownSubdomainOfADomain() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        domain Insurance { subdomain TripRecording: core }
        context Trips implements Insurance.1️⃣TripRecordng {}

        """#, renders: #"""
        model.storm:2:36: error: unknown subdomain `TripRecordng` in domain `Insurance` [unresolved-reference]
         2 | context Trips implements Insurance.TripRecordng {}
           |                                    ^~~~~~~~~~~~
          = help: did you mean `TripRecording`?

        """#)
    }

    @Test func anAmbiguousEventMustBeQualified() {
        DiagnosticTestSupport.expect("ambiguous-reference", in: #"""
        context Trips { event TripEnded }
        context Claims { event TripEnded }
        context Scoring {
          read model Scores from 1️⃣TripEnded
        }

        """#, renders: #"""
        model.storm:4:26: error: event `TripEnded` is declared in several contexts (Trips, Claims): qualify it, as in `Trips.TripEnded` [ambiguous-reference]
         4 |   read model Scores from TripEnded
           |                          ^~~~~~~~~

        """#)
    }

    @Test func anAmbiguousTypeMustBeQualified() {
        DiagnosticTestSupport.expect("ambiguous-reference", in: #"""
        context Pricing { value Money { amount: Decimal } }
        context Claims { value Money { cents: Int } }
        context Payments {
          event Paid { amount: 1️⃣Money }
        }

        """#, renders: #"""
        model.storm:4:24: error: type `Money` is declared in several contexts (Pricing, Claims): qualify it, as in `Pricing.Money` [ambiguous-reference]
         4 |   event Paid { amount: Money }
           |                        ^~~~~

        """#)
    }

    @Test func anEventIsNotAType() {
        DiagnosticTestSupport.expect("wrong-kind-reference", in: #"""
        context Trips {
          event TripStarted
          command StartTrip { previous: 1️⃣TripStarted }
        }

        """#, renders: #"""
        model.storm:3:33: error: `TripStarted` is an event, not a type [wrong-kind-reference]
         3 |   command StartTrip { previous: TripStarted }
           |                                 ^~~~~~~~~~~
        model.storm:2:9: note: `TripStarted` is declared here
         2 |   event TripStarted
           |         ^~~~~~~~~~~

        """#)
    }

    @Test func aPolicyIssuesCommandsNotEvents() {
        DiagnosticTestSupport.expect("wrong-kind-reference", in: #"""
        context Scoring {
          event TripScored
          policy Rescore: when TripScored then 1️⃣TripScored
        }

        """#, renders: #"""
        model.storm:3:40: error: `TripScored` is an event, not a command [wrong-kind-reference]
         3 |   policy Rescore: when TripScored then TripScored
           |                                        ^~~~~~~~~~
        model.storm:2:9: note: `TripScored` is declared here
         2 |   event TripScored
           |         ^~~~~~~~~~

        """#)
    }

    @Test func aDuplicateEventNotesTheFirst() {
        DiagnosticTestSupport.expect("duplicate-declaration", in: #"""
        context Trips {
          event TripEnded
          event 1️⃣TripEnded { at: Timestamp }
        }

        """#, renders: #"""
        model.storm:3:9: error: event `TripEnded` is declared more than once in context `Trips` [duplicate-declaration]
         3 |   event TripEnded { at: Timestamp }
           |         ^~~~~~~~~
        model.storm:2:9: note: `TripEnded` is first declared here
         2 |   event TripEnded
           |         ^~~~~~~~~

        """#)
    }

    @Test func aDuplicateContextInAnotherFile() {
        DiagnosticTestSupport.expect("duplicate-declaration", in: [
            ("legacy.storm", #"""
            /// The old trips.
            context Trips {}

            """#),
            ("trips.storm", #"""
            context 1️⃣Trips {
              actor Driver
            }

            """#),
        ], renders: #"""
        trips.storm:1:9: error: context `Trips` is declared more than once in the model [duplicate-declaration]
         1 | context Trips {
           |         ^~~~~
          = help: to add members to context `Trips` from another block, write `extend context Trips`
        legacy.storm:2:9: note: `Trips` is first declared here
         2 | context Trips {}
           |         ^~~~~

        """#)
    }

    @Test func aDuplicateFieldNotesTheFirst() {
        DiagnosticTestSupport.expect("duplicate-declaration", in: #"""
        context Trips {
          value GeoPoint { latitude: Double, longitude: Double, 1️⃣latitude: Decimal }
        }

        """#, renders: #"""
        model.storm:2:57: error: field `latitude` is declared more than once in value `GeoPoint` [duplicate-declaration]
         2 |   value GeoPoint { latitude: Double, longitude: Double, latitude: Decimal }
           |                                                         ^~~~~~~~
        model.storm:2:20: note: `latitude` is first declared here
         2 |   value GeoPoint { latitude: Double, longitude: Double, latitude: Decimal }
           |                    ^~~~~~~~

        """#)
    }

    @Test func aDuplicateEnumCase() {
        DiagnosticTestSupport.expect("duplicate-declaration", in: #"""
        context Trips {
          enum TransportMode { car, bus, 1️⃣car }
        }

        """#, renders: #"""
        model.storm:2:34: error: case `car` is declared more than once in enum `TransportMode` [duplicate-declaration]
         2 |   enum TransportMode { car, bus, car }
           |                                  ^~~
        model.storm:2:24: note: `car` is first declared here
         2 |   enum TransportMode { car, bus, car }
           |                        ^~~

        """#)
    }

    @Test func aNameIsDeclaredOncePerContextWhateverItsKind() {
        DiagnosticTestSupport.expect("duplicate-declaration", in: #"""
        context Trips {
          actor Driver
          value 1️⃣Driver { name: String }
        }

        """#, renders: #"""
        model.storm:3:9: error: value object `Driver` is declared more than once in context `Trips` [duplicate-declaration]
         3 |   value Driver { name: String }
           |         ^~~~~~
        model.storm:2:9: note: `Driver` is first declared here
         2 |   actor Driver
           |         ^~~~~~

        """#)
    }

    @Test func aSecondOwner() {
        DiagnosticTestSupport.expect("duplicate-member", in: #"""
        team Journeys
        context Trips {
          owner Journeys
          1️⃣owner Journeys
        }

        """#, renders: #"""
        model.storm:4:3: error: context `Trips` declares its owner more than once [duplicate-member]
         4 |   owner Journeys
           |   ^~~~~~~~~~~~~~
        model.storm:3:3: note: the first owner is declared here
         3 |   owner Journeys
           |   ^~~~~~~~~~~~~~

        """#)
    }

    @Test func aSecondFreshnessObjective() {
        DiagnosticTestSupport.expect("duplicate-member", in: #"""
        context Trips {
          data product TripFeed {
            freshness 5 minutes
            1️⃣freshness 1 hour
          }
        }

        """#, renders: #"""
        model.storm:4:5: error: data product `TripFeed` declares its freshness more than once [duplicate-member]
         4 |     freshness 1 hour
           |     ^~~~~~~~~~~~~~~~

        """#)
    }

    @Test func aDuplicateRelationshipIsAWarning() {
        DiagnosticTestSupport.expect("duplicate-relationship", in: #"""
        context Trips {}
        context Scoring {}
        context map Insurance {
          Trips -> Scoring
          1️⃣Scoring <- Trips
        }

        """#, renders: #"""
        model.storm:5:3: warning: the relationship between `Trips` and `Scoring` is declared more than once [duplicate-relationship]
         5 |   Scoring <- Trips
           |   ^~~~~~~~~~~~~~~~
        model.storm:4:3: note: first declared here
         4 |   Trips -> Scoring
           |   ^~~~~~~~~~~~~~~~

        """#)
    }

    @Test func aBuiltInTypeCannotBeDeclared() {
        DiagnosticTestSupport.expect("reserved-type-name", in: #"""
        context Trips {
          value 1️⃣Date { day: Int }
        }

        """#, renders: #"""
        model.storm:2:9: error: `Date` is a built-in type and cannot be declared again [reserved-type-name]
         2 |   value Date { day: Int }
           |         ^~~~

        """#)
    }

    @Test func anUnknownContextOnAMap() {
        DiagnosticTestSupport.expect("unresolved-reference", in: #"""
        context Trips {}
        context map Insurance {
          Trips [U] -> [D] 1️⃣Scorng
        }
        context Scoring {}

        """#, renders: #"""
        model.storm:3:20: error: unknown context `Scorng` [unresolved-reference]
         3 |   Trips [U] -> [D] Scorng
           |                    ^~~~~~
          = help: did you mean `Scoring`?

        """#)
    }
}
