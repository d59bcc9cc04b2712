import Foundation
import Testing

/// What a test does when an external tool (python3, a Python module, a schema file) is absent: it skips
/// with a message naming the tool, unless `STORM_REQUIRE_TOOLS=1` (set by CI) makes that a failure.
enum ToolRequirement {
    static var toolsRequired: Bool { ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" }

    /// Records that `tool` is missing: an issue when tools are required, a printed skip notice otherwise.
    static func missing(_ tool: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if toolsRequired {
            Issue.record("\(tool) is missing (STORM_REQUIRE_TOOLS=1)", sourceLocation: sourceLocation)
        } else {
            print("skipped: \(tool) is missing")
        }
    }
}

/// Paths of the repository, found from this file's location.
enum RepositoryPaths {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The official schemas, next to the repository (`../shared/schemas/`).
    static let sharedSchemas = root.deletingLastPathComponent().appendingPathComponent("shared/schemas")
    /// The validation script.
    static let validateScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("validate.py")
}
