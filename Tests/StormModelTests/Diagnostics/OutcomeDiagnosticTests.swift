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

    @Test func anEventIsListedOnceInOneAlternative() {
        DiagnosticTestSupport.expect("repeated-outcome", in: #"""
        context Claims {
          event ClaimAccepted
          event ClaimPaid
          command DecideClaim emits ClaimAccepted, ClaimPaid, 1️⃣ClaimAccepted
        }

        """#, renders: #"""
        model.storm:4:55: error: `ClaimAccepted` is listed twice in the outcomes of command `DecideClaim`: each event or command is one outcome (write `A or B` for alternatives, `A, B` for both) [repeated-outcome]
         4 |   command DecideClaim emits ClaimAccepted, ClaimPaid, ClaimAccepted
           |                                                       ^~~~~~~~~~~~~
        model.storm:4:29: note: `ClaimAccepted` is first listed here
         4 |   command DecideClaim emits ClaimAccepted, ClaimPaid, ClaimAccepted
           |                             ^~~~~~~~~~~~~

        """#)
    }

    /// A long list of outcomes (more than are scanned for repeats) is looked up instead, to the same effect.
    @Test func aLongListOfOutcomesIsCheckedTheSameWay() throws {
        let events = (0..<40).map { "Step\($0)Done" }
        let declared = events.map { "  event \($0)\n" }.joined()
        let valid = ModelTestSupport.load("context Work {\n\(declared)  command Run emits \(events.joined(separator: ", "))\n}\n")
        #expect(!valid.hasErrors)
        #expect(valid.model.contexts.first?.commands.first?.emits.map(\.name) == events)

        let repeated = "context Work {\n\(declared)  command Run emits \(events.joined(separator: ", ")), Step3Done\n}\n"
        let loaded = ModelTestSupport.load(repeated)
        let errors = loaded.diagnostics.all.filter { $0.severity == .error }
        try #require(errors.count == 1)
        #expect(errors[0].id == "repeated-outcome")
        let text = Array(repeated.utf8)
        let range = try #require(errors[0].range)
        #expect(String(decoding: text[range.start..<range.end], as: UTF8.self) == "Step3Done")
        #expect(range.end == text.count - 3, "the error is not at the repeat")
        let note = try #require(errors[0].notes.first?.range)
        let emits = try #require(repeated.range(of: "emits"))
        let first = try #require(repeated.range(of: "Step3Done", range: emits.upperBound..<repeated.endIndex))
        #expect(note.start == repeated.utf8.distance(from: repeated.startIndex, to: first.lowerBound), "the note is not at the first")
        #expect(loaded.model.contexts.first?.commands.first?.emits.map(\.name) == events)
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
