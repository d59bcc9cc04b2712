import StormModel
import StormSupport

/// Where each generator writes what, relative to its format's folder: one function per kind of file,
/// shared by the generators and by ``GenerationChecks``, which refuses two declarations of one path.
/// Each path is made in one allocation (`String(joining:)`): a model has a file or two per event.
enum OutputPaths {
    /// JSON Schema: `<Context>/events/<Event>.v<version>.schema.json`.
    static func eventSchema(_ event: Event, in context: BoundedContext) -> String {
        String(joining: FileNames.component(context.name), "/events/",
               FileNames.component(event.name, suffix: String(joining: ".v", String(event.version), ".schema.json")))
    }

    /// JSON Schema: `<Context>/commands/<Command>.schema.json`.
    static func commandSchema(_ command: Command, in context: BoundedContext) -> String {
        String(joining: FileNames.component(context.name), "/commands/", FileNames.component(command.name, suffix: ".schema.json"))
    }

    /// AsyncAPI: `<Context>.asyncapi.yaml`.
    static func asyncAPI(_ context: BoundedContext) -> String {
        FileNames.component(context.name, suffix: ".asyncapi.yaml")
    }

    /// Avro: `<Context>/<Event>.v<version>.avsc`.
    static func avro(_ event: Event, in context: BoundedContext) -> String {
        String(joining: FileNames.component(context.name), "/",
               FileNames.component(event.name, suffix: String(joining: ".v", String(event.version), ".avsc")))
    }

    /// ODCS: `<Context>/<Product>.<port>.odcs.yaml`.
    static func contract(_ port: Port, of product: DataProduct, in context: BoundedContext) -> String {
        FileNames.component(context.name) + "/" + FileNames.component(product.name + "." + port.name, suffix: ".odcs.yaml")
    }

    /// Diagrams: `<view>.<dot|mmd>` (`context-map.dot`, `flow-Trips.mmd`).
    static func diagram(_ view: String, _ language: DiagramLanguage) -> String {
        FileNames.component(view, suffix: "." + language.fileExtension)
    }

    /// Swift: `<Namespace>.swift`, from a context's Swift name or the catalog's.
    static func swift(_ typeName: String) -> String {
        FileNames.component(typeName, suffix: ".swift")
    }
}
