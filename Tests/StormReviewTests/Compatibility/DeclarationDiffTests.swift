import StormReview
import Testing

private let producer = """
context Trips {
  actor Driver
  command EndTrip by Driver emits TripEnded
  event TripEnded { a: Int }
  event TripPaused
  enum Mode { car, bus, train }
}

"""

@Test func removingAnEventAnotherContextConsumesIsAnError() {
    let old = model(producer + "context Scoring {\n command ScoreTrip\n policy Score: when Trips.TripEnded then ScoreTrip\n}")
    let new = model(producer.replacingOccurrences(of: "emits TripEnded", with: "").replacingOccurrences(of: "event TripEnded { a: Int }", with: "")
        + "context Scoring { command ScoreTrip }")
    let report = SchemaDiff.compare(old: old, new: new)
    let removed = report.entries.first { $0.reference.name == "TripEnded" }
    #expect(removed?.status == .removed)
    #expect(removed?.severity == .error)
    #expect(removed?.verdict == "removed while `Scoring` (policy `Score`) still consumes it")
    #expect(removed?.location?.path == "test.storm")
    #expect(report.hasErrors)
}

@Test func removingAnUnconsumedEventWarnsAndAddingInforms() {
    let new = model(producer.replacingOccurrences(of: "event TripPaused", with: "event TripResumed"))
    let report = SchemaDiff.compare(old: model(producer), new: new)
    #expect(report.entries.map { "\($0.reference.name) \($0.status.rawValue) \($0.severity.rawValue)" } == [
        "TripPaused removed warning", "TripResumed added info",
    ])
    #expect(!report.hasErrors)
}

@Test func enumerationSymbolsFallBackToTheDefaultSymbol() {
    let new = model(producer.replacingOccurrences(of: "enum Mode { car, bus, train }", with: "enum Mode { car, train, tram }"))
    let entry = SchemaDiff.compare(old: model(producer), new: new).entries.first
    #expect(entry?.kind == .enumeration)
    #expect(entry?.changes == [
        SchemaChange(.symbolAdded, "tram", "old readers read it as `car`", .full),
        SchemaChange(.symbolRemoved, "bus", "new readers read it as `car`", .full),
    ])
    #expect(entry?.compatibility == .full)
}

@Test func enumerationDefaultSymbolChangeIsReported() {
    let new = model(producer.replacingOccurrences(of: "enum Mode { car, bus, train }", with: "enum Mode { bus, car, train }"))
    let entry = SchemaDiff.compare(old: model(producer), new: new).entries.first
    #expect(entry?.changes == [SchemaChange(.defaultSymbolChanged, "bus", "`car` → `bus`", .full)])
}

@Test func breakingACommandIsAnError() {
    let new = model(producer.replacingOccurrences(of: "command EndTrip by Driver emits", with: "command EndTrip by Driver { at: Timestamp } emits"))
    let entry = SchemaDiff.compare(old: model(producer), new: new).entries.first
    #expect(entry?.kind == .command)
    #expect(entry?.severity == .error)
    #expect(entry?.verdict == "breaks backward (commands have no version)")
}
