import Foundation
import StormKit
import Testing

/// External tools of the diagram tests: a test that needs one skips with a message naming it, but fails
/// when `STORM_REQUIRE_TOOLS=1` (as in CI).
enum DiagramsTools {
    /// Graphviz `dot`, or nil (after printing why, or recording an issue when tools are required).
    static func dot() -> Graphviz? {
        do {
            return try Graphviz.locate()
        } catch {
            if ProcessInfo.processInfo.environment["STORM_REQUIRE_TOOLS"] == "1" {
                Issue.record("Graphviz `dot` is missing and STORM_REQUIRE_TOOLS=1: \(error)")
            } else {
                print("Skipping: Graphviz `dot` is missing (\(error))")
            }
            return nil
        }
    }
}
