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
        try GeneratedFile.collected { emit throws(GeneratorError) in try generate(model, options: options, emit: emit) }
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
        try concurrentBatches(model.contexts, { context throws(GeneratorError) in
            [GeneratedFile(path: fileName(for: context, names: names), text: try file.text(of: context))]
        }, emit: emit)
        emit([GeneratedFile(path: catalogPath, contents: CatalogGenerator(names: names, options: options).contents(typeName: catalog))])
    }

    /// `<Context>.swift`, from the context's Swift name, so two contexts never share a file.
    static func fileName(for context: BoundedContext, names: SwiftNames) -> String {
        OutputPaths.swift(names.context(context.name))
    }
}
