import StormDiagnostics
import StormKit
import StormModel
import StormReview
import StormSource

/// One model checked as the editor sees it: its files (open documents as edited, the others as on disk),
/// its diagnostics, its review findings once reviewed, and, built on first use, its symbol index.
final class Analysis {
    /// The folder of the model, or the URI of a document outside any folder.
    let key: String
    let loaded: LoadedModel
    /// Review findings, nil until ``review()``; none for a model with errors, where they would be follow-on noise.
    private(set) var findings: [Finding]?
    /// The URI of each file, by ``FileID`` index.
    let uris: [String]
    private var cachedIndex: SymbolIndex?
    /// The review started as soon as the model was resolved without errors.
    private var pendingReview: BackgroundReview?

    /// Checks the files; `cache` holds the model's syntax trees from its last check, so only the files
    /// changed since are parsed again.
    init(key: String, files: [(uri: String, source: SourceFile)], name: String, cache: ParseCache) {
        self.key = key
        uris = files.map(\.uri)
        var started: BackgroundReview?
        loaded = ModelLoader.load(sources: files.map(\.source), name: name, reusing: cache) { started = BackgroundReview($0) }
        pendingReview = started
        // The generators' checks found errors after resolution: the review's findings would be noise.
        if loaded.hasErrors { started?.cancel() }
    }

    deinit { pendingReview?.cancel() }

    /// `stormc lint`'s findings, waiting for the review started when the model was checked.
    func review() {
        if findings == nil { findings = loaded.hasErrors ? [] : pendingReview?.wait() ?? [] }
    }

    var model: Model { loaded.model }
    var sources: SourceManager { loaded.sources }

    /// The symbol index, built the first time a request needs it.
    var index: SymbolIndex {
        if let cachedIndex { return cachedIndex }
        let built = SymbolIndex(model: model)
        cachedIndex = built
        return built
    }

    /// The file a URI names in this model.
    func file(_ uri: String) -> FileID? { uris.firstIndex(of: uri).map(FileID.init) }

    /// Whether a file of the model has a URI: not a used domain's interface, which the loader adds after them.
    func hasURI(_ file: FileID) -> Bool { file.index < uris.count }
}
