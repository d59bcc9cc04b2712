import Foundation
import StormDiagnostics
import StormGenerators
import StormModel
import StormSource
import StormSyntax

/// A model loaded from files: the resolved model, its sources and every diagnostic found on the way.
public struct LoadedModel: Sendable {
    public var model: Model
    public var diagnostics: DiagnosticList
    public var sources: SourceManager { model.sources }
    public var hasErrors: Bool { diagnostics.hasErrors }
}

/// A problem reading input: a missing path, an unreadable or oversized file. Exit status 2.
public struct LoadError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The front of the pipeline: finds `.storm` files, reads them, parses and resolves them as one model.
public enum ModelLoader {
    /// The largest file read (offsets are 32-bit).
    public static let maximumFileSize = 512 * 1024 * 1024

    /// The `.storm` files among `paths`: files as given, folders searched recursively; sorted, without duplicates.
    public static func stormFiles(in paths: [String]) throws(LoadError) -> [String] {
        var found = Set<String>()
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoadError("no such file or folder: \(path)")
            }
            if !isDirectory.boolValue {
                found.insert(path)
                continue
            }
            guard let enumerator = fileManager.enumerator(atPath: path) else { throw LoadError("cannot read folder: \(path)") }
            while let relative = enumerator.nextObject() as? String {
                if relative.hasSuffix(".storm") {
                    found.insert(path.hasSuffix("/") ? path + relative : path + "/" + relative)
                }
            }
        }
        return found.sorted()
    }

    /// The model folders under `root` (`Models/<Model>/`), sorted: each folder holding `.storm` files.
    public static func modelFolders(under root: String) throws(LoadError) -> [String] {
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: root) else {
            throw LoadError("no model folder at \(root): give a path, or run from a folder with Models/")
        }
        return entries.sorted().map { root.hasSuffix("/") ? root + $0 : root + "/" + $0 }.filter { path in
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The name of the model at `paths`: the folder's name for one folder, else the folder of the first file.
    public static func modelName(for paths: [String]) -> String {
        guard let first = paths.first else { return "Model" }
        var isDirectory: ObjCBool = false
        let url = URL(fileURLWithPath: first)
        if FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory), isDirectory.boolValue {
            return url.standardizedFileURL.lastPathComponent
        }
        return url.standardizedFileURL.deletingLastPathComponent().lastPathComponent
    }

    /// Reads, parses and resolves the `.storm` files at `paths` as one model.
    public static func load(paths: [String], name: String? = nil) throws(LoadError) -> LoadedModel {
        try load(paths: paths, name: name, loading: [])
    }

    /// Loads a model while the models in `loading` (standardized folder paths) are being loaded: a
    /// model used by a model it uses is a cycle, reported rather than followed.
    static func load(paths: [String], name: String? = nil, loading: Set<String>) throws(LoadError) -> LoadedModel {
        let files = try stormFiles(in: paths)
        if files.isEmpty { throw LoadError("no .storm files in \(paths.joined(separator: ", "))") }
        var sources: [SourceFile] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else { throw LoadError("cannot read \(path)") }
            guard data.count <= maximumFileSize else { throw LoadError("\(path) is larger than \(maximumFileSize / 1024 / 1024) MiB") }
            sources.append(SourceFile(path: path, bytes: [UInt8](data)))
        }
        let standardized = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        return load(sources: sources, name: name ?? modelName(for: paths), loading: loading.union(standardized))
    }

    /// Parses and resolves source files already in memory.
    public static func load(sources files: [SourceFile], name: String) -> LoadedModel {
        load(sources: files, name: name, loading: [])
    }

    /// Parses and resolves source files already in memory, re-parsing only the files that changed since
    /// the last load through `cache`.
    /// `resolved` is given the model as soon as it is resolved and has no error so far, before the
    /// generators' checks run, so that work on the model (a review) can start beside them.
    public static func load(sources files: [SourceFile], name: String, reusing cache: ParseCache,
                            resolved: (Model) -> Void = { _ in }) -> LoadedModel {
        load(sources: files, name: name, loading: [], cache: cache, resolved: resolved)
    }

    static func load(sources files: [SourceFile], name: String, loading: Set<String>, cache: ParseCache? = nil,
                     resolved: (Model) -> Void = { _ in }) -> LoadedModel {
        var sources = SourceManager(files: files)
        var diagnostics = DiagnosticList()
        var syntax = cache?.parse(sources, diagnostics: &diagnostics)
            ?? sources.ids.map { Parser.parse(sources[$0], id: $0, diagnostics: &diagnostics) }
        // Other domains' interfaces the model uses become contexts of Storm source of their own.
        var used: [String: (origin: String, domain: String)] = [:]
        var schemas: [String: String] = [:]
        for interface in UsedInterfaces.sources(for: &syntax, in: sources, loading: loading, diagnostics: &diagnostics) {
            let id = sources.add(interface.file)
            syntax.append(Parser.parse(sources[id], id: id, diagnostics: &diagnostics))
            for context in interface.contexts { used[context.name] = (interface.origin, context.domain) }
            schemas.merge(interface.schemas) { first, _ in first }
        }
        var model = Resolver.resolve(consume syntax, sources: sources, name: name, diagnostics: &diagnostics)
        model.usedInterfaces = used.mapValues(\.origin)
        for (name, uri) in schemas {
            let parts = name.split(separator: ".", maxSplits: 1)
            let reference = SymbolReference(context: String(parts[0]), name: String(parts[1]))
            // Only a type the interface still declares, in a context the model really uses.
            if used[reference.context] != nil { model.publishedSchemas[reference] = uri }
        }
        // A used context belongs to the domain that publishes it: its events keep that domain's names.
        for index in model.contexts.indices { if let use = used[model.contexts[index].name] { model.contexts[index].domain = use.domain } }
        if !diagnostics.hasErrors { resolved(model) }
        // What the generators would refuse is an error of the model: `check` reports it, `generate` never meets it.
        GenerationChecks.check(model, into: &diagnostics)
        return LoadedModel(model: model, diagnostics: diagnostics)
    }
}
