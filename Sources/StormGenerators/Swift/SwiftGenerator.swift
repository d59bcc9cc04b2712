import Foundation
import StormModel

/// `stormc generate swift`: the model as Swift, one file per bounded context (`<Context>.swift`), each
/// context a namespace (`Trips.TripEnded`) so a whole model compiles as one module, and
/// `<Model>Catalog.swift` listing the contexts.
///
/// Types are `Codable`, `Hashable` and `Sendable` and import only Foundation and `StormRuntime`;
/// behaviour is declared as protocols (deciders, policies, projections, ports) that the team implements
/// in files of its own. See `Docs/TypeMapping.md` for every mapping.
public enum SwiftGenerator {
    /// Every file of the model.
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        try generate(model, options: options) { files += $0 }
        return files
    }

    /// The same files, handed to `emit` a few contexts at a time (made on all cores), so that a model's
    /// Swift, hundreds of megabytes of it at 200,000 events, is never held whole.
    public static func generate(_ model: Model, options: GeneratorOptions, emit: ([GeneratedFile]) -> Void) throws(GeneratorError) {
        let names = try SwiftNames(model: model)
        let file = ContextFileGenerator(names: names, options: options)
        let catalog = try CatalogGenerator.typeName(names: names)
        let catalogPath = OutputPaths.swift(catalog)
        var paths: [String: String] = [catalogPath.lowercased(): catalog]
        for context in model.contexts {
            let path = fileName(for: context, names: names)
            // Folders on macOS and Windows ignore case: `Trips.swift` and `trips.swift` would be one file.
            if let other = paths[path.lowercased()] {
                throw GeneratorError("contexts `\(other)` and `\(context.name)` would be written to the same file `\(path)`", at: context.range,
                                     id: "file-name-collision", help: "rename one of them")
            }
            paths[path.lowercased()] = context.name
        }
        var start = model.contexts.startIndex
        while start < model.contexts.endIndex {
            let batch = Array(model.contexts[start..<min(start + batchSize, model.contexts.endIndex)])
            emit(try concurrentMap(batch) { context throws(GeneratorError) in
                GeneratedFile(path: fileName(for: context, names: names), text: try file.text(of: context))
            })
            start += batch.count
        }
        emit([GeneratedFile(path: catalogPath, contents: CatalogGenerator(names: names, options: options).contents(typeName: catalog))])
    }

    /// How many contexts' files are made at once: enough to keep every core busy, few enough that their
    /// text is a few megabytes.
    static let batchSize = 32

    /// `<Context>.swift`, from the context's Swift name, so two contexts never share a file.
    static func fileName(for context: BoundedContext, names: SwiftNames) -> String {
        OutputPaths.swift(names.context(context.name))
    }
}
