import Foundation
import StormDiagnostics
import StormGenerators
import StormKit
import StormModel
import StormReview
import StormSource
import StormSupport

/// The model as the page sees it, reloaded after every change: the state the page shows (diagnostics,
/// the outline) and the pictures of the last model without errors, so a broken edit never blanks the
/// screen.
public final class LiveModel: @unchecked Sendable {
    /// What `stormc serve` was asked to show.
    public struct Settings: Sendable {
        public var paths: [String]
        public var name: String?
        /// The workshop profile: half-finished work is informational.
        public var workshop: Bool
        public var lint: LintConfiguration
        /// Graphviz, or why it is missing.
        public var graphviz: Result<Graphviz, Graphviz.Failure>

        public init(paths: [String], name: String? = nil, workshop: Bool, lint: LintConfiguration,
                    graphviz: Result<Graphviz, Graphviz.Failure>) {
            self.paths = paths
            self.name = name
            self.workshop = workshop
            self.lint = workshop ? lint.workshop() : lint
            self.graphviz = graphviz
        }
    }

    /// One load of the model.
    struct Snapshot {
        var generation: Int
        /// `state.json`.
        var state: [UInt8]
        /// The source files by path, the only files the server hands out.
        var files: [String: [UInt8]]
        var hasErrors: Bool
    }

    /// The most diagnostics the page lists (a model of 20,000 events can have 40,000 findings).
    static let maximumListed = 500

    public let settings: Settings
    private let lock = Lock()
    private var snapshot = Snapshot(generation: 0, state: [], files: [:], hasErrors: false)
    /// The last model without errors, and the generation it was loaded in.
    private var good: (model: Model, generation: Int)?
    private var pictures: [String: HTTPResponse] = [:]

    public init(settings: Settings) { self.settings = settings }

    /// The generation of the current load (1 for the first).
    public var generation: Int { lock.withLock { snapshot.generation } }

    /// Loads the model again; returns the new generation and whether it has errors.
    @discardableResult
    public func reload() -> (generation: Int, hasErrors: Bool) {
        let started = Date()
        var diagnostics: [JSON] = []
        var diagnosticCount = 1
        var loadedModel: LoadedModel?
        var files: [String: [UInt8]] = [:]
        do throws(LoadError) {
            let loaded = try ModelLoader.load(paths: settings.paths, name: settings.name)
            loadedModel = loaded
            for file in loaded.sources.files { files[file.path] = file.bytes }
            var found = loaded.diagnostics.sorted.map { ($0, "check") }
            if !loaded.hasErrors {
                found += Linter(configuration: settings.lint).lint(loaded.model).map { ($0.diagnostic, "lint") }
            }
            diagnosticCount = found.count
            // Errors first, then warnings, then the rest, each in file order; only so many are listed.
            let listed = Severity.allCases.sorted(by: >).flatMap { severity in found.lazy.filter { $0.0.severity == severity } }
                .prefix(Self.maximumListed)
            diagnostics = listed.map { DiagnosticEntries.json($0.0, source: $0.1, sources: loaded.sources) }
        } catch {
            diagnostics = [.object(["severity": "error", "id": "io-error", "message": .string(error.message), "source": "check"])]
        }
        let hasErrors = loadedModel?.hasErrors ?? true
        return lock.withLock {
            let generation = snapshot.generation + 1
            if let loadedModel, !hasErrors {
                good = (loadedModel.model, generation)
                pictures = [:]
            }
            let state = stateJSON(generation: generation, name: loadedModel?.model.name ?? settings.name ?? ModelLoader.modelName(for: settings.paths),
                                  hasErrors: hasErrors, diagnostics: diagnostics, diagnosticCount: diagnosticCount, summary: loadedModel.map(Self.summary),
                                  milliseconds: Int(Date().timeIntervalSince(started) * 1000))
            snapshot = Snapshot(generation: generation, state: Array(state.renderedCompact().utf8), files: files.isEmpty ? snapshot.files : files,
                                hasErrors: hasErrors)
            return (generation, hasErrors)
        }
    }

    /// Called with the lock held.
    private func stateJSON(generation: Int, name: String, hasErrors: Bool, diagnostics: [JSON], diagnosticCount: Int, summary: String?,
                           milliseconds: Int) -> JSON {
        var graphvizMissing: JSON = .null
        if case .failure(let failure) = settings.graphviz { graphvizMissing = .string(failure.description) }
        return .object([
            "generation": .integer(generation),
            "name": .string(name),
            "hasErrors": .bool(hasErrors),
            "pictureGeneration": good.map { .integer($0.generation) } ?? .null,
            "graphvizMissing": graphvizMissing,
            "workshop": .bool(settings.workshop),
            "summary": summary.map(JSON.string) ?? .null,
            "loadMilliseconds": .integer(milliseconds),
            "diagnostics": .array(diagnostics),
            "diagnosticCount": .integer(diagnosticCount),
            "model": good.map { ModelOutline.json($0.model) } ?? .null,
        ])
    }

    /// `9 files, 7 contexts, 44 events: 0 errors, 1 warning`
    static func summary(_ loaded: LoadedModel) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let events = loaded.model.contexts.reduce(0) { $0 + $1.events.count }
        return "\(plural(loaded.sources.files.count, "file")), \(plural(loaded.model.contexts.count, "context")), \(plural(events, "event")): "
            + "\(plural(loaded.diagnostics.count(of: .error), "error")), \(plural(loaded.diagnostics.count(of: .warning), "warning"))"
    }

    /// `state.json` of the current load.
    var state: [UInt8] { lock.withLock { snapshot.state } }

    /// The text of a source file of the model, by the path diagnostics give; nil for any other path.
    func file(_ path: String) -> [UInt8]? { lock.withLock { snapshot.files[path] } }

    /// A picture of the last good model as SVG, rendered by Graphviz once per load and query.
    func picture(_ query: [String: String]) -> HTTPResponse {
        guard case .success(let graphviz) = settings.graphviz else {
            return HTTPResponse(status: 503, text: "Graphviz is not installed\n")
        }
        let options: DiagramOptions
        do throws(PictureQuery.Invalid) {
            options = try PictureQuery.options(query)
        } catch {
            return HTTPResponse(status: 400, text: error.message + "\n")
        }
        let key = PictureQuery.key(options)
        let (cached, current) = lock.withLock { (pictures[key], good) }
        if let cached { return cached }
        guard let (model, generation) = current else { return HTTPResponse(status: 404, text: "the model has no picture yet: fix its errors\n") }
        let response: HTTPResponse
        do {
            let dot = try DiagramGenerator.render(model, diagram: options, language: .dot)
            let svg = try graphviz.render(dot, format: .svg)
            response = HTTPResponse(contentType: "image/svg+xml; charset=utf-8", body: [UInt8](svg.image))
        } catch let error as GeneratorError {
            response = HTTPResponse(status: 404, text: error.message + "\n")
        } catch {
            response = HTTPResponse(status: 500, text: "\(error)\n")
        }
        lock.withLock { if good?.generation == generation { pictures[key] = response } }
        return response
    }
}
