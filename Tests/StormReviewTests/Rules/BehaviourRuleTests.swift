import Testing

// unused-event, unissued-command, aggregate-without-command, unfed-read-model, untriggered-policy

@Test func eventNeitherConsumedNorPublishedIsReported() {
    let text = cleanModel.replacingOccurrences(of: "event TripScored {", with: "event TripRescored\n  event TripScored {")
    #expect(messages("unused-event", text) == ["event `Scoring.TripRescored` is neither consumed nor published by an output port"])
}

@Test func eventOnlyPublishedIsUsed() {
    let text = cleanModel.replacingOccurrences(of: "read model Scores from TripScored", with: "")
    #expect(messages("unused-event", text) == [])
}

@Test func commandWithoutIssuerIsReported() {
    let text = cleanModel.replacingOccurrences(of: "command StartTrip by Driver", with: "command StartTrip")
    #expect(messages("unissued-command", text) == [
        "command `Trips.StartTrip` is issued by no actor, external system or policy (add `by …`, or a policy that issues it)",
    ])
}

@Test func commandIssuedByAPolicyIsIssued() {
    #expect(messages("unissued-command", cleanModel).isEmpty)
    #expect(cleanModel.contains("command ScoreTrip {"))
}

@Test func aggregateWithoutCommandIsReported() {
    let text = cleanModel.replacingOccurrences(of: "owner Scorers", with: "owner Scorers\n  aggregate Driver { name: String }")
    #expect(messages("aggregate-without-command", text) == ["aggregate `Scoring.Driver` handles no command"])
}

@Test func readModelFedByNothingIsReported() {
    let text = cleanModel.replacingOccurrences(of: "policy ScoreEveryTrip", with: "event TripRated\n  read model Ratings from TripRated\n  policy ScoreEveryTrip")
    #expect(messages("unfed-read-model", text) == ["read model `Scoring.Ratings` is fed by nothing: no command emits `Scoring.TripRated`"])
}

@Test func readModelWithOneEmittedSourceIsFed() {
    let text = cleanModel.replacingOccurrences(of: "read model Scores from TripScored", with: "event TripRated\n  read model Scores from TripScored, TripRated")
    #expect(messages("unfed-read-model", text) == [])
}

@Test func policyReactingToAnEventNoCommandEmitsIsReported() {
    let text = cleanModel.replacingOccurrences(of: "emits TripEnded", with: "")
    #expect(messages("untriggered-policy", text) == [
        "policy `Scoring.ScoreEveryTrip` reacts to `Trips.TripEnded`, which no command emits",
    ])
}
