import Testing

private let twoContexts = """
context Trips {
  actor Driver
  aggregate Trip { command EndTrip by Driver emits TripEnded }
  event TripEnded
}
context Scoring {
  aggregate Score { command ScoreTrip emits TripScored }
  event TripScored
  policy ScoreEveryTrip: when Trips.TripEnded then ScoreTrip
}

"""

@Test func couplingWithoutAnyRelationshipIsReported() {
    #expect(messages("undeclared-coupling", twoContexts) == [
        "policy `ScoreEveryTrip` of `Scoring` consumes `Trips.TripEnded`, but the context map has no relationship between `Trips` and `Scoring`",
    ])
}

@Test func couplingAgainstTheRelationshipIsReported() {
    let found = findings("undeclared-coupling", twoContexts + "context map M { Scoring -> Trips }")
    #expect(found.map(\.message) == [
        "policy `ScoreEveryTrip` of `Scoring` consumes `Trips.TripEnded`, but the context map has `Scoring -> Trips`: the event flows against the relationship",
    ])
    #expect(found.first?.severity == .error)
    #expect(found.first?.notes.map(\.message) == ["relationship declared here"])
}

@Test func couplingBetweenContextsThatGoSeparateWaysIsReported() {
    #expect(messages("undeclared-coupling", twoContexts + "context map M { Trips separate ways Scoring }") == [
        "policy `ScoreEveryTrip` of `Scoring` consumes `Trips.TripEnded`, but the context map says `Trips` and `Scoring` go separate ways",
    ])
}

@Test(arguments: ["Trips -> Scoring", "Scoring <- Trips", "Trips [P] <-> [P] Scoring", "Scoring [SK] <-> [SK] Trips"])
func declaredCouplingIsSilent(_ relationship: String) {
    #expect(messages("undeclared-coupling", twoContexts + "context map M { \(relationship) }") == [])
}

@Test func readModelsAndInputPortsAreConsumersToo() {
    let text = """
    context Trips {
      actor Driver
      aggregate Trip { command EndTrip by Driver emits TripEnded }
      event TripEnded
    }
    context Claims {
      read model TripLog from Trips.TripEnded
      data product Evidence { owner Claims input port trips consumes Trips.TripEnded }
    }
    team Claims
    """
    #expect(messages("undeclared-coupling", text).count == 2)
}
