import Foundation
@testable import StormReview
import Testing

private let text = """
context Trips {
  // Fahrtenbuch: the name holds a non-ASCII letter before the finding's column
  event TripEnded
  value Öl { wert: Int }
  event Éjecté
}
"""

private func object(_ rendered: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
}

@Test func jsonListsFindingsWithPlacesAndASummary() throws {
    let model = model(text)
    let findings = Linter().lint(model)
    let document = try object(FindingJSONRenderer.render([(model, findings)]))
    let entries = try #require(document["findings"] as? [[String: Any]])
    #expect(entries.count == findings.count)
    let first = try #require(entries.first)
    #expect(first["model"] as? String == "Test")
    #expect(first["rule"] as? String == "unused-event")
    #expect(first["severity"] as? String == "warning")
    #expect(first["path"] as? String == "test.storm")
    #expect(first["line"] as? Int == 3)
    #expect(first["column"] as? Int == 3)
    #expect(document["summary"] as? [String: Int] == ["error": 0, "warning": findings.count, "info": 0])
}

@Test func sarifHasRuleMetadataAndCodePointColumns() throws {
    let model = model("context Été { event Ölé }")
    let findings = Linter().lint(model)
    let log = try object(SARIFRenderer.render([(model, findings)], configuration: LintConfiguration(), toolVersion: "1.2.3"))
    #expect(log["version"] as? String == "2.1.0")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "stormc")
    #expect(driver["version"] as? String == "1.2.3")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == RuleRegistry.all.map(\.id))
    let cycle = try #require(rules.first { $0["id"] as? String == "relationship-cycle" })
    #expect(cycle["name"] as? String == "RelationshipCycle")
    #expect((cycle["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
    #expect((cycle["shortDescription"] as? [String: Any])?["text"] as? String != nil)

    let results = try #require(run["results"] as? [[String: Any]])
    let unused = try #require(results.first { $0["ruleId"] as? String == "unused-event" })
    #expect(unused["level"] as? String == "warning")
    #expect(unused["ruleIndex"] as? Int == RuleRegistry.all.firstIndex { $0.id == "unused-event" })
    let location = try #require((unused["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "test.storm")
    let region = try #require(location["region"] as? [String: Int])
    // `context Été { ` is 14 code points (16 bytes): the event starts at code point column 15.
    #expect(region == ["startLine": 1, "startColumn": 15, "endLine": 1, "endColumn": 24])
}

@Test func sarifReportsNotesAsRelatedLocationsAndDisabledRules() throws {
    let model = model("context A { }\ncontext B { }\ncontext map M { A -> B\n B -> A }")
    var configuration = LintConfiguration()
    try configuration.disable(["relationship-without-flow"])
    let findings = Linter(configuration: configuration).lint(model)
    let log = try object(SARIFRenderer.render([(model, findings)], configuration: configuration, toolVersion: "0"))
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let result = try #require((run["results"] as? [[String: Any]])?.first)
    #expect(result["ruleId"] as? String == "relationship-cycle")
    let related = try #require(result["relatedLocations"] as? [[String: Any]])
    #expect(related.count == 1)
    #expect(related.first?["id"] as? Int == 1)
    let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    let disabled = try #require(rules.first { $0["id"] as? String == "relationship-without-flow" })
    #expect((disabled["defaultConfiguration"] as? [String: Any])?["enabled"] as? Bool == false)
}

@Test func sarifURIsAreEncodedReferences() {
    #expect(SARIFRenderer.uri("Models/My Model/a.storm") == "Models/My%20Model/a.storm")
    #expect(SARIFRenderer.uri("/tmp/x.storm") == "file:///tmp/x.storm")
}
