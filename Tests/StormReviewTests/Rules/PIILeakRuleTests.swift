import Testing

@Test func personalDataCrossingWithoutProtectionIsAnError() {
    let text = cleanModel.replacingOccurrences(of: "Trips [U, OHS, PL] -> [D, ACL] Scoring", with: "Trips [U, OHS] -> [D, CF] Scoring")
    let found = findings("pii-leak", text)
    #expect(found.map(\.message) == [
        "output port `TripFeed.trips` publishes personal data `Trips.TripStarted.driverName`, but `Trips` offers no published language (`PL`) on the context map",
        "personal data `Trips.TripStarted.driverName` reaches `Scoring` through input port `ScoreFeed.trips` without an anticorruption layer or a published language (`Trips [U, PL] -> [D, ACL] Scoring`)",
    ])
    #expect(found.allSatisfy { $0.severity == .error })
    #expect(found.map { $0.notes.map(\.message) } == [["marked `@pii` here"], ["marked `@pii` here", "the relationship it crosses is declared here"]])
}

@Test(arguments: ["Trips [U, PL] -> [D, CF] Scoring", "Trips [U] -> [D, ACL] Scoring"])
func eitherPatternProtectsAFlow(_ relationship: String) {
    let text = cleanModel.replacingOccurrences(of: "Trips [U, OHS, PL] -> [D, ACL] Scoring", with: relationship)
    #expect(!messages("pii-leak", text).contains { $0.contains("reaches") })
}

@Test func personalDataInsideAValueObjectIsFound() {
    let text = cleanModel.replacingOccurrences(of: "driverName: String @pii", with: "driverName: String")
        .replacingOccurrences(of: "latitude: Double,", with: "latitude: Double @pii,")
        .replacingOccurrences(of: "[U, OHS, PL]", with: "[U]").replacingOccurrences(of: "[D, ACL]", with: "[D]")
    #expect(messages("pii-leak", text) == [
        "output port `TripFeed.trips` publishes personal data `Trips.TripEnded.route.latitude`, but `Trips` offers no published language (`PL`) on the context map",
        "personal data `Trips.TripEnded.route.latitude` reaches `Scoring` through policy `ScoreEveryTrip` without an anticorruption layer or a published language (`Trips [U, PL] -> [D, ACL] Scoring`)",
    ])
}

@Test func personalDataStayingHomeIsFine() {
    let text = cleanModel.replacingOccurrences(of: "[U, OHS, PL]", with: "[U]").replacingOccurrences(of: "[D, ACL]", with: "[D]")
        .replacingOccurrences(of: "output port trips publishes TripStarted, TripEnded", with: "output port trips publishes TripEnded")
        .replacingOccurrences(of: "input port trips consumes Trips.TripStarted", with: "input port trips consumes Trips.TripEnded")
    #expect(messages("pii-leak", text) == [])
}
