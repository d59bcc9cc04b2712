import Foundation
import StormGenerators
import StormKit
import Testing

/// Golden files: generated output compared with files committed in the repository.
///
/// On a difference the test fails with the first differing lines in context. Run with
/// `STORM_UPDATE_GOLDENS=1` to rewrite the goldens instead, then review them with `git diff`.
enum Goldens {
    /// The repository's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static var updating: Bool { ProcessInfo.processInfo.environment["STORM_UPDATE_GOLDENS"] == "1" }

    /// Loads the model in `folder` (relative to the root, so headers name sources as `stormc` does there).
    static func model(_ folder: String) throws -> LoadedModel {
        #expect(FileManager.default.currentDirectoryPath == root, "tests run from the package root")
        let loaded = try ModelLoader.load(paths: [folder], name: ModelLoader.modelName(for: [folder]))
        #expect(!loaded.hasErrors, "\(folder) has errors")
        return loaded
    }

    /// The model folders under `folder`, relative to the root, sorted.
    static func modelFolders(under folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }

    /// Compares `files` with the folder `directory` (relative to the root): same file names, same contents.
    static func check(_ files: [GeneratedFile], against directory: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: root + "/" + directory)
        if updating {
            _ = try OutputWriter.write(files, to: url.path)
            for stale in Set(existing(url)).subtracting(files.map(\.path)) {
                try FileManager.default.removeItem(at: url.appendingPathComponent(stale))
            }
            return
        }
        let present = Set(existing(url))
        for missing in Set(files.map(\.path)).subtracting(present).sorted() {
            Issue.record("\(directory)/\(missing) is missing; regenerate the goldens", sourceLocation: sourceLocation)
        }
        for stale in present.subtracting(files.map(\.path)).sorted() {
            Issue.record("\(directory)/\(stale) is no longer generated; regenerate the goldens", sourceLocation: sourceLocation)
        }
        for file in files where present.contains(file.path) {
            let golden = try String(contentsOf: url.appendingPathComponent(file.path), encoding: .utf8)
            if let difference = difference(expected: golden, actual: file.contents) {
                Issue.record("\(directory)/\(file.path) differs from the generated output:\n\(difference)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The first difference between two texts, three lines of context around it, or nil when equal.
    static func difference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < old.count, first < new.count, old[first] == new[first] { first += 1 }
        var tail = 0
        while tail < old.count - first, tail < new.count - first, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let start = max(0, first - 3)
        var lines = ["@@ line \(first + 1) @@"]
        lines += old[start..<first].map { "  " + $0 }
        lines += old[first..<(old.count - tail)].prefix(20).map { "- " + $0 }
        lines += new[first..<(new.count - tail)].prefix(20).map { "+ " + $0 }
        lines += old[(old.count - tail)...].prefix(3).map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    private static func existing(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }
    }
}
