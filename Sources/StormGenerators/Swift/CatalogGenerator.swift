import StormModel

/// `ModelCatalog.swift`: the model's contexts as one `StormRuntime.ModelCatalog`, so tools can reach
/// every event of the model without naming each context.
struct CatalogGenerator {
    let names: SwiftNames
    let options: GeneratorOptions

    static let fileName = "ModelCatalog.swift"

    func contents() -> String {
        var out = SwiftWriter()
        for line in GeneratedHeader.lines(for: names.model, options: options) { out.line("// " + line) }
        out.line()
        out.line("import StormRuntime")
        out.line()
        out.doc("Every bounded context of model `\(names.model.name)`.")
        out.block("public enum ModelCatalog: StormRuntime.ModelCatalog") { out in
            out.line("public static var modelName: String { \(SwiftIdentifier.stringLiteral(names.model.name)) }")
            let contexts = names.model.contexts.map { names.context($0.name) + ".self" }
            out.line("public static var contexts: [any StormRuntime.BoundedContext.Type] { [\(contexts.joined(separator: ", "))] }")
        }
        return out.text
    }
}
