import StormModel
import StormSource

extension SwiftGenerator {
    /// The model as Swift with one file per source file instead of one per context: each file holds the
    /// namespaces of the contexts declared in its source file, and a source file that declares no context
    /// still gets a file (the header only), so every name in `fileNames` is always written. The model's
    /// catalog goes in the first file.
    ///
    /// This is the layout of the build-tool plugin, which must name its outputs before the model is
    /// parsed; `fileNames` (one per `model.sourcePaths` entry, in that order) come from the function the
    /// plugin shares with `stormc`.
    public static func generate(_ model: Model, options: GeneratorOptions, fileNames: [String]) throws(GeneratorError) -> [GeneratedFile] {
        let names = try SwiftNames(model: model)
        let generator = ContextFileGenerator(names: names, options: options)
        let catalog = try CatalogGenerator.typeName(names: names)
        var files: [GeneratedFile] = []
        for (index, fileName) in fileNames.enumerated() {
            var out = SwiftWriter()
            generator.writeHeader(from: [FileID(index)], into: &out)
            for context in model.contexts where context.range.file.index == index {
                try generator.writeNamespace(of: context, into: &out)
            }
            if index == 0 { CatalogGenerator(names: names, options: options).writeCatalog(typeName: catalog, into: &out) }
            files.append(GeneratedFile(path: fileName, contents: out.text))
        }
        return files
    }
}
