import Foundation
import Testing

/// What a program printed, and how it ended.
struct CommandResult {
    var status: Int32
    var out: String
    var error: String
}

/// Runs a program and collects what it prints on both streams, read at the same time: reading one to
/// its end before the other would hang as soon as the program fills the pipe of the other (64 KiB).
/// Shared by the test targets that run the built `stormc` (StormServerTests links to this file).
enum ChildProcess {
    static func run(_ executable: URL, _ arguments: [String], in folder: String, environment: [String: String]? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        if let environment { process.environment = environment }
        let out = Pipe(), error = Pipe()
        process.standardOutput = out
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorText = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorText.data = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                             error: String(decoding: errorText.data, as: UTF8.self))
    }

    /// Bytes one thread reads and another uses after `DispatchGroup.wait()`, which orders the two.
    private final class Collected: @unchecked Sendable {
        var data = Data()
    }

    /// The `stormc` executable built beside the test bundle. Nil, after saying why (or failing when
    /// `STORM_REQUIRE_TOOLS=1`), when it is not built.
    static func stormc() -> URL? {
        let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("stormc"),
            // On macOS the bundle is a folder: Foo.xctest/Contents/MacOS/Foo.
            bundle.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("stormc"),
        ]
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        skip("the stormc executable is not built beside the tests (\(candidates[0].path)); run `swift build` first")
        return nil
    }

    /// Says why a test did not run, or fails under `STORM_REQUIRE_TOOLS=1`.
    static func skip(_ message: String) {
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
            Issue.record("\(message), and STORM_REQUIRE_TOOLS=1 forbids skipping")
        } else {
            print("skipped: \(message)")
        }
    }
}
