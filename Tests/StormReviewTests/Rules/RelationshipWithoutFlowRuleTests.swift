import Testing

@Test func relationshipWithoutFlowIsInformation() {
    let text = cleanModel + "\ncontext Pricing { }\ncontext map Extra { Scoring -> Pricing }"
    let found = findings("relationship-without-flow", text)
    #expect(found.map(\.message) == [
        "no event of `Scoring` is consumed by `Pricing`, although the context map declares `Scoring -> Pricing`",
    ])
    #expect(found.first?.severity == .info)
}

@Test func symmetricRelationshipsNeedNoFlow() {
    let text = cleanModel + "\ncontext Pricing { }\ncontext map Extra { Scoring [P] <-> [P] Pricing \n Pricing separate ways Trips }"
    #expect(messages("relationship-without-flow", text) == [])
}
