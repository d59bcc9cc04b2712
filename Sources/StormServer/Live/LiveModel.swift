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
        /// The mesh of the model at these paths and the domains it uses, as DOT; nil when it uses none
        /// or they do not fit. The page's mesh view, drawn when the model uses another domain.
        public var mesh: (@Sendable (_ paths: [String]) -> String?)?

        public init(paths: [String], name: String? = nil, workshop: Bool, lint: LintConfiguration,
                    graphviz: Result<Graphviz, Graphviz.Failure>, mesh: (@Sendable (_ paths: [String]) -> String?)? = nil) {
            self.paths = paths
            self.name = name
            self.workshop = workshop
            self.lint = workshop ? lint.workshop() : lint
            self.graphviz = graphviz
            self.mesh = mesh
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
    /// A model that checked clean, waiting for ``review()``: its check diagnostics and generation.
    private var pendingReview: (LoadedModel, [(Diagnostic, String)], Int)?

    public init(settings: Settings) { self.settings = settings }

    /// The generation of the current load (1 for the first).
    public var generation: Int { lock.withLock { snapshot.generation } }

    /// Loads and checks the model again, without the review rules (``review()`` adds them), so the page
    /// hears of a save as soon as the model is checked; returns the new generation and whether it has errors.
    @discardableResult
    public func reload() -> (generation: Int, hasErrors: Bool) {
        let started = Date()
        do throws(LoadError) {
            let loaded = try ModelLoader.load(paths: settings.paths, name: settings.name)
            var files: [String: [UInt8]] = [:]
            for file in loaded.sources.files { files[file.path] = file.bytes }
            let found = loaded.diagnostics.sorted.map { ($0, "check") }
            let generation = publish(loaded, found: found, files: files, started: started, isGood: !loaded.hasErrors)
            if !loaded.hasErrors { lock.withLock { pendingReview = (loaded, found, generation) } }
            return (generation, loaded.hasErrors)
        } catch {
            let entry = JSON.object(["severity": "error", "id": "io-error", "message": .string(error.message), "source": "check"])
            return lock.withLock {
                let generation = snapshot.generation + 1
                let state = stateJSON(generation: generation, name: settings.name ?? ModelLoader.modelName(for: settings.paths), hasErrors: true,
                                      diagnostics: [entry], diagnosticCount: 1, summary: nil, milliseconds: Int(Date().timeIntervalSince(started) * 1000))
                snapshot = Snapshot(generation: generation, state: Array(state.renderedCompact().utf8), files: snapshot.files, hasErrors: true)
                return (generation, true)
            }
        }
    }

    /// Runs the review rules over the model of the last ``reload()`` when it checked clean and nothing
    /// newer has been loaded since; returns the generation of the state with the findings, or nil.
    @discardableResult
    public func review() -> Int? {
        guard let (loaded, found, generation) = lock.withLock({ () -> (LoadedModel, [(Diagnostic, String)], Int)? in
            defer { pendingReview = nil }
            return pendingReview
        }) else { return nil }
        let started = Date()
        let findings = Linter(configuration: settings.lint).lint(loaded.model).map { ($0.diagnostic, "lint") }
        guard self.generation == generation else { return nil }
        return publish(loaded, found: found + findings, files: nil, started: started, isGood: false)
    }

    /// Makes a new state from the model and its diagnostics (the model becomes the one pictured when
    /// `isGood`); returns its generation.
    private func publish(_ loaded: LoadedModel, found: [(Diagnostic, String)], files: [String: [UInt8]]?, started: Date, isGood: Bool) -> Int {
        // Errors first, then warnings, then the rest, each in file order; only so many are listed.
        let listed = Severity.allCases.sorted(by: >).flatMap { severity in found.lazy.filter { $0.0.severity == severity } }
            .prefix(Self.maximumListed)
        let diagnostics = listed.map { DiagnosticEntries.json($0.0, source: $0.1, sources: loaded.sources) }
        return lock.withLock {
            let generation = snapshot.generation + 1
            if isGood {
                good = (loaded.model, generation)
                pictures = [:]
            }
            let state = stateJSON(generation: generation, name: loaded.model.name, hasErrors: loaded.hasErrors, diagnostics: diagnostics,
                                  diagnosticCount: found.count, summary: Self.summary(loaded),
                                  milliseconds: Int(Date().timeIntervalSince(started) * 1000))
            snapshot = Snapshot(generation: generation, state: Array(state.renderedCompact().utf8), files: files ?? snapshot.files,
                                hasErrors: loaded.hasErrors)
            return generation
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
            "mesh": .bool(settings.mesh != nil && good.map { !$0.model.usedInterfaces.isEmpty } == true),
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
        // The mesh is drawn by `stormc mesh`'s stage, not the diagram generator: it takes no options.
        let isMesh = query["view"] == "mesh"
        let options: DiagramOptions
        do throws(PictureQuery.Invalid) {
            options = try PictureQuery.options(isMesh ? [:] : query)
        } catch {
            return HTTPResponse(status: 400, text: error.message + "\n")
        }
        let key = isMesh ? "mesh" : PictureQuery.key(options)
        let (cached, current) = lock.withLock { (pictures[key], good) }
        if let cached { return cached }
        guard let (model, generation) = current else { return HTTPResponse(status: 404, text: "the model has no picture yet: fix its errors\n") }
        let response: HTTPResponse
        do {
            let dot: String
            if isMesh {
                guard !model.usedInterfaces.isEmpty, let mesh = settings.mesh?(settings.paths) else {
                    return HTTPResponse(status: 404, text: "no mesh: the model uses no other domain, or the domains do not fit (`stormc mesh` says why)\n")
                }
                dot = mesh
            } else {
                dot = try DiagramGenerator.render(model, diagram: options, language: .dot)
            }
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
