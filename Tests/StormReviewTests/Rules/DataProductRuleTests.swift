import Testing

// unowned-data-product, output-port-without-objectives

@Test func dataProductWithoutOwnerIsAnError() {
    let text = cleanModel.replacingOccurrences(of: "owner Scorers\n", with: "")
    let found = findings("unowned-data-product", text)
    #expect(found.map(\.message) == [
        "data product `Scoring.ScoreFeed` has no owner (add `owner Team` to the product or to context `Scoring`)",
    ])
    #expect(found.first?.severity == .error)
}

@Test func productOwnerReplacesTheContextOwner() {
    let text = cleanModel.replacingOccurrences(of: "owner Scorers\n", with: "")
        .replacingOccurrences(of: "data product ScoreFeed {", with: "data product ScoreFeed {\n    owner Scorers")
    #expect(messages("unowned-data-product", text) == [])
}

@Test func outputPortWithoutObjectivesIsReported() {
    let text = cleanModel.replacingOccurrences(of: "{ freshness 1 hour availability 99% }", with: "{ freshness 1 hour }")
        .replacingOccurrences(of: "    freshness 5 minutes\n", with: "")
    #expect(messages("output-port-without-objectives", text) == [
        "output port `TripFeed.trips` of `Trips` has no freshness objective",
        "output port `ScoreFeed.scores` of `Scoring` has no availability objective",
    ])
}
