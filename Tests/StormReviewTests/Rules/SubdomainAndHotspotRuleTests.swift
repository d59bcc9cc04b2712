import Testing

// core-subdomain-unimplemented, core-subdomain-shared, unresolved-hotspot

@Test func coreSubdomainWithoutContextIsReported() {
    let text = cleanModel.replacingOccurrences(of: "context Trips implements TripRecording", with: "context Trips")
    #expect(messages("core-subdomain-unimplemented", text) == ["core subdomain `Insurance.TripRecording` is implemented by no bounded context"])
}

@Test func coreSubdomainWithSeveralContextsIsReported() {
    let text = cleanModel.replacingOccurrences(of: "context Scoring implements DriverScoring", with: "context Scoring implements TripRecording")
    let found = findings("core-subdomain-shared", text)
    #expect(found.map(\.message) == ["core subdomain `Insurance.TripRecording` is implemented by 2 contexts: `Trips`, `Scoring`"])
    #expect(found.first?.notes.map(\.message) == ["`Trips` implements it here", "`Scoring` implements it here"])
}

@Test func supportingSubdomainsMayBeSharedOrMissing() {
    let text = cleanModel.replacingOccurrences(of: "context Scoring implements DriverScoring", with: "context Scoring")
    #expect(messages("core-subdomain-unimplemented", text) == [])
}

@Test func hotspotIsInformation() {
    let text = cleanModel.replacingOccurrences(of: "tripId: TripID @identity", with: "tripId: TripID @identity\n    hotspot \"What if the phone dies?\"")
    let found = findings("unresolved-hotspot", text)
    #expect(found.map(\.message) == ["unresolved hotspot in `Trips.Trip`: What if the phone dies?"])
    #expect(found.first?.severity == .info)
}
