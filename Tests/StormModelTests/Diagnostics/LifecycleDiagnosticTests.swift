import Testing

/// Lifecycles of aggregates: states, transitions, final states.
struct LifecycleDiagnosticTests {
    @Test func everyStateIsReachableFromTheInitialOne() {
        DiagnosticTestSupport.expect("unreachable-state", in: #"""
        context Claims {
          aggregate Claim {
            command Review
            lifecycle {
              Submitted -> Reviewed by Review
              1️⃣Archived -> Reviewed by Review
            }
          }
        }

        """#, renders: #"""
        model.storm:6:7: warning: state `Archived` of aggregate `Claim` cannot be reached from its initial state `Submitted` [unreachable-state]
         6 |       Archived -> Reviewed by Review
           |       ^~~~~~~~

        """#)
    }

    @Test func aStateNoTransitionLeavesIsDeclaredFinal() {
        DiagnosticTestSupport.expect("dead-end-state", in: #"""
        context Claims {
          aggregate Claim {
            command Review
            command Close
            lifecycle {
              Submitted -> 1️⃣Reviewed by Review
              Submitted -> Closed by Close
              final Closed
            }
          }
        }

        """#, renders: #"""
        model.storm:6:20: warning: no transition leaves state `Reviewed` of aggregate `Claim`, and it is not declared `final` [dead-end-state]
         6 |       Submitted -> Reviewed by Review
           |                    ^~~~~~~~

        """#)
    }

    @Test func aFinalStateHasNoTransitionOut() {
        DiagnosticTestSupport.expect("final-state-has-transition", in: #"""
        context Claims {
          aggregate Claim {
            command Close
            command Reopen
            lifecycle {
              Open -> Closed by Close
              Closed -> Open by Reopen
              final 1️⃣Closed
            }
          }
        }

        """#, renders: #"""
        model.storm:8:13: error: final state `Closed` has a transition out of it (by `Reopen`): a final state ends the lifecycle [final-state-has-transition]
         8 |       final Closed
           |             ^~~~~~
        model.storm:7:7: note: `Reopen` moves it on here
         7 |       Closed -> Open by Reopen
           |       ^~~~~~~~~~~~~~~~~~~~~~~~

        """#)
    }

    @Test func aCommandLeadsToNoMoreStatesThanItHasOutcomes() {
        DiagnosticTestSupport.expect("lifecycle-outcome-mismatch", in: #"""
        context Claims {
          event ClaimDecided
          aggregate Claim {
            command Decide emits ClaimDecided
            lifecycle {
              UnderReview -> Accepted by Decide
              1️⃣UnderReview -> Rejected by Decide
            }
          }
        }

        """#, renders: #"""
        model.storm:7:7: error: command `Decide` leads from `UnderReview` to 2 states (`Accepted`, `Rejected`) but has one outcome: write its alternatives with `emits A or B` [lifecycle-outcome-mismatch]
         7 |       UnderReview -> Rejected by Decide
           |       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        model.storm:6:7: note: `Decide` first leads from `UnderReview` here
         6 |       UnderReview -> Accepted by Decide
           |       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

        """#)
    }
}
