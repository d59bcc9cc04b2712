import Foundation
import Testing

private let model = """
context Trips {
  actor Driver
  command EndTrip by Driver emits TripEnded
  event TripEnded { driver: String @pii }
  data product Feed { output port trips publishes TripEnded }
}
"""

@Test func lintPrintsFindingsAndFailsOnErrors() throws {
    let folder = try temporaryFolder(["M/a.storm": model])
    let result = stormc("lint", folder + "/M")
    #expect(result.status == 1)
    #expect(result.error.contains("M/a.storm:5:3: error: data product `Trips.Feed` has no owner"))
    #expect(result.error.contains("[unowned-data-product]"))
    #expect(result.error.hasSuffix("M: 2 errors, 1 warning, 0 info\n"))
}

@Test func lintDisableAndConfigurationDecideTheExitStatus() throws {
    let folder = try temporaryFolder(["M/a.storm": model, "storm.json": #"{"lint": {"rules": {"pii-leak": "warning"}}}"#])
    #expect(stormc("lint", "--disable", "unowned-data-product", "--config", folder + "/storm.json", folder + "/M").status == 0)
    #expect(stormc("lint", "--disable", "unowned-data-product", folder + "/M").status == 1)
    let unknown = stormc("lint", "--disable", "pii-leek", folder + "/M")
    #expect(unknown.status == 2)
    #expect(unknown.error == "stormc lint: error: unknown rule `pii-leek` in --disable (did you mean `pii-leak`?)\n")
}

@Test func lintWritesSARIFAndJSONOnStandardOutput() throws {
    let folder = try temporaryFolder(["M/a.storm": model])
    let sarif = stormc("lint", "--format", "sarif", folder + "/M")
    #expect(sarif.status == 1)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.out.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let json = stormc("lint", "--format", "json", folder + "/M")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    #expect((document["summary"] as? [String: Int])?["error"] == 2)
    #expect(stormc("lint", "--format", "xml", folder + "/M").status == 2)
}

@Test func lintListsItsRules() {
    let result = stormc("lint", "--list-rules", "--disable", "unused-event")
    #expect(result.status == 0)
    #expect(result.out.contains("unused-event                    off      "))
    #expect(result.out.split(separator: "\n").count == 23)
}

@Test func numberedNamesAreJudgedByTheirWords() throws {
    // Docs/Rules.md: digits that end a word are set aside, for events and commands alike.
    let numbered = """
    context Trips {
      actor Driver
      command End2Trip by Driver emits TripEnded2
      command Record2Beat by Driver emits Heartbeat3
      event TripEnded2
      event Heartbeat3
    }
    """
    let folder = try temporaryFolder(["M/a.storm": numbered])
    let result = stormc("lint", "--format", "json", folder + "/M")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let findings = try #require(document["findings"] as? [[String: Any]])
    let naming = findings.filter { ["event-naming", "command-naming"].contains($0["rule"] as? String) }.compactMap { $0["message"] as? String }
    #expect(naming == ["event `Trips.Heartbeat3` is not named in the past tense (for example `Heartbeat3Happened`)"])
}
