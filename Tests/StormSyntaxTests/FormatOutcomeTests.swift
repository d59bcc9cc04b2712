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

/// `lifecycle { From -> To by Command … final State }` inside an aggregate.
struct FormatLifecycleTests {
    @Test func aLifecycleRoundTripsOneLineEach() {
        FormatTestSupport.expectFormat("""
        context Claims {
          aggregate Claim {
            command Review
            lifecycle {
              Submitted->Reviewed by Review, Reviewed ,Escalated -> Closed by Close
              // the end
              final Closed
            }
          }
        }
        """, """
        context Claims {
          aggregate Claim {
            command Review

            lifecycle {
              Submitted -> Reviewed by Review
              Reviewed, Escalated -> Closed by Close
              // the end
              final Closed
            }
          }
        }

        """)
    }

    @Test func theSyntaxKeepsSourcesTargetAndCommand() {
        let file = FormatTestSupport.parse(SourceFile(path: "t.storm", text: """
        context C { aggregate A { lifecycle { X, Y -> Z by Go
        final Z } } }
        """))
        guard case .context(let context)? = file.declarations.first, case .aggregate(let aggregate)? = context.members.first,
              case .lifecycle(let lifecycle)? = aggregate.members.first else {
            Issue.record("no lifecycle parsed")
            return
        }
        guard case .transition(let transition)? = lifecycle.members.first, case .final(let finals, _)? = lifecycle.members.last else {
            Issue.record("no transition or final parsed")
            return
        }
        #expect(transition.sources.map(\.text) == ["X", "Y"])
        #expect(transition.target.text == "Z")
        #expect(transition.command.text == "Go")
        #expect(finals.map(\.text) == ["Z"])
    }
}

/// `every …` and `after … from … unless …` in place of `when …`.
struct FormatScheduleTests {
    @Test func timePoliciesRoundTripWithTheUnitInTheNumberOfItsCount() {
        FormatTestSupport.expectFormat("""
        context Lending {
          policy ExpireHolds: after 3 day from HoldPlaced unless CheckedOut,Cancelled then Expire
          policy Monthly: every  months then CloseMonth
          policy Fortnightly: every 2 week then Pay or Remind
          policy Once: after 1 hours from HoldPlaced then Remind
        }
        """, """
        context Lending {
          policy ExpireHolds: after 3 days from HoldPlaced unless CheckedOut, Cancelled then Expire
          policy Monthly: every month then CloseMonth
          policy Fortnightly: every 2 weeks then Pay or Remind
          policy Once: after 1 hour from HoldPlaced then Remind
        }

        """)
    }

    @Test func aDeadlineKeepsItsStartAndCancellingEvents() {
        let file = FormatTestSupport.parse(SourceFile(path: "t.storm", text: """
        context C { policy P: after 3 days from Placed unless Out, Cancelled then Expire }
        """))
        guard case .context(let context)? = file.declarations.first, case .policy(let policy)? = context.members.first,
              case .after(let count, let unit, let from, let unless)? = policy.schedule else {
            Issue.record("no deadline parsed")
            return
        }
        #expect(count.value == 3)
        #expect(unit == .days)
        #expect(from.text == "Placed")
        #expect(unless.map(\.text) == ["Out", "Cancelled"])
        #expect(policy.triggers.isEmpty)
        #expect(policy.commands.map(\.text) == ["Expire"])
    }

    @Test func everyAndAfterStayOrdinaryWordsInWhenPolicies() {
        FormatTestSupport.expectFormat("""
        context C {
          policy every: when after then every
        }
        """, """
        context C {
          policy every: when after then every
        }

        """)
    }
}

/// `scenario "title" { given … when … then … }` inside an aggregate.
struct FormatScenarioTests {
    @Test func aScenarioRoundTripsOneLineEach() {
        FormatTestSupport.expectFormat("""
        context Lending {
          aggregate Hold {
            scenario "a second hold is rejected" {
              given HoldPlaced {book: b1,patron: p1}, HoldRenewed
              // the second patron
              when PlaceHold { book: b1, patron: p2, days: 3, note: "x" }
              then fails with BookAlreadyOnHold
            }
            scenario "nothing happens" { when Renew {}
            then nothing }
          }
        }
        """, """
        context Lending {
          aggregate Hold {
            scenario "a second hold is rejected" {
              given HoldPlaced { book: b1, patron: p1 }, HoldRenewed
              // the second patron
              when PlaceHold { book: b1, patron: p2, days: 3, note: "x" }
              then fails with BookAlreadyOnHold
            }

            scenario "nothing happens" {
              when Renew {}
              then nothing
            }
          }
        }

        """)
    }
}

/// `query Name(parameters) returns Type asked by …` inside a read model.
struct FormatQueryTests {
    @Test func queriesFollowTheFieldsOfTheirReadModel() {
        FormatTestSupport.expectFormat("""
        context Lending {
          read model HoldSheet from HoldPlaced {
            query DailySheet(day: Date,limit: Int = 10) returns [HoldSummary] asked by Librarian,Catalogue
            count: Int // how many
            query: String
            query Count() returns Int
          }
        }
        """, """
        context Lending {
          read model HoldSheet from HoldPlaced {
            count: Int // how many
            query: String
            query DailySheet(day: Date, limit: Int = 10) returns [HoldSummary] asked by Librarian, Catalogue
            query Count() returns Int
          }
        }

        """)
    }
}

/// Long alternatives wrap after `or` and read back the same; an event may be in several alternatives.
struct FormatLongOutcomeTests {
    @Test func alternativesWrapAfterOrAndStayAlternatives() {
        FormatTestSupport.expectFormat("""
        context Booking {
          aggregate Cargo {
            command DeriveDeliveryProgress emits DeliveryProgressUpdated or DeliveryProgressUpdated, CargoMisdirected
              or DeliveryProgressUpdated, CargoArrivedAtDestination
          }
        }
        """, """
        context Booking {
          aggregate Cargo {
            command DeriveDeliveryProgress emits DeliveryProgressUpdated or DeliveryProgressUpdated,
                CargoMisdirected or DeliveryProgressUpdated, CargoArrivedAtDestination
          }
        }

        """)
    }
}
