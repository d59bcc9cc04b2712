import Foundation
import Testing

/// A package scaffold made by the built `stormc` is built and tested with SwiftPM; the model then gains a
/// context: the team's `Package.swift` is not touched, the scaffold still builds, and with the lines the
/// notes give added to it, the new context's target builds and its starter test passes.
@Suite struct GeneratePackageBuildTests {
    @Test(.timeLimit(.minutes(15))) func aScaffoldStillBuildsAfterTheModelGainsAContext() throws {
        guard let stormc = BuiltStormc(), let swift = Self.swift() else { return }
        let folder = try TemporaryFolder()
        try folder.copy(BuiltStormc.repository + "/Tests/Fixtures/Models/Showcase", to: "Models/Showcase")
        let arguments = ["generate", "package", "Models/Showcase", "--out", "Scaffold", "--runtime", BuiltStormc.repository]
        let first = try stormc.run(arguments, in: folder.root)
        #expect(first.status == 0, "\(first.error)")
        let scaffold = folder.path("Scaffold")
        let scratch = ["--scratch-path", scaffold + "/.build"]
        let test = try ChildProcess.run(swift, ["test"] + scratch, in: scaffold)
        #expect(test.status == 0, "swift test failed:\n\(test.out)\n\(test.error)")
        #expect((test.out + test.error).contains("startTripDecidesItsEvents()"), "the starter test ran:\n\(test.out)")

        _ = try folder.write(["Models/Showcase/billing.storm": """
            context Billing {
              aggregate Invoice {
                invoice: UUID @identity
                command Bill { invoice: UUID, trip: Trips.TripID } emits Billed
              }
              event Billed { invoice: UUID, trip: Trips.TripID }
              policy BillEveryTrip: when Trips.TripEnded then Bill
            }

            """])
        let manifest = try folder.read("Scaffold/Package.swift")
        let second = try stormc.run(arguments, in: folder.root)
        #expect(second.status == 0, "\(second.error)")
        #expect(try folder.read("Scaffold/Package.swift") == manifest, "the team's Package.swift was rewritten")
        let build = try ChildProcess.run(swift, ["build"] + scratch, in: scaffold)
        #expect(build.status == 0, "the scaffold no longer builds:\n\(build.out)\n\(build.error)")

        // The team adds the lines the notes give, where they say.
        var lines = manifest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let notes = second.error.split(separator: "\n").filter { $0.hasPrefix("note: Scaffold/Package.swift is yours; ") }
        #expect(notes.count == 3, "\(second.error)")
        for note in notes {
            for list in ["products", "targets"] {
                guard let range = note.range(of: "add to `\(list)`: ") else { continue }
                let index = try #require(lines.firstIndex { $0.hasSuffix("\(list): [") })
                lines.insert("        " + note[range.upperBound...], at: index + 1)
            }
        }
        _ = try folder.write(["Scaffold/Package.swift": lines.joined(separator: "\n")])
        let third = try stormc.run(arguments, in: folder.root)
        #expect(!third.error.contains("note: Scaffold/Package.swift"), "\(third.error)")
        let extended = try ChildProcess.run(swift, ["test"] + scratch, in: scaffold)
        #expect(extended.status == 0, "swift test failed with the new context:\n\(extended.out)\n\(extended.error)")
        #expect((extended.out + extended.error).contains("billDecidesItsEvents()"), "the new context's starter test ran:\n\(extended.out)")
    }

    /// `swift` on `PATH`, or nil after skipping (failing when `STORM_REQUIRE_TOOLS=1`).
    static func swift() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        if let found = path.split(separator: ":").map({ "\($0)/swift" }).first(where: FileManager.default.isExecutableFile) {
            return URL(fileURLWithPath: found)
        }
        let message = "swift is missing; it is needed to build the generated package scaffold"
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("\(message), and STORM_REQUIRE_TOOLS=1 forbids skipping") } else { print("skipped: \(message)") }
        return nil
    }
}
