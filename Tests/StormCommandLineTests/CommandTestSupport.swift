import Foundation
import StormCommandLine
import Testing

/// What one run of `stormc` printed, and its exit status.
/// Runs `stormc` in-process with `arguments`, capturing standard output and error.
func stormc(_ arguments: String...) -> CommandResult {
    nonisolated(unsafe) var out = ""
    nonisolated(unsafe) var error = ""
    let console = Console(out: { out += $0 }, error: { error += $0 })
    let status = StormCommandLine.run(arguments, console: console)
    return CommandResult(status: status, out: out, error: error)
}

/// A fresh temporary folder holding `files` (relative path → text).
func temporaryFolder(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("storm-cli-\(UUID().uuidString)")
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    return root.path
}

/// Whether an external tool is on PATH. When it is not, records an issue if `STORM_REQUIRE_TOOLS=1`,
/// else prints why the test is skipped.
func toolAvailable(_ tool: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["which", tool]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let found = (try? process.run()).map { process.waitUntilExit(); return process.terminationStatus == 0 } ?? false
    if !found {
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
            Issue.record("\(tool) is missing, and STORM_REQUIRE_TOOLS=1 forbids skipping")
        } else {
            print("skipped: \(tool) is not installed")
        }
    }
    return found
}
