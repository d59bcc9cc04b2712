import Foundation
import Testing

/// `stormc generate package` through the built `stormc`: `Package.swift` and the starters are the team's
/// once written, never replaced whatever they hold; what the model gains later is a note saying what to add.
@Suite struct GeneratePackageTests {
    /// The reproduction of issue 10: edit a starter and `Package.swift`, generate again, the edits survive.
    @Test func regeneratingKeepsTheTeamsEdits() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        let arguments = ["generate", "package", "Models/CargoShipping", "--out", folder.path("Cargo"), "--runtime", "."]
        let first = try stormc.run(arguments, in: BuiltStormc.repository)
        #expect(first.status == 0, "\(first.error)")
        let decider = "Cargo/Sources/Tracking/SubscriptionDecider.swift"
        let generated = "Cargo/Sources/Tracking/Generated/Tracking.swift"
        let original = try folder.read(generated)
        for file in [decider, "Cargo/Package.swift"] {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path(file)))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("// our change\n".utf8))
            try handle.close()
        }
        _ = try folder.write(["Cargo/Sources/Tracking/Generated/Tracking.swift": "// stale\n"])

        let second = try stormc.run(arguments, in: BuiltStormc.repository)
        #expect(second.status == 0, "\(second.error)")
        #expect(try folder.read(decider).hasSuffix("\n// our change\n"))
        #expect(try folder.read("Cargo/Package.swift").hasSuffix("\n// our change\n"))
        #expect(try folder.read(generated) == original, "generated code is regenerated")
        #expect(!second.error.contains("note:"), "\(second.error)")
        #expect(second.error.contains("CargoShipping: 1 written, "), "\(second.error)")
    }

    /// A file the team owns is kept whatever it holds, even empty; what it now lacks is listed in notes.
    @Test func aStarterIsNeverReplacedWhateverItHolds() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["Models/Fleet/tracking.storm": trackingModel])
        let arguments = ["generate", "package", "Models/Fleet", "--out", "Fleet", "--runtime", "Storm"]
        #expect(try stormc.run(arguments, in: folder.root).status == 0)
        let starters = ["Package.swift", "Sources/Tracking/SubscriptionDecider.swift", "Sources/Tracking/NotifyNewSubscribersPolicy.swift",
                        "Sources/Tracking/SubscribersProjection.swift", "Tests/TrackingTests/SubscriptionDeciderTests.swift"]
        for starter in starters { try Data().write(to: URL(fileURLWithPath: folder.path("Fleet/" + starter))) }
        let before = try FolderSnapshot(folder.path("Fleet"))

        let run = try stormc.run(arguments, in: folder.root)
        #expect(run.status == 0, "\(run.error)")
        #expect(try FolderSnapshot(folder.path("Fleet")).touched(since: before) == [])
        let notes = run.error.split(separator: "\n").filter { $0.hasPrefix("note: ") }
        #expect(notes == [
            #"note: Fleet/Package.swift is yours; the model now also has context Tracking: add to `products`: .library(name: "Tracking", targets: ["Tracking"]),"#,
            #"note: Fleet/Package.swift is yours; the model now also has context Tracking: add to `targets`: .target(name: "Tracking", dependencies: [.product(name: "StormRuntime", package: "storm")]),"#,
            #"note: Fleet/Package.swift is yours; the model now also has context Tracking: add to `targets`: .testTarget(name: "TrackingTests", dependencies: ["Tracking", .product(name: "StormRuntime", package: "storm")]),"#,
            "note: Fleet/Sources/Tracking/SubscriptionDecider.swift is yours; the model now also has command Subscribe: add its case to `decide`",
            "note: Fleet/Sources/Tracking/SubscriptionDecider.swift is yours; the model now also has event Tracking.CustomerSubscribed: add its case to `evolve`",
            "note: Fleet/Sources/Tracking/NotifyNewSubscribersPolicy.swift is yours; policy NotifyNewSubscribers now also reacts to Tracking.CustomerSubscribed: handle it in `react`",
            "note: Fleet/Sources/Tracking/NotifyNewSubscribersPolicy.swift is yours; policy NotifyNewSubscribers now also issues Tracking.Notify: issue it from `react`",
            "note: Fleet/Sources/Tracking/SubscribersProjection.swift is yours; read model Subscribers is now also kept from Tracking.CustomerSubscribed: handle it in `apply`",
        ], "\(run.error)")
        // Unchanged: the generated code and the list of the starters written.
        #expect(run.error.hasSuffix("Fleet: 0 written, 2 unchanged, \(starters.count) yours kept in Fleet\n"), "\(run.error)")
    }

    /// A starter the model would now write differently is reported, not written.
    @Test func whatTheModelGainsIsANoteNotAWrite() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["Models/Fleet/tracking.storm": trackingModel])
        let arguments = ["generate", "package", "Models/Fleet", "--out", "Fleet", "--runtime", "Storm"]
        #expect(try stormc.run(arguments, in: folder.root).status == 0)
        let before = try FolderSnapshot(folder.path("Fleet"))

        // The model gains a command and its event, and a context that reads them.
        let gained = trackingModel
            .replacingOccurrences(of: "emits CustomerSubscribed\n", with: "emits CustomerSubscribed\n    command Renew { subscription: SubscriptionID } emits SubscriptionRenewed\n")
            .replacingOccurrences(of: "  event CustomerSubscribed", with: "  event SubscriptionRenewed { subscription: SubscriptionID }\n  event CustomerSubscribed")
        _ = try folder.write(["Models/Fleet/tracking.storm": gained,
                              "Models/Fleet/renewals.storm": "context Renewals {\n  read model Renewed from Tracking.SubscriptionRenewed { count: Int }\n}\n"])

        let run = try stormc.run(arguments, in: folder.root)
        #expect(run.status == 0, "\(run.error)")
        let after = try FolderSnapshot(folder.path("Fleet"))
        let kept = ["Package.swift", "Sources/Tracking/SubscriptionDecider.swift", "Tests/TrackingTests/SubscriptionDeciderTests.swift"]
        for file in kept { #expect(after.files[file] == before.files[file], "\(file) was written") }
        let notes = run.error.split(separator: "\n").filter { $0.hasPrefix("note: ") }
        #expect(notes.contains("note: Fleet/Sources/Tracking/SubscriptionDecider.swift is yours; the model now also has command Renew: add its case to `decide`"), "\(run.error)")
        #expect(notes.contains("note: Fleet/Sources/Tracking/SubscriptionDecider.swift is yours; the model now also has event Tracking.SubscriptionRenewed: add its case to `evolve`"), "\(run.error)")
        #expect(notes.contains(#"note: Fleet/Package.swift is yours; the model now also has context Renewals: add to `targets`: .target(name: "Renewals", dependencies: [.product(name: "StormRuntime", package: "storm"), "Tracking"]),"#), "\(run.error)")
        // The new context's own files are written: they are new, so no one owns them yet.
        #expect(after.files["Sources/Renewals/RenewedProjection.swift"] != nil)
        #expect(after.files["Sources/Renewals/Generated/Renewals.swift"] != nil)
        #expect(after.files["Sources/Tracking/Generated/Tracking.swift"] != before.files["Sources/Tracking/Generated/Tracking.swift"])

        // Once the team has added what the notes ask, they stop.
        var decider = try folder.read("Fleet/Sources/Tracking/SubscriptionDecider.swift")
        decider += "// renew: handled with SubscriptionRenewed below\n"
        _ = try folder.write(["Fleet/Sources/Tracking/SubscriptionDecider.swift": decider])
        let quiet = try stormc.run(arguments, in: folder.root)
        #expect(!quiet.error.contains("SubscriptionDecider.swift is yours"), "\(quiet.error)")
    }

    /// With no PATH, the package of each model goes to `Generated/<Model>/Package/`, and names Storm
    /// relative to that folder.
    @Test func withoutAPathEachPackageGoesToItsFolder() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["Models/Fleet/tracking.storm": trackingModel])
        let run = try stormc.run(["generate", "package", "--runtime", "Storm"], in: folder.root)
        #expect(run.status == 0, "\(run.error)")
        #expect(try folder.read("Generated/Fleet/Package/Package.swift").contains(#".package(path: "../../../Storm"),"#))
    }

    /// Starters are written once and never again: one the team deleted or moved is not brought back,
    /// unless its line is removed from `.stormc/starters`.
    @Test func aDeletedStarterIsNotWrittenAgain() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["Models/Fleet/tracking.storm": trackingModel])
        let arguments = ["generate", "package", "Models/Fleet", "--out", "Fleet", "--runtime", "Storm"]
        #expect(try stormc.run(arguments, in: folder.root).status == 0)
        let record = try folder.read("Fleet/.stormc/starters")
        #expect(record.hasSuffix("""
            Package.swift
            Sources/Tracking/NotifyNewSubscribersPolicy.swift
            Sources/Tracking/SubscribersProjection.swift
            Sources/Tracking/SubscriptionDecider.swift
            Tests/TrackingTests/SubscriptionDeciderTests.swift

            """), "\(record)")
        try FileManager.default.moveItem(atPath: folder.path("Fleet/Sources/Tracking/SubscribersProjection.swift"),
                                         toPath: folder.path("Fleet/Sources/Tracking/Projections.swift"))
        let before = try FolderSnapshot(folder.path("Fleet"))

        let run = try stormc.run(arguments, in: folder.root)
        #expect(run.status == 0, "\(run.error)")
        #expect(try FolderSnapshot(folder.path("Fleet")).touched(since: before) == [], "\(run.error)")
        #expect(run.error == "Fleet: 0 written, 2 unchanged, 5 yours kept in Fleet\n")

        _ = try folder.write(["Fleet/.stormc/starters": record.replacingOccurrences(of: "Sources/Tracking/SubscribersProjection.swift\n", with: "")])
        let again = try stormc.run(arguments, in: folder.root)
        #expect(again.error == "Fleet: 2 written, 1 unchanged, 4 yours kept in Fleet\n", "\(again.error)")
        #expect(FileManager.default.fileExists(atPath: folder.path("Fleet/Sources/Tracking/SubscribersProjection.swift")))
        #expect(try folder.read("Fleet/.stormc/starters") == record)
    }
}
