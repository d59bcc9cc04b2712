import Foundation
import StormKit
import StormSource
import Testing

/// Loading a model again through a ``ParseCache`` re-parses only what changed, and gives what a load
/// from scratch gives.
@Suite struct ParseCacheTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Models/OnlineRetail")

    private func sources() throws -> [SourceFile] {
        try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".storm") }.sorted().map { name in
            let path = Self.folder.appendingPathComponent(name).path
            return SourceFile(path: path, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }

    private func summary(_ loaded: LoadedModel) -> [String] {
        loaded.diagnostics.sorted.map { "\($0.range.map { "\($0.file.index):\($0.start)-\($0.end)" } ?? "-") \($0.id) \($0.message)" }
    }

    @Test func reparsesOnlyTheChangedFile() throws {
        var files = try sources()
        #expect(files.count > 2)
        let cache = ParseCache()
        let first = ModelLoader.load(sources: files, name: "OnlineRetail", reusing: cache)
        #expect(cache.parsed == files.count && cache.reused == 0)
        #expect(!first.hasErrors)

        // A typo in one file: only that file is parsed again, and the result is that of a fresh load.
        let edited = files.count / 2
        let text = String(decoding: files[edited].bytes, as: UTF8.self) + "\ncontext {\n"
        files[edited] = SourceFile(path: files[edited].path, text: text)
        let second = ModelLoader.load(sources: files, name: "OnlineRetail", reusing: cache)
        #expect(cache.parsed == 1 && cache.reused == files.count - 1)
        let fresh = ModelLoader.load(sources: files, name: "OnlineRetail")
        #expect(second.hasErrors)
        #expect(summary(second) == summary(fresh))
        #expect(second.model.contexts.map(\.name) == fresh.model.contexts.map(\.name))

        // A file removed shifts the others' places: they are parsed again, never reused with stale IDs.
        files.removeFirst()
        _ = ModelLoader.load(sources: files, name: "OnlineRetail", reusing: cache)
        #expect(cache.parsed == files.count && cache.reused == 0)
    }
}
