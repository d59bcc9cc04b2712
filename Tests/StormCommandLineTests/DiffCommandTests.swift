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
