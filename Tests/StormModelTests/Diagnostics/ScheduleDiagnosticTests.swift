import Testing

/// Time policies: `every …` and `after … from … unless …`.
struct ScheduleDiagnosticTests {
    @Test func aScheduleCountsAtLeastOneUnit() {
        DiagnosticTestSupport.expect("invalid-schedule", in: #"""
        context Scoring {
          command CloseMonth
          policy Monthly: every 1️⃣0 months then CloseMonth
        }

        """#, renders: #"""
        model.storm:3:25: error: a schedule counts at least one unit of time, not 0 [invalid-schedule]
         3 |   policy Monthly: every 0 months then CloseMonth
           |                         ^

        """#)
    }

    @Test func aScheduleUnitIsAUnitOfCalendarTime() {
        DiagnosticTestSupport.expect("unknown-calendar-unit", in: #"""
        context Lending {
          event HoldPlaced
          command ExpireHold
          policy ExpireHolds: after 2 1️⃣fortnights from HoldPlaced then ExpireHold
        }

        """#, renders: #"""
        model.storm:4:31: error: expected a unit of time (minutes, hours, days, weeks, months or years), found `fortnights` [unknown-calendar-unit]
         4 |   policy ExpireHolds: after 2 fortnights from HoldPlaced then ExpireHold
           |                               ^~~~~~~~~~

        """#)
    }

    @Test func aDeadlineIsNotCancelledByTheEventThatStartsIt() {
        DiagnosticTestSupport.expect("deadline-cancelled-by-its-start", in: #"""
        context Lending {
          event HoldPlaced
          command ExpireHold
          policy ExpireHolds: after 3 days from HoldPlaced unless 1️⃣HoldPlaced then ExpireHold
        }

        """#, renders: #"""
        model.storm:4:59: error: `HoldPlaced` both starts the deadline and cancels it: name the events that make the deadline unnecessary after `unless` [deadline-cancelled-by-its-start]
         4 |   policy ExpireHolds: after 3 days from HoldPlaced unless HoldPlaced then ExpireHold
           |                                                           ^~~~~~~~~~

        """#)
    }
}
