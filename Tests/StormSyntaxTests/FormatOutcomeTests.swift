import StormSource
import StormSyntax
import Testing

/// `emits A or B`, `fails with X { fields }, Y` and `then A or B`: parsed, and printed back the same.
struct FormatOutcomeTests {
    @Test func outcomesFailuresAndChoicesRoundTrip() {
        FormatTestSupport.expectFormat("""
        context Claims {
          aggregate Claim {
            command DecideClaim   emits ClaimAccepted  or ClaimRejected,ClaimEscalated
              fails with PolicyNotFound {policy: PolicyNumber}, CoverageExceeded
          }
          policy Decide: when ReviewStarted then DecideClaim or  StartReview
        }
        """, """
        context Claims {
          aggregate Claim {
            command DecideClaim emits ClaimAccepted or ClaimRejected, ClaimEscalated
                fails with PolicyNotFound { policy: PolicyNumber }, CoverageExceeded
          }

          policy Decide: when ReviewStarted then DecideClaim or StartReview
        }

        """)
    }

    @Test func theSyntaxKeepsWhereEachAlternativeStarts() {
        let file = FormatTestSupport.parse(SourceFile(path: "t.storm", text: """
        context C { command Decide emits A, B or C or D fails with X { reason: String }, Y }
        """))
        guard case .context(let context)? = file.declarations.first, case .command(let command)? = context.members.first else {
            Issue.record("no command parsed")
            return
        }
        #expect(command.emits.map(\.text) == ["A", "B", "C", "D"])
        #expect(command.outcomeStarts == [2, 3])
        #expect(Alternatives.split(command.emits.map(\.text), at: command.outcomeStarts) == [["A", "B"], ["C"], ["D"]])
        #expect(command.failures.map(\.name.text) == ["X", "Y"])
        #expect(command.failures.first?.fields?.map(\.name.text) == ["reason"])
        #expect(command.failures.last?.fields == nil)
    }

    @Test func orAndFailsStayOrdinaryNamesElsewhere() {
        FormatTestSupport.expectFormat("""
        context C {
          aggregate or { fails: Int, with: String }
          event E { or: Bool }
        }
        """, """
        context C {
          aggregate or {
            fails: Int
            with: String
          }

          event E { or: Bool }
        }

        """)
    }
}
