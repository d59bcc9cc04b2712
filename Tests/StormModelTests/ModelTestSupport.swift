import StormDiagnostics
import StormKit
import StormModel
import StormSource
import Testing

/// Helpers shared by the resolver and diagnostics tests.
enum ModelTestSupport {
    /// Loads in-memory files as one model named `Test`.
    static func load(_ files: [(path: String, text: String)]) -> LoadedModel {
        ModelLoader.load(sources: files.map { SourceFile(path: $0.path, text: $0.text) }, name: "Test")
    }

    /// Loads one in-memory file, `model.storm`, as a model named `Test`.
    static func load(_ text: String) -> LoadedModel { load([("model.storm", text)]) }

    /// The model of `files`, recording an issue for every diagnostic (the files must check clean).
    static func model(_ files: [(path: String, text: String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Model {
        let loaded = load(files)
        if !loaded.diagnostics.all.isEmpty {
            Issue.record("unexpected diagnostics:\n\(TextDiagnosticRenderer(sources: loaded.sources).render(loaded.diagnostics.sorted))",
                         sourceLocation: sourceLocation)
        }
        return loaded.model
    }

    /// The model of one file, which must check clean.
    static func model(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Model {
        model([("model.storm", text)], sourceLocation: sourceLocation)
    }

    /// Every diagnostic of `text`, rendered as `stormc check` prints them (sorted, without colour).
    static func rendered(_ loaded: LoadedModel) -> String {
        TextDiagnosticRenderer(sources: loaded.sources).render(loaded.diagnostics.sorted)
    }

    /// The IDs of the diagnostics of `text`, in source order.
    static func ids(_ text: String) -> [String] {
        load(text).diagnostics.sorted.map(\.id.rawValue)
    }
}
