import StormReview
import Testing

/// The diff of two versions of a one-context model whose event `TripEnded` has the given fields.
private func diffEvent(_ old: String, _ new: String, oldVersion: String = "", newVersion: String = "",
                       mode: CompatibilityMode = .backward, extra: String = "") -> DeclarationChange? {
    func text(_ fields: String, _ version: String) -> String {
        """
        context Trips {
          id TripID
          enum Mode { car, bus }
          value Point { lat: Double, lon: Double }
          \(extra)
          event TripEnded \(version) { \(fields) }
        }
        """
    }
    let report = SchemaDiff.compare(old: model(text(old, oldVersion)), new: model(text(new, newVersion)), mode: mode)
    return report.entries.first { $0.reference.name == "TripEnded" }
}

private func change(_ old: String, _ new: String) -> SchemaChange? { diffEvent(old, new)?.changes.first }

@Test func addedFieldWithoutDefaultBreaksBackward() {
    let entry = diffEvent("a: Int", "a: Int, b: String")
    #expect(entry?.changes == [SchemaChange(.fieldAdded, "b", "String, without a default", Compatibility(backward: false, forward: true))])
    #expect(entry?.severity == .error)
    #expect(entry?.verdict == "breaks backward without a version bump (bump `TripEnded` to v2); rule: an incompatible change needs a new major version")
    #expect(entry?.backwardProblems.map(\.description) == ["/fields/b: the writer lacks the field and the reader has no default"])
}

@Test(arguments: ["b: String?", "b: String = \"x\"", "b: [Int] = []", "b: Mode = car"])
func addedFieldWithDefaultIsCompatible(_ field: String) {
    let entry = diffEvent("a: Int", "a: Int, \(field)")
    #expect(entry?.changes.first?.kind == .fieldAdded)
    #expect(entry?.changes.first?.detail.hasSuffix("with a default") == true)
    #expect(entry?.compatibility == .full)
    #expect(entry?.severity == .info)
}

@Test func removedFieldWithoutDefaultBreaksForwardOnly() {
    let entry = diffEvent("a: Int, b: String", "a: Int")
    #expect(entry?.changes == [SchemaChange(.fieldRemoved, "b", "String, without a default", Compatibility(backward: true, forward: false))])
    #expect(entry?.severity == .info)
    #expect(diffEvent("a: Int, b: String", "a: Int", mode: .forward)?.severity == .error)
    #expect(diffEvent("a: Int, b: String", "a: Int", mode: .full)?.severity == .error)
    #expect(diffEvent("a: Int, b: String?", "a: Int", mode: .full)?.severity == .info)
}

@Test func optionalityChanges() {
    #expect(change("a: Int", "a: Int?") == SchemaChange(.madeOptional, "a", "Int → Int?", Compatibility(backward: true, forward: false)))
    #expect(change("a: Int?", "a: Int") == SchemaChange(.madeRequired, "a", "Int? → Int", Compatibility(backward: false, forward: true)))
}

@Test func promotionsWorkOneWay() {
    #expect(change("a: Int", "a: Double") == SchemaChange(.typePromoted, "a", "Int → Double", Compatibility(backward: true, forward: false)))
    #expect(change("a: Double", "a: Int") == SchemaChange(.typePromoted, "a", "Double → Int", Compatibility(backward: false, forward: true)))
    #expect(change("a: Date", "a: Timestamp")?.compatibility == Compatibility(backward: true, forward: false))
}

@Test func sameEncodingUnderAnotherNameIsReinterpreted() {
    #expect(change("a: String", "a: UUID") == SchemaChange(.typeReinterpreted, "a", "String → UUID", .full))
    #expect(change("a: Int", "a: Timestamp")?.kind == .typeReinterpreted)
    #expect(change("a: TripID", "a: UUID")?.kind == .typeReinterpreted)
    #expect(change("a: String", "a: Decimal")?.kind == .typeReinterpreted)
}

@Test func incompatibleTypeChangesBreakBothWays() {
    #expect(change("a: Int", "a: String") == SchemaChange(.typeChanged, "a", "Int → String", Compatibility(backward: false, forward: false)))
    #expect(change("a: [Int]", "a: [String: Int]")?.kind == .typeChanged)
    #expect(change("a: Point", "a: Mode")?.kind == .typeChanged)
    #expect(diffEvent("a: Int", "a: String")?.backwardProblems.map(\.description) == ["/fields/a: a string reader cannot read a long"])
}

@Test func changeInsideAValueObjectIsNested() {
    let text = { (point: String) in "context Trips {\n value Point { \(point) }\n event TripEnded { at: Point }\n}" }
    let report = SchemaDiff.compare(old: model(text("lat: Double")), new: model(text("lat: Double, alt: Double")))
    #expect(report.entries.map(\.reference.name) == ["TripEnded", "Point"])
    #expect(report.entries[0].changes == [SchemaChange(.nestedTypeChanged, "at", "`Trips.Point` changed", Compatibility(backward: false, forward: true))])
    #expect(report.entries[0].severity == .error)
    #expect(report.entries[1].kind == .valueObject)
    #expect(report.entries[1].severity == .warning)
    #expect(report.entries[1].changes.map(\.kind) == [.fieldAdded])
}

@Test func defaultsChangeWithoutBreaking() {
    #expect(change("a: Int", "a: Int = 1") == SchemaChange(.defaultAdded, "a", "= 1", .full))
    #expect(change("a: Int = 1", "a: Int") == SchemaChange(.defaultRemoved, "a", "was 1", .full))
    #expect(change("a: Int = 1", "a: Int = 2") == SchemaChange(.defaultChanged, "a", "1 → 2", .full))
}

@Test func versionBumpTurnsABreakIntoAWarning() {
    let bumped = diffEvent("a: Int", "a: String", oldVersion: "v1", newVersion: "v2")
    #expect(bumped?.severity == .warning)
    #expect(bumped?.verdict == "breaks backward and forward, version bumped v1 → v2: consumers of v1 must migrate; rule: a new major may change anything")
    let down = diffEvent("a: Int", "a: Int", oldVersion: "v3", newVersion: "v2")
    #expect(down?.severity == .error)
    #expect(down?.verdict == "version went down from v3 to v2; rule: a version never goes down")
    let bumpOnly = diffEvent("a: Int", "a: Int", oldVersion: "", newVersion: "v2")
    #expect(bumpOnly?.severity == .info)
    #expect(bumpOnly?.verdict == "compatible, version bumped v1 → v2; rule: a new major may change anything")
}

@Test func unchangedDeclarationsAreNotListed() {
    let text = "context Trips { event TripEnded { a: Int } }"
    #expect(SchemaDiff.compare(old: model(text), new: model(text)).entries.isEmpty)
}

@Test func decimalDefaultsAvroCannotWriteCountAsNone() {
    #expect(diffEvent("a: Int", "a: Int, b: Decimal = 1.5")?.compatibility == .full)
    #expect(diffEvent("a: Int", "a: Int, b: Decimal = 1.1234567891")?.compatibility.backward == false)
    #expect(diffEvent("a: Int", "a: Int, b: Decimal = 99999999999")?.compatibility.backward == false)
}
