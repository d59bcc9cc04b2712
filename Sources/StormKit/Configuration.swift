import Foundation
import StormDiagnostics
import StormGenerators

/// A project's settings, from the optional `storm.json` at its root: where its models are, where
/// generated files go, which generators `stormc generate` runs, and the base of schema ids.
///
/// ```json
/// {
///   "models": "Models",
///   "output": "Generated",
///   "generators": ["swift", "jsonschema"],
///   "baseURI": "https://schemas.example.com/fleet/",
///   "lint": {"rules": {"event-naming": "error"}}
/// }
/// ```
///
/// Every key is optional; folders are relative to the file's own folder. The `lint` section belongs to
/// `stormc lint`, which reads it itself. Any other key is an error that names it, so a misspelt key is
/// never silently ignored.
public struct Configuration: Sendable, Hashable {
    /// The file's name, looked for in the current folder.
    public static let fileName = "storm.json"
    /// The top-level keys a `storm.json` may hold.
    public static let keys = ["baseURI", "generators", "lint", "models", "output", "platforms", "policy"]

    /// The folder holding one folder per model (`Models`).
    public var models: String
    /// The folder the generated files go to, one folder per model (`Generated`).
    public var output: String
    /// The names of the formats `stormc generate` produces when no format is named; every format when nil.
    public var generators: [String]?
    /// The base of schema `$id`s, when set.
    public var baseURI: String?
    /// The Kafka clusters the contexts run on, when declared.
    public var platforms: KafkaPlatforms?

    /// The settings of a project without `storm.json`: `Models/` into `Generated/`, every format.
    public init(models: String = "Models", output: String = "Generated", generators: [String]? = nil, baseURI: String? = nil) {
        self.models = models
        self.output = output
        self.generators = generators
        self.baseURI = baseURI
    }

    /// The settings in the file at `path`, or in `./storm.json` when `path` is nil and that file exists,
    /// or the defaults.
    public static func load(path: String?) throws(LoadError) -> Configuration {
        let file = path ?? fileName
        guard let data = FileManager.default.contents(atPath: file) else {
            if path == nil { return Configuration() }
            throw LoadError("cannot read configuration file \(file)")
        }
        return try Configuration(json: data, path: file)
    }

    /// The settings in `data`, the contents of the file at `path` (named in errors, and the folder that
    /// relative folders start from).
    public init(json data: Data, path: String) throws(LoadError) {
        func failure(_ message: String) -> LoadError { LoadError("\(path): \(message)") }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw failure("not valid JSON (\(error.localizedDescription))")
        }
        guard let root = parsed as? [String: Any] else { throw failure("must hold a JSON object") }
        for key in root.keys.sorted() where !Self.keys.contains(key) {
            var message = "unknown key `\(key)`"
            if let match = Suggestion.closest(to: key, in: Self.keys) { message += " (did you mean `\(match)`?)" }
            throw failure(message + "; the keys are " + Self.keys.map { "`\($0)`" }.joined(separator: ", "))
        }
        func folder(_ key: String, default value: String) throws(LoadError) -> String {
            guard let entry = root[key] else { return Self.resolve(value, relativeTo: path) }
            guard let text = entry as? String, !text.isEmpty else { throw failure("`\(key)` must be a folder name, such as \"\(value)\"") }
            return Self.resolve(text, relativeTo: path)
        }
        self.init(models: try folder("models", default: "Models"), output: try folder("output", default: "Generated"))
        if let entry = root["generators"] {
            let known = GeneratorRegistry.all.map(\.name) + ["all"]
            guard let names = entry as? [String], !names.isEmpty else {
                throw failure("`generators` must be a non-empty list of format names: " + known.joined(separator: ", "))
            }
            for name in names where !known.contains(name) {
                var message = "unknown generator `\(name)` in `generators`"
                if let match = Suggestion.closest(to: name, in: known) { message += " (did you mean `\(match)`?)" }
                throw failure(message + "; the formats are " + known.joined(separator: ", "))
            }
            generators = names.contains("all") ? nil : names
        }
        if let entry = root["baseURI"] {
            guard let text = entry as? String, let url = URL(string: text), url.scheme != nil, url.host != nil else {
                throw failure("`baseURI` must be an absolute URI, such as \"https://schemas.example.com/fleet/\"")
            }
            baseURI = text
        }
        if let entry = root["lint"], !(entry is [String: Any]) { throw failure("`lint` must be an object") }
        if let entry = root["platforms"] { platforms = try Self.parsePlatforms(entry, failure: failure) }
    }

    /// `folder` as seen from the current folder: relative folders start at the configuration file's folder.
    private static func resolve(_ folder: String, relativeTo file: String) -> String {
        let base = (file as NSString).deletingLastPathComponent
        if folder.hasPrefix("/") || base.isEmpty || base == "." { return folder }
        return base + "/" + folder
    }
}
