import Foundation
import Testing

/// `stormc generate swift` of a model with every design-level construct (`Docs/TypeMapping.md`):
/// outcome enums, failures as `Error` types, a lifecycle as data, time policies' schedules, query
/// protocols and a command port for a command to another context. The output is exactly the golden
/// (`Tests/Fixtures/DesignLevel/Swift`; `STORM_UPDATE_GOLDENS=1` rewrites it) and `swiftc` type-checks it
/// against StormRuntime.
struct DesignLevelSwiftTests {
    static let fixture = BuiltStormc.repository + "/Tests/Fixtures/DesignLevel"

    @Test func generatesTheGoldenAndItTypeChecks() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        try folder.copy(Self.fixture + "/Library", to: "Library")
        let generate = try stormc.run(["generate", "swift", "Library", "--out", "Swift"], in: folder.root)
        #expect(generate.status == 0, "\(generate.error)")
        let files = GenerationChecksCommandTests.files(under: folder.path("Swift")).sorted()
        #expect(files == ["Lending.swift", "LibraryCatalog.swift", "Payments.swift"])
        let golden = Self.fixture + "/Swift"
        if ProcessInfo.processInfo.environment["STORM_UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.removeItem(atPath: golden)
            try FileManager.default.copyItem(atPath: folder.path("Swift"), toPath: golden)
        }
        for file in files {
            let expected = try? String(contentsOfFile: golden + "/" + file, encoding: .utf8)
            #expect(try folder.read("Swift/" + file) == expected, "Swift/\(file) differs from its golden; STORM_UPDATE_GOLDENS=1 rewrites it")
        }
        let lending = try folder.read("Swift/Lending.swift")
        for expected in ["public enum Outcome: Hashable, Sendable", "case holdExpiredAndFeeCharged(Lending.HoldExpired, Lending.FeeCharged)",
                         "public struct BookAlreadyOnHold: Codable, Hashable, Sendable, Error", "public var holder: Lending.PatronID?",
                         "public enum State: String, CaseIterable, Codable, Hashable, Sendable",
                         ".init(from: .placed, to: .checkedOut, command: \"CheckOut\"),",
                         "public static var schedule: StormRuntime.PolicySchedule { .every(period: \"P1M\") }",
                         "{ .after(period: \"P3D\", from: \"Lending.HoldPlaced\", unless: [\"Lending.BookCheckedOut\"]) }",
                         "func dailySheet(day: StormRuntime.CalendarDate) async throws -> [Lending.HoldSummary]",
                         "case chargeCard(Payments.ChargeCard)", "func send(_ command: RemoteCommand) async throws"] {
            #expect(lending.contains(expected), "Lending.swift lacks \(expected)")
        }

        guard toolAvailable("swiftc") else { return }
        let modules = stormc.executable.deletingLastPathComponent().appendingPathComponent("Modules")
        let swiftc = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["swiftc", "-typecheck", "-I", modules.path] + files.map { folder.path("Swift/" + $0) },
                                          in: folder.root, environment: ProcessInfo.processInfo.environment)
        #expect(swiftc.status == 0, "swiftc refused the generated Swift:\n\(swiftc.error)\(swiftc.out)")
    }

    /// Names that would meet in Swift are refused by `check` and by `generate swift` alike, each at its
    /// place, and nothing is written.
    @Test func namesThatMeetInSwiftAreRefusedByCheckAndGenerate() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        _ = try folder.write(["Bad/model.storm": """
            context C {
              event A
              event B
              aggregate G {
                command Do emits A or B
                    fails with Outcome
                command Undo emits A
                    fails with Outcome
                lifecycle {
                  Open -> open by Do
                }
              }
            }

            """])
        for arguments in [["check", "Bad"], ["generate", "swift", "Bad", "--out", "Swift"]] {
            let run = try stormc.run(arguments, in: folder.root)
            #expect(run.status == 1, "\(arguments): \(run.error)")
            #expect(run.error.contains("model.storm:6:20: error: in command `C.Do`, failure `Outcome` would take the Swift name `Outcome`, which is taken [swift-name-collision]"),
                    "\(run.error)")
            #expect(!run.error.contains("C.Undo"), "\(run.error)")
            #expect(run.error.contains("model.storm:9:5: error: in the lifecycle of aggregate `G`, states `Open` and `open` both map to the Swift case `open` [swift-name-collision]"),
                    "\(run.error)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("Swift")))
    }

    /// Scenarios whose titles make one function name, placeholders named like a context, a Swift type or
    /// the compared event, keywords and values of every kind still make tests that type-check, in a
    /// package whose policy sends a command to another context and whose read model answers a query.
    @Test func awkwardScenariosMakeTestsThatTypeCheck() throws {
        guard let stormc = BuiltStormc() else { return }
        let folder = try TemporaryFolder()
        try folder.copy(Self.fixture + "/Library", to: "Library")
        _ = try folder.write(["Library/awkward.storm": """
            extend context Lending {
              enum Colour { red, green }
              aggregate Shelf {
                shelf: String @identity
                command Label { shelf: String, colour: Colour, at: Timestamp, on: Date, size: Int, share: Decimal, code: UUID, open: Bool }
                    emits Labelled
                    fails with Unlabelled { reason: String? }
                scenario "a shelf is labelled" {
                  when Label { shelf: Lending, colour: red, at: String, on: "2026-01-02", size: 3, share: 1.25, code: in, open: true }
                  then Labelled { shelf: Lending, colour: red, at: String, note: null }
                }
                scenario "a shelf is labelled!" {
                  given Labelled { shelf: _event }
                  when Label { shelf: _event, colour: green, code: "0f8fad5b-d9cb-469f-a165-70867728950e" }
                  then fails with Unlabelled
                }
              }
              event Labelled { shelf: String, colour: Colour, at: Timestamp, note: String? }
            }

            """])
        let generate = try stormc.run(["generate", "package", "Library", "--out", "Scaffold", "--runtime", BuiltStormc.repository], in: folder.root)
        #expect(generate.status == 0, "\(generate.error)")
        let files = GenerationChecksCommandTests.files(under: folder.path("Scaffold"))
        let shelf = try folder.read("Scaffold/" + (try #require(files.first { $0.hasSuffix("/Generated/ShelfScenarios.swift") })))
        #expect(shelf.contains("func aShelfIsLabelled() throws") && shelf.contains("func aShelfIsLabelled2() throws"), "\(shelf)")
        #expect(shelf.contains("let placeholderLending: String = \"Lending\"") && shelf.contains("let placeholder_event: String = \"_event\""), "\(shelf)")
        let lending = try folder.read("Scaffold/" + (try #require(files.first { $0.hasSuffix("/Generated/Lending.swift") })))
        #expect(lending.contains("import Payments"), "Lending's target does not import the context it sends a command to")
        #expect(!shelf.contains(".disabled("), "\(shelf)")
        try ScenarioTestsBuildTests.typeCheck(scaffold: "Scaffold", in: folder, stormc: stormc)
    }
}
