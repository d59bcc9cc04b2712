import Testing

/// Scenarios: given/when/then examples on aggregates.
struct ScenarioDiagnosticTests {
    @Test func aScenarioTriesOneCommand() {
        DiagnosticTestSupport.expect("invalid-scenario", in: #"""
        context Lending {
          id BookID
          id PatronID
          event HoldPlaced { book: BookID, patron: PatronID }
          aggregate Hold {
            command PlaceHold { book: BookID, patron: PatronID, days: Int } emits HoldPlaced fails with BookAlreadyOnHold
            scenario "a hold is placed" {
              when PlaceHold { book: b1, patron: p1 }
              1️⃣when PlaceHold { book: b1, patron: p2 }
              then HoldPlaced
            }
          }
        }

        """#, renders: #"""
        model.storm:9:7: error: scenario "a hold is placed" has more than one `when`: a scenario tries one command [invalid-scenario]
         9 |       when PlaceHold { book: b1, patron: p2 }
           |       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func aScenarioExpectsAnOutcomeOfItsCommand() {
        DiagnosticTestSupport.expect("undeclared-outcome", in: #"""
        context Lending {
          id BookID
          id PatronID
          event HoldPlaced { book: BookID, patron: PatronID }
          aggregate Hold {
            command PlaceHold { book: BookID, patron: PatronID, days: Int } emits HoldPlaced fails with BookAlreadyOnHold
            scenario "a second hold is rejected" {
              given HoldPlaced { book: b1, patron: p1 }
              when PlaceHold { book: b1, patron: p2 }
              then fails with 1️⃣BookAlreadyHeld
            }
          }
        }

        """#, renders: #"""
        model.storm:10:23: error: command `PlaceHold` has no failure `BookAlreadyHeld`: declare it with `fails with BookAlreadyHeld` [undeclared-outcome]
         10 |       then fails with BookAlreadyHeld
            |                       ^~~~~~~~~~~~~~~
          = help: did you mean `BookAlreadyOnHold`?

        """#)
    }

    @Test func aPlaceholderHasOneType() {
        DiagnosticTestSupport.expect("placeholder-type-mismatch", in: #"""
        context Lending {
          id BookID
          id PatronID
          event HoldPlaced { book: BookID, patron: PatronID }
          aggregate Hold {
            command PlaceHold { book: BookID, patron: PatronID, days: Int } emits HoldPlaced fails with BookAlreadyOnHold
            scenario "a hold is placed" {
              when PlaceHold { book: b1, patron: 1️⃣b1 }
              then HoldPlaced
            }
          }
        }

        """#, renders: #"""
        model.storm:8:42: error: placeholder `b1` stands for a `Lending.BookID` and here for a `Lending.PatronID`: use another name [placeholder-type-mismatch]
         8 |       when PlaceHold { book: b1, patron: b1 }
           |                                          ^~
        model.storm:8:30: note: `b1` is first a `Lending.BookID` here
         8 |       when PlaceHold { book: b1, patron: b1 }
           |                              ^~

        """#)
    }

    @Test func aValueFitsItsField() {
        DiagnosticTestSupport.expect("invalid-scenario-value", in: #"""
        context Lending {
          id BookID
          id PatronID
          event HoldPlaced { book: BookID, patron: PatronID }
          aggregate Hold {
            command PlaceHold { book: BookID, patron: PatronID, days: Int } emits HoldPlaced fails with BookAlreadyOnHold
            scenario "a hold is placed" {
              when PlaceHold { book: b1, patron: p1, days: 1️⃣"three" }
              then HoldPlaced
            }
          }
        }

        """#, renders: #"""
        model.storm:8:52: error: "three" is not a value of field `days` of type `Int` [invalid-scenario-value]
         8 |       when PlaceHold { book: b1, patron: p1, days: "three" }
           |                                                    ^~~~~~~

        """#)
    }
}
