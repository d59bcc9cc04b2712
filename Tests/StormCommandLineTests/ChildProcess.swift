import Foundation
import Testing

/// What a program printed, and how it ended.
struct CommandResult {
    var status: Int32
    var out: String
    var error: String
}

/// Runs a program and collects what it prints on both streams. The streams go to unlinked temporary
/// files, not pipes: a full pipe makes the writer wait, and a signal that interrupts that wait (SwiftPM's
/// `swift test` gets SIGCHLD as its test process ends) loses the block being written. CI lost a 4 KiB block
/// of a scaffold's test output that way, with pipes shrunk to two pages because the machine's root lacks
/// CAP_SYS_RESOURCE. A file never makes its writer wait, and nothing is read until the program has ended.
/// Shared by the test targets that run the built `stormc` (StormServerTests links to this file).
enum ChildProcess {
    static func run(_ executable: URL, _ arguments: [String], in folder: String, environment: [String: String]? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        if let environment { process.environment = environment }
        let out = try UnlinkedFile(), error = try UnlinkedFile()
        process.standardOutput = out.handle
        process.standardError = error.handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, out: try out.text(), error: try error.text())
    }

    /// A temporary file with no name: the child writes it through the descriptor it inherits, which
    /// shares the file's offset, so the text is read from the start once the child has ended.
    private struct UnlinkedFile {
        let handle: FileHandle

        init() throws {
            var template = Array(URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("storm-output-XXXXXX").path.utf8CString)
            let descriptor = mkstemp(&template)
            guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
            unlink(template)
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }

        func text() throws -> String {
            try handle.seek(toOffset: 0)
            return String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        }
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
