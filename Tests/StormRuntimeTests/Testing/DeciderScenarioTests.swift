import StormRuntime
import Testing

struct DeciderScenarioTests {
    let decider = TurnstileDecider()

    @Test func passesWhenTheEventsMatch() throws {
        try decider.given(.unlocked(Unlocked(fare: 2)))
            .when(.push)
            .then(.passed(Passed()))
        try decider.given().when(.pay(2)).then(.unlocked(Unlocked(fare: 2)))
    }

    @Test func failsWithBothListsWhenTheyDiffer() {
        #expect {
            try decider.given().when(.pay(2)).then(.passed(Passed()))
        } throws: { error in
            "\(error)".contains("expected [") && "\(error)".contains("but the decider decided [")
        }
    }

    @Test func reportsRefusals() throws {
        let error = try decider.given().when(.push).thenRefused()
        #expect(error is TurnstileRefusal)
        #expect(throws: ScenarioFailure.self) { try decider.given().when(.push).then(.passed(Passed())) }
        #expect(throws: ScenarioFailure.self) { try decider.given().when(.pay(1)).thenRefused() }
    }
}
