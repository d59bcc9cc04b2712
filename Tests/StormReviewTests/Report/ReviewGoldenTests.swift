import Foundation
import StormKit
import StormSource
import Testing

/// The repository root, found from this file's place.
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

private func modelNames() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Models").path)) ?? []).sorted()
}

/// `Generated/<Model>/Review.md` is what `stormc report` (or `stormc generate review`) writes today.
/// Regenerate with `swift run stormc report` from the repository root.
@Test(arguments: modelNames())
func committedReviewIsCurrent(_ name: String) throws {
    // Source paths in the header are relative to the repository root, as `stormc` run there prints them.
    let files = try ModelLoader.stormFiles(in: [root.appendingPathComponent("Models/\(name)").path])
    let sources = try files.map { path in
        SourceFile(path: "Models/\(name)/" + URL(fileURLWithPath: path).lastPathComponent, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }
    let loaded = ModelLoader.load(sources: sources, name: name)
    #expect(!loaded.hasErrors)
    let expected = ReviewDocument.render(loaded.model)
    let committed = try String(contentsOf: root.appendingPathComponent("Generated/\(name)/Review.md"), encoding: .utf8)
    if committed != expected {
        let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let new = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        Issue.record("""
        Generated/\(name)/Review.md is stale (run `swift run stormc report`); first difference at line \(line + 1):
        - \(line < old.count ? old[line] : "<end of file>")
        + \(line < new.count ? new[line] : "<end of file>")
        """)
    }
}
