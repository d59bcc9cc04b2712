import Foundation
import Testing

private let model = """
context Trips {
  actor Driver
  command EndTrip by Driver emits TripEnded
  event TripEnded
  hotspot "When does a trip end?"
}
"""

@Test func reportPrintsTheDocumentOrWritesItOnce() throws {
    let folder = try temporaryFolder(["Trips/a.storm": model])
    let printed = stormc("report", folder + "/Trips")
    #expect(printed.status == 0)
    #expect(printed.out.contains("# Review of Trips\n"))
    #expect(printed.out.contains("| info | `unresolved-hotspot` |"))

    let target = folder + "/out/Review.md"
    let first = stormc("report", folder + "/Trips", "--out", target)
    #expect(first.status == 0)
    #expect(first.error == "Trips: \(target) written\n")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == printed.out)
    #expect(stormc("report", folder + "/Trips", "--out", target).error == "Trips: \(target) unchanged\n")
}

@Test func reportUsesTheLintConfiguration() throws {
    let folder = try temporaryFolder(["Trips/a.storm": model, "storm.json": #"{"lint": {"rules": {"unresolved-hotspot": "off", "unused-event": "off"}}}"#])
    let result = stormc("report", folder + "/Trips", "--config", folder + "/storm.json")
    #expect(result.out.hasSuffix("## Lint findings\n\nNone.\n"))
    #expect(stormc("report", "--out", folder + "/x.md").status == 2)
}
