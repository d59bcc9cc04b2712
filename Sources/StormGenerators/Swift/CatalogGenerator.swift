import StormModel

/// `<Model>Catalog.swift`: the model's contexts as one `StormRuntime.ModelCatalog` named after the model
/// (`MotorInsuranceCatalog`), so tools can reach every event of the model without naming each context.
struct CatalogGenerator {
    let names: SwiftNames
    let options: GeneratorOptions

    /// The catalog's type name; it lives beside the context namespaces, so it may not take one of their names.
    static func typeName(names: SwiftNames) throws(GeneratorError) -> String {
        let name = SwiftIdentifier.typeName(names.model.name + "Catalog")
        if let context = names.model.contexts.first(where: { names.context($0.name) == name }) {
            throw GeneratorError("context `\(context.name)` has the Swift name of the model's catalog `\(name)`", at: context.range,
                                 id: "swift-name-collision", help: "rename the context")
        }
        return name
    }

    func contents(typeName: String) -> String {
        var out = SwiftWriter()
        for line in GeneratedHeader.lines(for: names.model, options: options) { out.line("// " + line) }
        out.line()
        out.line("import StormRuntime")
        writeCatalog(typeName: typeName, into: &out)
        return out.text
    }

    /// The catalog enum, after a blank line.
    func writeCatalog(typeName: String, into out: inout SwiftWriter) {
        out.line()
        out.doc("Every bounded context of model `\(names.model.name)`.")
        out.block("public enum \(typeName): StormRuntime.ModelCatalog") { out in
            out.line("public static var modelName: String { \(SwiftIdentifier.stringLiteral(names.model.name)) }")
            let contexts = names.model.contexts.map { names.context($0.name) + ".self" }
            out.line("public static var contexts: [any StormRuntime.BoundedContext.Type] { [\(contexts.joined(separator: ", "))] }")
        }
    }
}
