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
}
