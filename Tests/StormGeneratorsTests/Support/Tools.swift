import Foundation
import Testing

/// External tools for tests: a test that needs a missing one skips with a message naming it, or fails
/// when `STORM_REQUIRE_TOOLS=1` (as in CI).
enum Tools {
    static var required: Bool { ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" }

    /// The full path of `name` on `PATH`, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `name`'s path, or nil after skipping (recording an issue when tools are required).
    static func require(_ name: String, for purpose: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        if let found = find(name) { return found }
        if required {
            Issue.record("\(name) is missing; it is needed to \(purpose)", sourceLocation: sourceLocation)
        } else {
            print("skipped: \(name) is missing; it is needed to \(purpose)")
        }
        return nil
    }

    /// Runs a program and returns its exit status and combined output.
    static func run(_ executable: String, _ arguments: [String], in directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
