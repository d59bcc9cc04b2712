import StormReview
import Testing

private func namingModel(command: String = "EndTrip", event: String = "TripEnded") -> String {
    """
    context Trips {
      actor Driver
      aggregate Trip { command \(command) by Driver emits \(event) }
      event \(event)
      data product Feed { output port trips publishes \(event) }
    }
    """
}

@Test(arguments: ["TripEnded", "FundsWithdrawn", "PaymentMade", "HTTPRequestSent", "TripEndedEarly", "Shipped", "InvoiceOpened2", "TripEnded10", "PaymentMade3"])
func pastTenseEventNamesPass(_ name: String) {
    #expect(messages("event-naming", namingModel(event: name)) == [])
}

@Test func eventNotInThePastTenseIsReported() {
    #expect(messages("event-naming", namingModel(command: "FinishTrip", event: "EndTrip")) == [
        "event `Trips.EndTrip` is not named in the past tense (for example `TripEnded`)",
    ])
    #expect(messages("event-naming", namingModel(event: "Heartbeat")) == [
        "event `Trips.Heartbeat` is not named in the past tense (for example `HeartbeatHappened`)",
    ])
    // Digits at the end of a word are a number, not a tense: they neither make nor spoil one.
    #expect(messages("event-naming", namingModel(event: "Heartbeat2")) == [
        "event `Trips.Heartbeat2` is not named in the past tense (for example `Heartbeat2Happened`)",
    ])
    #expect(messages("event-naming", namingModel(command: "FinishTrip", event: "EndTrip2")) == [
        "event `Trips.EndTrip2` is not named in the past tense (for example `Trip2Ended`)",
    ])
}

@Test func eventAllowListAcceptsWordsAndNames() {
    #expect(messages("event-naming", namingModel(event: "Heartbeat"), naming: NamingAllowList(pastTense: ["heartbeat"])) == [])
    #expect(messages("event-naming", namingModel(event: "TripUndergone"), naming: NamingAllowList(pastTense: ["Undergone"])) == [])
    #expect(messages("event-naming", namingModel(event: "Heartbeat7"), naming: NamingAllowList(pastTense: ["heartbeat"])) == [])
}

@Test func namesWithoutLatinLettersAreNotJudged() {
    #expect(messages("event-naming", namingModel(command: "運行", event: "運行終了")) == [])
    #expect(messages("command-naming", namingModel(command: "運行", event: "運行終了")) == [])
}

@Test(arguments: ["EndTrip", "ScoreTrip", "Reroute", "CancelBooking", "AssignCargoToRoute", "Open2Accounts"])
func imperativeCommandNamesPass(_ name: String) {
    #expect(messages("command-naming", namingModel(command: name)) == [])
}

@Test func commandNotBeginningWithAVerbIsReported() {
    #expect(messages("command-naming", namingModel(command: "TripEnd")) == [
        "command `Trips.TripEnd` does not begin with an imperative verb (did you mean `EndTrip`?)",
    ])
    #expect(messages("command-naming", namingModel(command: "TripEnded", event: "TripFinished")) == [
        "command `Trips.TripEnded` does not begin with an imperative verb; it reads like an event",
    ])
    #expect(messages("command-naming", namingModel(command: "Reinsure")) == [
        "command `Trips.Reinsure` does not begin with an imperative verb (`Reinsure` is not a known verb; add it to `lint.naming.verbs` in storm.json if it is one)",
    ])
}

@Test func commandAllowListAddsVerbs() {
    #expect(messages("command-naming", namingModel(command: "ReinsureClaim"), naming: NamingAllowList(verbs: ["Reinsure"])) == [])
}

@Test func camelCaseNamesSplitIntoWords() {
    #expect(NamingAllowList.words(of: "HTTPRequestSent") == ["HTTP", "Request", "Sent"])
    #expect(NamingAllowList.words(of: "trip_ended2Times") == ["trip", "ended2", "Times"])
    #expect(NamingAllowList.words(of: "V2Upgraded") == ["V2", "Upgraded"])
}
