import StormRuntime
import Testing

/// What generated scenario tests use: partial event matches, expected failures, undecided commands, and
/// lifecycle transitions as data.
struct ScenarioExpectationsTests {
    let decider = TurnstileDecider()

    struct Undecided: UndecidedCommand { var command: String }

    @Test func matchesEventsByTheirTests() throws {
        let paid = ExpectedEvent<TurnstileEvent>("Unlocked { fare: 2 }") { if case .unlocked(let event) = $0 { event.fare == 2 } else { false } }
        try decider.given().when(.pay(2)).then(matching: [paid])
        #expect { try decider.given().when(.pay(3)).then(matching: [paid]) } throws: { "\($0)".contains("expected [Unlocked { fare: 2 }], but the decider decided") }
        #expect(throws: ScenarioFailure.self) { try decider.given().when(.pay(2)).then(matching: []) }
        #expect(throws: ScenarioFailure.self) { try decider.given().when(.push).then(matching: [paid]) }
    }

    @Test func expectsAFailureOfOneType() throws {
        try decider.given().when(.push).thenFails(with: TurnstileRefusal.self)
        #expect { try decider.given().when(.pay(2)).thenFails(with: TurnstileRefusal.self) } throws: { "\($0)".contains("but the decider decided") }
        let undecided = DeciderOutcome<TurnstileEvent>(result: .failure(Undecided(command: "Push")))
        #expect(throws: ScenarioFailure.self) { try undecided.thenFails(with: TurnstileRefusal.self) }
    }

    @Test func tellsAnUndecidedCommandFromARefusal() {
        #expect(DeciderOutcome<TurnstileEvent>(result: .failure(Undecided(command: "Push"))).isUndecided)
        #expect(!decider.given().when(.push).isUndecided)
        #expect(!decider.given().when(.pay(1)).isUndecided)
    }

    @Test func findsTheStateACommandMovesTo() {
        let transitions = [LifecycleTransition(from: "Open", to: "Closed", command: "Close"), LifecycleTransition(from: "Closed", to: "Open", command: "Reopen")]
        #expect(transitions.target(of: "Close", from: "Open") == "Closed")
        #expect(transitions.target(of: "Close", from: "Closed") == nil)
        #expect(transitions.target(of: "Reopen", from: "Closed") == "Open")
    }
}
