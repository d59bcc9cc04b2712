import Testing

private let map = "context map Insurance {\n  Trips [U, OHS, PL] -> [D, ACL] Scoring\n}"

@Test func anEventConsumedOutsideTheExposesListIsAWarning() {
    let text = cleanModel.replacingOccurrences(of: map, with: "context map Insurance {\n  Trips [U, OHS, PL] -> [D, ACL] Scoring { exposes Trips.TripEnded }\n}")
    let found = findings("unexposed-consumed-event", text)
    #expect(found.map(\.message) == [
        "`Scoring` consumes `Trips.TripStarted` (input port `ScoreFeed.trips`), which the relationship `Trips -> Scoring` does not expose: add it to `exposes`",
    ])
    #expect(found.first?.severity == .warning)
}

@Test func anExposedAggregateCoversTheEventsItEmitsAndNoListSaysNothing() {
    let aggregate = cleanModel.replacingOccurrences(of: map, with: "context map Insurance {\n  Trips [U, OHS, PL] -> [D, ACL] Scoring { exposes Trips.Trip }\n}")
    #expect(messages("unexposed-consumed-event", aggregate) == [])
    #expect(messages("unexposed-consumed-event", cleanModel) == [])
}
