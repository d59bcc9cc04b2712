import Foundation
import Testing

/// External tools of the storm-bench tests: a test that needs one skips with a message naming it, but
/// fails when `STORM_REQUIRE_TOOLS=1` (as in CI).
enum BenchTools {
    /// The path of `protoc`, or nil (after printing why, or recording an issue when tools are required).
    static func protoc() -> String? { tool("protoc", package: "protobuf-compiler") }

    /// The path of `valgrind`, or nil (after printing why, or recording an issue when tools are required).
    static func valgrind() -> String? { tool("valgrind", package: "valgrind") }

    /// The path of `name` on `PATH`, or nil after printing that it is missing and which Debian `package`
    /// has it, or recording an issue when tools are required.
    private static func tool(_ name: String, package: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let message = "`\(name)` is missing (Debian: apt-get install \(package))"
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
            Issue.record("\(message) and STORM_REQUIRE_TOOLS=1")
        } else {
            print("Skipping: \(message)")
        }
        return nil
    }

    /// The `stormc` built beside the tests, or nil (recording an issue when tools are required).
    static func stormc() -> String? {
        let stormc = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().appendingPathComponent("stormc")
        if FileManager.default.isExecutableFile(atPath: stormc.path) { return stormc.path }
        if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
            Issue.record("stormc is not built beside the tests")
        } else {
            print("Skipping: stormc is not built beside the tests (swift build --product stormc)")
        }
        return nil
    }

    /// Runs a program; returns its exit status and what it wrote to standard error.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A new empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storm-bench-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
