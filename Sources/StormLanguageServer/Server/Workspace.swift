import Foundation
import StormKit
import StormSource

/// The open documents and the models they belong to. A folder is one model: opening or editing any
/// file re-checks every `.storm` file of its folder, so the other files' diagnostics follow the edit.
final class Workspace {
    private(set) var documents: [String: OpenDocument] = [:]
    private var analyses: [String: Analysis] = [:]
    /// Each model's syntax trees from its last check, by model key.
    private var parses: [String: ParseCache] = [:]
    /// Models whose files changed since they were last checked.
    private(set) var stale: Set<String> = []

    /// The model a document belongs to: its folder, or the URI itself outside the file system.
    func key(for uri: String) -> String {
        if let path = DocumentURI.path(of: uri) { return (path as NSString).deletingLastPathComponent }
        return uri
    }

    func open(_ document: OpenDocument) {
        documents[document.uri] = document
        stale.insert(key(for: document.uri))
    }

    func update(_ uri: String, _ change: (inout OpenDocument) throws(ResponseError) -> Void) throws(ResponseError) {
        guard var document = documents[uri] else { throw ResponseError.invalidParams("\(uri) is not open") }
        try change(&document)
        documents[uri] = document
        stale.insert(key(for: uri))
    }

    func close(_ uri: String) {
        documents[uri] = nil
        let key = key(for: uri)
        stale.insert(key)
        if !documents.keys.contains(where: { self.key(for: $0) == key }) {
            analyses[key] = nil
            parses[key] = nil
            stale.remove(key)
        }
    }

    /// A file changed on disk (saved, or changed by another program).
    func touch(_ uri: String) { stale.insert(key(for: uri)) }

    /// The analyses replaced since ``releaseRetired()``, kept so that freeing a large model delays
    /// neither the diagnostics nor the review findings of the new one.
    private var retired: [Analysis] = []

    /// The current analysis of the model `key`, re-checked when stale.
    func analysis(key: String) -> Analysis {
        if let existing = analyses[key], !stale.contains(key) { return existing }
        let analysis = check(key)
        if let replaced = analyses[key] { retired.append(replaced) }
        analyses[key] = analysis
        stale.remove(key)
        return analysis
    }

    /// Frees the analyses replaced.
    func releaseRetired() { retired.removeAll() }

    /// The current analysis of the model holding `uri`.
    func analysis(for uri: String) -> Analysis { analysis(key: key(for: uri)) }

    /// Every analysed model, for workspace symbols.
    var allAnalyses: [Analysis] { analyses.keys.sorted().map { analysis(key: $0) } }

    private func check(_ key: String) -> Analysis {
        var files: [String: (uri: String, source: SourceFile)] = [:]
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: key, isDirectory: &isFolder), isFolder.boolValue {
            let open = Set(documents.values.compactMap { $0.path.map { ($0 as NSString).standardizingPath } })
            for path in (try? ModelLoader.stormFiles(in: [key])) ?? [] {
                let standardized = (path as NSString).standardizingPath
                if open.contains(standardized) { continue }
                guard let data = FileManager.default.contents(atPath: standardized), data.count <= ModelLoader.maximumFileSize else { continue }
                let uri = DocumentURI.uri(of: standardized)
                files[standardized] = (uri, SourceFile(path: standardized, bytes: [UInt8](data)))
            }
        }
        for document in documents.values where self.key(for: document.uri) == key {
            let path = document.path.map { ($0 as NSString).standardizingPath } ?? document.uri
            files[path] = (document.uri, SourceFile(path: path, bytes: document.text))
        }
        let ordered = files.keys.sorted().map { files[$0]! }
        let name = DocumentURI.path(of: key) == nil && !key.hasPrefix("/") ? "Model" : (key as NSString).lastPathComponent
        let cache = parses[key] ?? ParseCache()
        parses[key] = cache
        return Analysis(key: key, files: ordered, name: name, cache: cache)
    }
}
