import Testing

/// Alternative outcomes, policy choices and failure outcomes.
struct OutcomeDiagnosticTests {
    @Test func anOutcomeIsListedOnce() {
        DiagnosticTestSupport.expect("repeated-outcome", in: #"""
        context Claims {
          event ClaimAccepted
          aggregate Claim {
            command DecideClaim emits ClaimAccepted or 1️⃣ClaimAccepted
          }
        }

        """#, renders: #"""
        model.storm:4:48: error: `ClaimAccepted` is listed twice in the outcomes of command `DecideClaim`: each event or command is one outcome (write `A or B` for alternatives, `A, B` for both) [repeated-outcome]
         4 |     command DecideClaim emits ClaimAccepted or ClaimAccepted
           |                                                ^~~~~~~~~~~~~
        model.storm:4:31: note: `ClaimAccepted` is first listed here
         4 |     command DecideClaim emits ClaimAccepted or ClaimAccepted
           |                               ^~~~~~~~~~~~~

        """#)
    }

    @Test func aPolicyChoosesEachCommandOnce() {
        DiagnosticTestSupport.expect("repeated-outcome", in: #"""
        context Claims {
          event ClaimFiled
          command Accept
          policy Decide: when ClaimFiled then Accept or 1️⃣Accept
        }

        """#, renders: #"""
        model.storm:4:49: error: `Accept` is listed twice in the outcomes of policy `Decide`: each event or command is one outcome (write `A or B` for alternatives, `A, B` for both) [repeated-outcome]
         4 |   policy Decide: when ClaimFiled then Accept or Accept
           |                                                 ^~~~~~
        model.storm:4:39: note: `Accept` is first listed here
         4 |   policy Decide: when ClaimFiled then Accept or Accept
           |                                       ^~~~~~

        """#)
    }

    @Test func aFailureIsNamedOncePerCommand() {
        DiagnosticTestSupport.expect("duplicate-declaration", in: #"""
        context Claims {
          command FileClaim fails with PolicyNotFound, 1️⃣PolicyNotFound
        }

        """#, renders: #"""
        model.storm:2:48: error: failure `PolicyNotFound` is declared more than once in command `FileClaim` [duplicate-declaration]
         2 |   command FileClaim fails with PolicyNotFound, PolicyNotFound
           |                                                ^~~~~~~~~~~~~~
        model.storm:2:32: note: `PolicyNotFound` is first declared here
         2 |   command FileClaim fails with PolicyNotFound, PolicyNotFound
           |                                ^~~~~~~~~~~~~~

        """#)
    }
}
