import Foundation
import StormReview
import Testing

private let unusedEvents = """
context Trips {
  // storm:allow unused-event kept for the audit log, read by hand
  event TripEnded
  event TripStarted
}
"""

@Test func allowCommentSilencesTheRuleOnItsDeclarationOnly() {
    #expect(messages("unused-event", unusedEvents) == ["event `Trips.TripStarted` is neither consumed nor published by an output port"])
}

@Test func allowCommentForAnotherRuleDoesNotSilence() {
    let text = unusedEvents.replacingOccurrences(of: "storm:allow unused-event", with: "storm:allow event-naming")
    #expect(messages("unused-event", text).count == 2)
}

@Test func allowCommentOnAContextCoversItsMembers() {
    let text = "// storm:allow unused-event, event-naming whole context is a sketch\n" + unusedEvents
    #expect(messages("unused-event", text) == [])
}

@Test func configurationChangesSeverityAndTurnsRulesOff() throws {
    let json = #"{"models": "Models", "lint": {"rules": {"unused-event": "error", "unissued-command": "off"}}}"#
    let configuration = try LintConfiguration(stormJSON: Data(json.utf8))
    let text = "context A { command Go emits Went\n event Went }"
    let found = Linter(configuration: configuration).lint(model(text))
    #expect(found.map(\.ruleID) == ["unused-event"])
    #expect(found.map(\.severity) == [.error])
    #expect(found.hasErrors)
}

@Test func disableTurnsRulesOff() throws {
    var configuration = LintConfiguration()
    try configuration.disable(["unused-event"])
    #expect(Linter(configuration: configuration).lint(model(unusedEvents)).isEmpty)
    #expect(throws: LintConfigurationError.unknownRule("unused-events", in: "--disable")) { try configuration.disable(["unused-events"]) }
    #expect(LintConfigurationError.unknownRule("unused-events", in: "--disable").description
        == "unknown rule `unused-events` in --disable (did you mean `unused-event`?)")
}

@Test(arguments: [
    (#"{"lint": {"rules": {"unused-evnt": "off"}}}"#, "unknown rule `unused-evnt` in lint.rules (did you mean `unused-event`?)"),
    (#"{"lint": {"rules": {"unused-event": "loud"}}}"#, #"`lint.rules.unused-event` must be one of "off", "info", "warning", "error""#),
    (#"{"lint": {"rule": {}}}"#, "unknown key `lint.rule` (expected `rules` or `naming`)"),
    (#"{"lint": {"naming": {"nouns": []}}}"#, "unknown key `lint.naming.nouns` (expected `verbs` or `pastTense`)"),
    (#"{"lint": {"naming": {"verbs": "Triage"}}}"#, "`lint.naming.verbs` must be a list of strings"),
    (#"{"lint": []}"#, "`lint` must be an object"),
    ("[1]", "storm.json is not a JSON object"),
])
func badConfigurationIsExplained(_ json: String, _ message: String) {
    #expect(throws: LintConfigurationError.self) { try LintConfiguration(stormJSON: Data(json.utf8)) }
    do {
        _ = try LintConfiguration(stormJSON: Data(json.utf8))
    } catch {
        #expect(error.description == message)
    }
}

@Test func configurationReadsNamingAllowLists() throws {
    let json = #"{"lint": {"naming": {"verbs": ["Triage"], "pastTense": ["Undergone"]}}}"#
    let configuration = try LintConfiguration(stormJSON: Data(json.utf8))
    #expect(configuration.naming.isVerb("triage"))
    #expect(configuration.naming.isPastTense("Undergone"))
    #expect(try LintConfiguration(stormJSON: Data("{}".utf8)) == LintConfiguration())
}

@Test func findingsComeInSourceOrder() {
    let text = "context A {\n event Zed\n command Go emits Went\n event Went\n}"
    let found = Linter().lint(model(text))
    #expect(found.map(\.ruleID) == ["event-naming", "unused-event", "unissued-command", "unused-event"])
    #expect(found.map(\.message).first == "event `A.Zed` is not named in the past tense (for example `ZedHappened`)")
}

@Test func registryIsSortedAndIDsAreSuppressible() {
    let ids = RuleRegistry.all.map(\.id)
    #expect(ids == ids.sorted())
    #expect(Set(ids).count == ids.count)
    for id in ids {
        #expect(StormModelSuppressionsProbe.accepts(id), "`// storm:allow \(id)` would not be recognised")
    }
}

@Test func misspeltSuppressionIsReported() {
    let text = unusedEvents.replacingOccurrences(of: "storm:allow unused-event", with: "storm:allow unused-evnt")
    #expect(messages("unknown-suppression", text) == ["`// storm:allow unused-evnt` names no rule (did you mean `unused-event`?)"])
    #expect(messages("unknown-suppression", unusedEvents) == [])
}
