import Foundation
import StormKit
import StormModel
import StormSource
import Testing

/// The bundled models of `Models/`, loaded the way `stormc generate` loads them from the repository's
/// root, so their generated headers name the same relative paths.
enum DiagramsModels {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every model folder under `Models/`, loaded; an issue is recorded for one that does not load clean.
    static func all() throws -> [Model] {
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Models").path).sorted()
        return try folders.compactMap { name -> Model? in
            let relative = try ModelLoader.stormFiles(in: [root.appendingPathComponent("Models/\(name)").path]).map {
                "Models/\(name)/" + URL(fileURLWithPath: $0).lastPathComponent
            }
            guard !relative.isEmpty else { return nil }
            let sources = try relative.map { SourceFile(path: $0, bytes: [UInt8](try Data(contentsOf: root.appendingPathComponent($0)))) }
            let loaded = ModelLoader.load(sources: sources, name: name)
            #expect(!loaded.hasErrors, "Models/\(name) has errors")
            return loaded.model
        }
    }
}
