import Foundation
import StormGenerators
import StormKit
import StormModel
import StormSource

/// The models in the repository's `Models/` folder, loaded the way `stormc generate all` loads them from
/// the repository root, so source paths (and the headers that name them) read `Models/<Model>/…`.
enum RepositoryModels {
    /// Each model, by folder name, sorted; none when there is no `Models/` folder. Loaded once per test run.
    static func all() throws -> [Model] { try loaded.get() }

    private static let loaded = Result { try load() }

    /// The options `stormc generate all` uses at the repository root: the platforms of its `storm.json`.
    static let options: GeneratorOptions = {
        var options = GeneratorOptions()
        options.platforms = (try? Configuration.load(path: RepositoryPaths.root.appendingPathComponent("storm.json").path))?.platforms
        return options
    }()

    private static func load() throws -> [Model] {
        let models = RepositoryPaths.root.appendingPathComponent("Models")
        guard let folders = try? ModelLoader.modelFolders(under: models.path) else { return [] }
        return try folders.map { folder in
            let name = URL(fileURLWithPath: folder).lastPathComponent
            let sources = try ModelLoader.stormFiles(in: [folder]).map { path in
                SourceFile(path: "Models/\(name)/" + path.dropFirst(folder.count + 1), bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            }
            let loaded = ModelLoader.load(sources: sources, name: name)
            guard !loaded.hasErrors else { throw ModelError(message: "Models/\(name) has errors") }
            return loaded.model
        }
    }
}

/// A repository model that does not check.
struct ModelError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
