import Testing

/// Types, defaults, versions, annotations and subdomain kinds.
/// Each input marks where the error must be (`1️⃣`); the whole rendered output is compared.
struct TypeDiagnosticTests {
    @Test func aDefaultOfTheWrongType() {
        DiagnosticTestSupport.expect("invalid-default", in: #"""
        context Trips {
          value Fare { amount: Int = 1️⃣"twelve" }
        }

        """#, renders: #"""
        model.storm:2:30: error: default value "twelve" does not match type `Int` [invalid-default]
         2 |   value Fare { amount: Int = "twelve" }
           |                              ^~~~~~~~

        """#)
    }

    @Test func aDefaultThatIsNotACaseOfItsEnum() {
        DiagnosticTestSupport.expect("invalid-default", in: #"""
        context Trips {
          enum TransportMode { car, bus, train }
          event TripEnded { mode: TransportMode = 1️⃣plane }
        }

        """#, renders: #"""
        model.storm:3:43: error: default value `plane` does not match type `Trips.TransportMode` [invalid-default]
         3 |   event TripEnded { mode: TransportMode = plane }
           |                                           ^~~~~

        """#)
    }

    @Test func nullIsTheDefaultOfOptionalsOnly() {
        DiagnosticTestSupport.expect("invalid-default", in: #"""
        context Trips {
          event TripEnded { note: String = 1️⃣null }
        }

        """#, renders: #"""
        model.storm:2:36: error: default value `null` does not match type `String` [invalid-default]
         2 |   event TripEnded { note: String = null }
           |                                    ^~~~

        """#)
    }

    @Test func anIdentifierBackedByADouble() {
        DiagnosticTestSupport.expect("invalid-identifier-type", in: #"""
        context Trips {
          id TripID: 1️⃣Double
        }

        """#, renders: #"""
        model.storm:2:14: error: an identifier is backed by `UUID`, `String` or `Int`, not `Double` [invalid-identifier-type]
         2 |   id TripID: Double
           |              ^~~~~~

        """#)
    }

    @Test func mapKeysAreStrings() {
        DiagnosticTestSupport.expect("invalid-map-key", in: #"""
        context Trips {
          value Stats { perDay: [1️⃣Date: Int] }
        }

        """#, renders: #"""
        model.storm:2:26: error: map keys are strings: write `[String: …]`, not `[Date: …]` [invalid-map-key]
         2 |   value Stats { perDay: [Date: Int] }
           |                          ^~~~

        """#)
    }

    @Test func anEnumWithoutCases() {
        DiagnosticTestSupport.expect("empty-enum", in: #"""
        context Trips {
          enum 1️⃣TransportMode {}
        }

        """#, renders: #"""
        model.storm:2:8: error: enum `TransportMode` has no cases [empty-enum]
         2 |   enum TransportMode {}
           |        ^~~~~~~~~~~~~

        """#)
    }

    @Test func versionsStartAtOne() {
        DiagnosticTestSupport.expect("invalid-version", in: #"""
        context Trips {
          event TripEnded 1️⃣v0
        }

        """#, renders: #"""
        model.storm:2:19: error: event versions start at 1, found `v0` [invalid-version]
         2 |   event TripEnded v0
           |                   ^~

        """#)
    }

    @Test func anUnknownAnnotationSuggestsAKnownOne() {
        DiagnosticTestSupport.expect("unknown-annotation", in: #"""
        context Trips {
          event TripEnded { driver: String 1️⃣@pi }
        }

        """#, renders: #"""
        model.storm:2:36: warning: unknown annotation `@pi`: Storm knows `@identity`, `@pii` and `@deprecated` [unknown-annotation]
         2 |   event TripEnded { driver: String @pi }
           |                                    ^~~
          = help: did you mean `@pii`?

        """#)
    }

    @Test func anAnnotationForFieldsOnADeclaration() {
        DiagnosticTestSupport.expect("misplaced-annotation", in: #"""
        context Trips {
          1️⃣@pii event TripEnded
        }

        """#, renders: #"""
        model.storm:2:3: warning: `@pii` applies to fields only [misplaced-annotation]
         2 |   @pii event TripEnded
           |   ^~~~

        """#)
    }

    @Test func anUnknownSubdomainKindSuggestsOne() {
        DiagnosticTestSupport.expect("unknown-subdomain-kind", in: #"""
        domain Insurance {
          subdomain Trips: 1️⃣cor
        }

        """#, renders: #"""
        model.storm:2:20: error: unknown subdomain kind `cor`: expected `core`, `supporting` or `generic` [unknown-subdomain-kind]
         2 |   subdomain Trips: cor
           |                    ^~~
          = help: did you mean `core`?

        """#)
    }
}
