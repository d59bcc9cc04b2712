import Foundation
import Testing

private func trips(_ fields: String, version: String = "") -> String {
    "context Trips {\n  event TripEnded \(version) { \(fields) }\n}\n"
}

@Test func diffComparesTwoFolders() throws {
    let folder = try temporaryFolder(["old/a.storm": trips("a: Int"), "new/a.storm": trips("a: Int, b: String")])
    let broken = stormc("diff", folder + "/old", folder + "/new")
    #expect(broken.status == 1)
    #expect(broken.out.contains("error: event `Trips.TripEnded` v1 changed: breaks backward without a version bump"))
    #expect(stormc("diff", "--mode", "forward", folder + "/old", folder + "/new").status == 0)
    #expect(stormc("diff", folder + "/new", folder + "/old").status == 0)
    #expect(stormc("diff", "--mode", "full", folder + "/new", folder + "/old").status == 1)
    #expect(stormc("diff", "--mode", "sideways", folder + "/old", folder + "/new").status == 2)
    #expect(stormc("diff", folder + "/old").status == 2)
}

@Test func diffReadsTheOldVersionFromGit() throws {
    guard toolAvailable("git") else { return }
    let folder = try temporaryFolder(["Models/T/a.storm": trips("a: Int")])
    func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Storm", "-c", "user.email=storm@example.com"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
    }
    try git("init", "-q")
    try git("add", ".")
    try git("commit", "-q", "-m", "one")
    try Data(trips("a: Int, b: String", version: "v2").utf8).write(to: URL(fileURLWithPath: folder + "/Models/T/a.storm"))
    try Data(trips("x: Int").replacingOccurrences(of: "Trips", with: "Scoring").utf8).write(to: URL(fileURLWithPath: folder + "/Models/T/b.storm"))

    let bumped = stormc("diff", "git:HEAD", folder + "/Models/T")
    #expect(bumped.status == 0, "\(bumped.error)")
    #expect(bumped.out.contains("warning: event `Trips.TripEnded` v1 → v2 changed: breaks backward, version bumped v1 → v2"))
    #expect(bumped.out.contains("\(folder)/Models/T/b.storm:2:3: note: event `Scoring.TripEnded` v1 added: added"))

    let file = stormc("diff", "git:HEAD", folder + "/Models/T/a.storm", "--format", "json")
    #expect(file.out.contains("\"path\": \"\(folder)/Models/T/a.storm\""))

    try git("add", ".")
    try git("commit", "-q", "-m", "two")
    #expect(stormc("diff", "git:HEAD", folder + "/Models/T").out.hasPrefix("0 changed declarations"))
    #expect(stormc("diff", "git:HEAD~1", folder + "/Models/T/a.storm").status == 0)
    let missing = stormc("diff", "git:no-such-branch", folder + "/Models/T")
    #expect(missing.status == 2)
    #expect(missing.error.contains("git ls-tree -r failed"))
}

/// Semantic versions through the built stormc: a minor or patch bump must stay compatible, a major may break.
@Test func diffJudgesSemanticVersionsByTheirRules() throws {
    let folder = try temporaryFolder([
        "old/a.storm": trips("a: Int", version: "v2.0"),
        "minorBreaks/a.storm": trips("a: Int, b: String", version: "v2.1"),
        "patchBreaks/a.storm": trips("a: Int, b: String", version: "v2.0.1"),
        "minorCompatible/a.storm": trips("a: Int, b: String?", version: "v2.1"),
        "majorBreaks/a.storm": trips("a: Int, b: String", version: "v3"),
        "majorCompatible/a.storm": trips("a: Int", version: "v3.0.0"),
        "down/a.storm": trips("a: Int", version: "v1.9"),
    ])
    let minor = stormc("diff", folder + "/old", folder + "/minorBreaks")
    #expect(minor.status == 1)
    #expect(minor.out.contains("error: event `Trips.TripEnded` v2 changed: breaks backward with only a minor bump v2.0 → v2.1 (bump `TripEnded` to v3); rule: minor and patch changes must be backward compatible"), "\(minor.out)")
    let patch = stormc("diff", folder + "/old", folder + "/patchBreaks")
    #expect(patch.status == 1)
    #expect(patch.out.contains("with only a patch bump v2.0 → v2.0.1"), "\(patch.out)")
    let compatible = stormc("diff", folder + "/old", folder + "/minorCompatible")
    #expect(compatible.status == 0)
    #expect(compatible.out.contains("note: event `Trips.TripEnded` v2 changed: compatible, minor bump v2.0 → v2.1; rule: minor and patch changes must be backward compatible"), "\(compatible.out)")
    let major = stormc("diff", folder + "/old", folder + "/majorBreaks")
    #expect(major.status == 0)
    #expect(major.out.contains("rule: a new major may change anything"))
    let bumpOnly = stormc("diff", folder + "/old", folder + "/majorCompatible")
    #expect(bumpOnly.status == 0)
    #expect(bumpOnly.out.contains("compatible, version bumped v2.0 → v3.0.0; rule: a new major may change anything"), "\(bumpOnly.out)")
    let down = stormc("diff", folder + "/old", folder + "/down")
    #expect(down.status == 1)
    #expect(down.out.contains("version went down from v2.0 to v1.9; rule: a version never goes down"), "\(down.out)")
}
