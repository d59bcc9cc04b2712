import Foundation
import Testing
@testable import storm_bench

/// `storm-bench lsp`: usage errors, and a short real run against the stormc built beside the tests.
struct LanguageServerLatencyCommandTests {
    @Test func aMissingStormcIsAUsageError() {
        let console = BenchConsole(capturing: true)
        #expect(BenchCommand.run(["lsp", "--stormc", "/nonexistent/stormc"], console: console) == 2)
        #expect(console.errors.contains("error: no stormc at /nonexistent/stormc; build it or give --stormc"))
    }

    @Test func timesEditsOnABundledModel() throws {
        guard let stormc = BenchTools.stormc() else { return }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let console = BenchConsole(capturing: true)
        let status = BenchCommand.run(["lsp", root.appendingPathComponent("Models/OnlineRetail").path, "--edits", "3", "--stormc", stormc], console: console)
        #expect(status == 0, "\(console.errors)")
        #expect(console.output.contains("OnlineRetail: 9 files, 40 events"))
        #expect(console.output.contains("edit -> diagnostics of the edited file: median "))
        #expect(console.output.contains("edit -> review findings of every file:  median "))
        #expect(console.output.contains("(3 edits)"))
    }
}
