import StormKit
import Testing

/// Error recovery: one run reports every independent error, not just the first, and no error twice.
struct ErrorRecoveryTests {
    static let model = #"""
        domain Insurance {
          subdomain Trips: cor
        }
        team Journeys

        context Trips implements Insurance.Trips {
          owner Jorneys
          actor Driver # at the wheel
          aggregate Trip {
            startedAt: Timestmp @identiy
            invarient "A trip ends after it starts"
            command StartTrip by Drivr emits TripStarted
          }
          event TripStarted v0 { at: Timestamp = "now" }
          event TripEnded { distance: 42 }
        }

        context Scoring {
          command ScoreTrip emits Trips.TripStarted
          policy ScoreEveryTrip when TripEnded then ScoreTrip
          data product Scores { freshness 5 minuts }
        }

        context map Insurance {
          Trips [U, ACL] -> [D] Scoring
          Scoring [P] <-> [SK] Trips
          Trips => Pricing
          Scoring -> Scorng
        }

        """#

    @Test func oneRunReportsEveryIndependentError() {
        let loaded = ModelTestSupport.load(Self.model)
        #expect(ModelTestSupport.rendered(loaded) == #"""
        model.storm:2:20: error: unknown subdomain kind `cor`: expected `core`, `supporting` or `generic` [unknown-subdomain-kind]
         2 |   subdomain Trips: cor
           |                    ^~~
          = help: did you mean `core`?
        model.storm:7:9: error: unknown team `Jorneys` [unresolved-reference]
         7 |   owner Jorneys
           |         ^~~~~~~
          = help: did you mean `Journeys`?
        model.storm:8:16: error: unexpected character `#` [unexpected-character]
         8 |   actor Driver # at the wheel
           |                ^
        model.storm:10:16: error: unknown type `Timestmp` [unresolved-reference]
         10 |     startedAt: Timestmp @identiy
            |                ^~~~~~~~
          = help: did you mean `Timestamp`?
        model.storm:10:25: warning: unknown annotation `@identiy`: Storm knows `@identity`, `@pii` and `@deprecated` [unknown-annotation]
         10 |     startedAt: Timestmp @identiy
            |                         ^~~~~~~~
          = help: did you mean `@identity`?
        model.storm:11:5: error: expected a field (`name: Type`), `invariant`, `command`, `entity`, `value` or `hotspot` in aggregate `Trip`, found `invarient` [expected-member]
         11 |     invarient "A trip ends after it starts"
            |     ^~~~~~~~~
          = help: did you mean `invariant`?
        model.storm:12:26: error: unknown actor, external system or policy `Drivr` in context `Trips` [unresolved-reference]
         12 |     command StartTrip by Drivr emits TripStarted
            |                          ^~~~~
          = help: did you mean `Driver`?
        model.storm:14:21: error: event versions start at 1, found `v0` [invalid-version]
         14 |   event TripStarted v0 { at: Timestamp = "now" }
            |                     ^~
        model.storm:14:42: error: default value "now" does not match type `Timestamp` [invalid-default]
         14 |   event TripStarted v0 { at: Timestamp = "now" }
            |                                          ^~~~~
        model.storm:15:31: error: expected a type, found `42` [expected-type]
         15 |   event TripEnded { distance: 42 }
            |                               ^~
        model.storm:19:27: error: command `ScoreTrip` emits `Trips.TripStarted`, an event of context `Trips`: a command emits events of its own context [command-emits-foreign-event]
         19 |   command ScoreTrip emits Trips.TripStarted
            |                           ^~~~~~~~~~~~~~~~~
        model.storm:20:25: error: expected `:` after policy `ScoreEveryTrip`: write `policy ScoreEveryTrip: when Event then Command`, found `when` [expected-token]
         20 |   policy ScoreEveryTrip when TripEnded then ScoreTrip
            |                         ^~~~
        model.storm:21:37: error: expected a time unit (milliseconds, seconds, minutes, hours or days), found `minuts` [unknown-time-unit]
         21 |   data product Scores { freshness 5 minuts }
            |                                     ^~~~~~
          = help: did you mean `minutes`?
        model.storm:25:13: error: `ACL` is a downstream role, but `Trips` is upstream here [role-on-wrong-side]
         25 |   Trips [U, ACL] -> [D] Scoring
            |             ^~~
        model.storm:26:15: error: a relationship cannot be both a partnership and a shared kernel [symmetric-relationship]
         26 |   Scoring [P] <-> [SK] Trips
            |               ^~~
        model.storm:27:9: error: expected `->`, `<-`, `<->`, `partnership`, `shared kernel` or `separate ways` after `Trips`, found `=` [expected-token]
         27 |   Trips => Pricing
            |         ^
        model.storm:28:14: error: unknown context `Scorng` [unresolved-reference]
         28 |   Scoring -> Scorng
            |              ^~~~~~
          = help: did you mean `Scoring`?

        """#)
    }

    @Test func everyErrorIsCountedOnce() {
        let loaded = ModelTestSupport.load(Self.model)
        #expect(loaded.diagnostics.count(of: .error) == 16)
        #expect(loaded.diagnostics.count(of: .warning) == 1)
        let places = loaded.diagnostics.all.compactMap { $0.range.map { "\($0.start) \($0.end)" } }
        #expect(Set(places).count == places.count, "two diagnostics at one place")
    }

    @Test func whatResolvedIsKeptBesideTheErrors() {
        let model = ModelTestSupport.load(Self.model).model
        #expect(model.contexts.map(\.name) == ["Trips", "Scoring"])
        #expect(model.context(named: "Trips")?.actors.map(\.name) == ["Driver"])
        #expect(model.context(named: "Trips")?.commands.map(\.name) == ["StartTrip"])
        #expect(model.context(named: "Trips")?.event(named: "TripStarted")?.emittedBy == ["StartTrip"])
        #expect(model.context(named: "Scoring")?.dataProducts.map(\.name) == ["Scores"])
    }

    @Test func aSubdomainWithAnUnknownKindIsNotReportedAgainWhereItIsImplemented() {
        let ids = ModelTestSupport.ids("domain D { subdomain S: cor }\ncontext C implements S {}\ncontext E implements D.S {}")
        #expect(ids == ["unknown-subdomain-kind"])
    }

    @Test func anUnknownTypeDoesNotHideTheFieldsAnnotations() {
        let ids = ModelTestSupport.ids("context C { value V { a: Nope @pi } }")
        #expect(ids == ["unresolved-reference", "unknown-annotation"])
    }

    @Test func aContextThatCouldNotBeDeclaredIsNotReportedAgain() {
        // `context Payments` has no `{` (and its members are not indented): it is lost, but neither its
        // event nor its name is reported again where other declarations refer to them.
        let ids = ModelTestSupport.ids("""
        context Claims {
          policy P: when PaymentSent then Pay
          command Pay
        }
        context Payments
        event PaymentSent
        context map M {
          Claims -> Payments
        }
        """)
        #expect(ids == ["expected-token"])
    }

    @Test func anEnumWhoseCasesFailedToParseIsNotReportedEmptyNorItsDefaults() {
        let ids = ModelTestSupport.ids("context C {\n  enum S { 1 }\n  event E { s: S = x }\n}\n")
        #expect(ids == ["expected-name"])
    }

    @Test func aMisspeltDeclarationIsReadAsMeantSoItsNamesResolve() {
        let loaded = ModelTestSupport.load("contxt Trips {\n  evnt TripEnded\n}\ncontext Scoring {\n  read model R from TripEnded\n}\n")
        #expect(loaded.diagnostics.sorted.map(\.id.rawValue) == ["expected-declaration", "expected-member"])
        #expect(loaded.model.contexts.map(\.name) == ["Trips", "Scoring"])
        #expect(loaded.model.context(named: "Scoring")?.readModels.first?.sources.map(\.name) == ["TripEnded"])
    }

    @Test func errorsInSeveralFilesAreAllReported() {
        let loaded = ModelTestSupport.load([
            ("a.storm", "context A { event E v0 }"),
            ("b.storm", "context B { command K emits Nope }"),
            ("c.storm", "contxt C {}"),
        ])
        #expect(loaded.diagnostics.sorted.map { loaded.sources.location(of: $0.range!).path } == ["a.storm", "b.storm", "c.storm"])
    }
}
