import Foundation
import Testing
@testable import storm_bench

/// `storm-bench` and `storm-bench synth`: usage errors exit with 2 and say what is wrong, a good call
/// writes both files.
struct BenchCommandTests {
    @Test(arguments: [
        ([], "USAGE: storm-bench <subcommand>"),
        (["frobnicate"], "error: unknown subcommand `frobnicate`"),
        (["synth"], "error: missing --events"),
        (["synth", "--events", "ten", "--fields", "8", "--out", "/tmp/x"], "--events must be a whole number from 1 to 10000000, not `ten`"),
        (["synth", "--events", "0", "--fields", "8", "--out", "/tmp/x"], "not `0`"),
        (["synth", "--events", "10", "--fields", "8"], "error: missing --out"),
        (["synth", "--events", "10", "--fields", "8", "--out", "/tmp/x", "--extra"], "error: unexpected argument `--extra`"),
        (["synth", "--events"], "error: --events needs a value"),
    ])
    func usageErrorsExitWithTwo(arguments: [String], message: String) {
        let console = BenchConsole(capturing: true)
        #expect(BenchCommand.run(arguments, console: console) == 2)
        #expect(console.errors.contains(message), "\(console.errors)")
        #expect(console.output.isEmpty)
    }

    @Test func helpExitsWithZero() {
        let console = BenchConsole(capturing: true)
        #expect(BenchCommand.run(["help"], console: console) == 0)
        #expect(console.output.contains("synth   Write a synthetic model.storm"))
        #expect(BenchCommand.run(["synth", "--help"], console: console) == 0)
        #expect(console.output.contains("USAGE: storm-bench synth --events N --fields F --out DIR"))
        #expect(console.errors.isEmpty)
    }

    @Test func synthWritesTheModelAndTheProto() throws {
        let folder = try BenchTools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("nested/out")
        let console = BenchConsole(capturing: true)
        #expect(BenchCommand.run(["synth", "--events=120", "--fields", "3", "--out", output.path], console: console) == 0)
        let storm = try String(contentsOf: output.appendingPathComponent("model.storm"), encoding: .utf8)
        let proto = try String(contentsOf: output.appendingPathComponent("model.proto"), encoding: .utf8)
        #expect(storm == StormRenderer.render(SyntheticModel(events: 120, fields: 3)))
        #expect(proto == ProtoRenderer.render(SyntheticModel(events: 120, fields: 3)))
        #expect(console.output.contains("model.storm"))
        #expect(console.output.contains("2 contexts, 120 events, 3 fields each"))
    }
}
