import Foundation
import StormCommandLine
import Testing

/// `stormc map`: views and formats, and the errors around Graphviz.
@Suite struct MapCommandTests {
    /// What a run printed, and its exit status.
    final class Run: @unchecked Sendable {
        var out = ""
        var error = ""
        var status: Int32 = 0

        init(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) {
            let console = Console(environment: environment, out: { self.out += $0 }, error: { self.error += $0 })
            status = StormCommandLine.run(["map"] + arguments, console: console)
        }
    }

    static let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Models/MotorInsurance").path

    @Test func printsDOTAndMermaidWithNothingInstalled() {
        let dot = Run([Self.model], environment: ["PATH": "/nonexistent"])
        #expect(dot.status == 0 && dot.out.contains("digraph \"MotorInsurance\" {") && dot.out.contains("id=\"relationship-1\""))
        let mermaid = Run([Self.model, "--format", "mermaid", "--view", "flow", "--context", "Scoring"], environment: ["PATH": "/nonexistent"])
        #expect(mermaid.status == 0 && mermaid.out.contains("flowchart LR\n"), "\(mermaid.error)")
    }

    @Test func aMissingDotIsOneLineThatSaysHowToInstallIt() {
        let run = Run([Self.model, "--format", "svg"], environment: ["PATH": "/nonexistent"])
        #expect(run.status == 2 && run.out.isEmpty)
        #expect(run.error.split(separator: "\n").count == 1 && run.error.contains("apt-get install graphviz") && run.error.contains("brew install graphviz"))
    }

    @Test func aFailingDotHasItsMessageShown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storm map \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = folder.appendingPathComponent("dot")
        try Data("#!/bin/sh\necho 'Error: renderer for svg is unavailable' >&2\nexit 1\n".utf8).write(to: dot)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dot.path)
        let run = Run([Self.model, "--format", "svg"], environment: ["STORM_DOT": dot.path])
        #expect(run.status == 1 && run.error == "stormc map: error: dot failed (exit status 1): Error: renderer for svg is unavailable\n")
    }

    @Test func usageMistakesExitWithTwo() {
        #expect(Run([Self.model, "--view", "flow"]).error.contains("the flow view needs --context NAME"))
        #expect(Run([Self.model, "--format", "png"]).error.contains("--format png writes binary: give --out FILE"))
        #expect(Run([Self.model, "--format", "gif"]).status == 2)
        #expect(Run([Self.model, "--cluster", "tribe"]).error.contains("--cluster takes team, domain, none, not `tribe`"))
        let unknown = Run([Self.model, "--view", "flow", "--context", "Scorin"])
        #expect(unknown.status == 2 && unknown.error.contains("no context named 'Scorin'"))
    }

    @Test func rendersSVGToAFileWithTheRealDot() throws {
        guard ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains(where: {
            FileManager.default.isExecutableFile(atPath: "\($0)/dot")
        }) == true else {
            if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" { Issue.record("Graphviz `dot` is missing") }
            return print("Skipping: Graphviz `dot` is missing")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("storm map \(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = Run([Self.model, "--format", "svg", "--cluster", "team", "--show-events", "--out", file.path])
        #expect(run.status == 0 && run.out.isEmpty && run.error.isEmpty, "\(run.error)")
        let svg = try String(contentsOf: file, encoding: .utf8)
        // Graphviz writes the id's hyphen as a character reference.
        #expect(svg.hasPrefix("<?xml") && (svg.contains("id=\"relationship&#45;1\" class=\"edge\"") || svg.contains("id=\"relationship-1\" class=\"edge\"")))
    }
}
