import StormModel
import StormSupport

/// Generates one JSON Schema (draft 2020-12) per event and per command of every bounded context, and per
/// failure and query request and response (``designFiles(of:model:options:header:caches:)``).
///
/// Files: `<Context>/events/<Event>.v<version>.schema.json` and `<Context>/commands/<Command>.schema.json`.
/// Each schema has a stable `$id` under ``GeneratorOptions/baseURI``, its declaration's name as `title`, its
/// doc comment as `description`, and the value objects, entities, enumerations and identifiers it uses
/// under `$defs`.
///
/// `additionalProperties`: event schemas are open (`true`): a consumer that validates with version N
/// keeps accepting events from a producer that added an optional field, which is a compatible change that
/// keeps the version; breaking changes get a new version and so a new `$id`. Command schemas are closed
/// (`false`): a command is validated by the context that owns it, where an unknown field is a mistake.
public enum JSONSchemaGenerator {
    /// The JSON Schema dialect written to every `$schema`.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The schemas of every event and command, in context order.
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        try GeneratedFile.collected { emit throws(GeneratorError) in try generate(model, options: options, emit: emit) }
    }

    /// The same files, handed to `emit` a few contexts at a time (``concurrentBatches(_:_:emit:)``).
    public static func generate(_ model: Model, options: GeneratorOptions, emit: ([GeneratedFile]) -> Void) throws(GeneratorError) {
        let header = GeneratedHeader(model: model, options: options)
        // Another domain's contexts (`use`) have their schemas where they are published.
        let own = model.contexts.filter { model.usedInterfaces[$0.name] == nil }
        try concurrentBatches(own, { context throws(GeneratorError) in
            try files(of: context, model: model, options: options, header: header)
        }, emit: emit)
    }

    /// The schemas of one context's events and commands.
    private static func files(of context: BoundedContext, model: Model, options: GeneratorOptions, header: GeneratedHeader) throws(GeneratorError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        let caches = DocumentCaches(home: context.name, uriBase: JSONSchemaURIs.base(of: context, options: options))
        for event in context.events.majors {
            let schema = try eventSchema(event, in: context, model: model, options: options, header: header, caches: caches)
            files.append(GeneratedFile(path: OutputPaths.eventSchema(event, in: context),
                                       text: schema.renderedText()))
        }
        for command in context.commands {
            let id = JSONSchemaURIs.id(of: command, base: caches.uriBase)
            let schema = try document(id: id, title: command.name, doc: command.doc, deprecation: command.deprecation,
                                      fields: command.fields, context: context, open: false, model: model,
                                      comment: header.line(from: [command.range.file]), caches: caches)
            files.append(GeneratedFile(path: OutputPaths.commandSchema(command, in: context),
                                       text: schema.renderedText()))
        }
        return files + (try designFiles(of: context, model: model, options: options, header: header, caches: caches))
    }

    /// The schema of one event, as written to its file.
    static func eventSchema(_ event: Event, in context: BoundedContext, model: Model, options: GeneratorOptions,
                            header: GeneratedHeader, caches: DocumentCaches) throws(GeneratorError) -> JSON {
        try document(id: JSONSchemaURIs.id(of: event, base: caches.uriBase), title: event.name, doc: event.doc,
                     deprecation: event.deprecation, fields: event.fields, context: context, open: true, model: model,
                     comment: header.line(from: [event.range.file]), caches: caches).adding(JSONSchemaAnnotations.version(of: event))
    }

    static func document(id: String, title: String, doc: String, deprecation: Deprecation?, fields: [Field],
                                 context: BoundedContext, open: Bool, model: Model, comment: String,
                                 caches: DocumentCaches) throws(GeneratorError) -> JSON {
        var types = JSONSchemaTypes(model: model, home: context.name, referencePrefix: "#/$defs/", additionalProperties: open)
        types.refersToPublishedSchemas = true
        types.use(open ? caches.open : caches.closed)
        // In key order, so the object is only checked, not sorted.
        var members: JSONObject = [
            "$comment": .string(comment),
            "$id": .string(id),
            "$schema": .string(dialect),
            "title": .string(title),
        ]
        members.merge(JSONSchemaAnnotations.of(doc: doc, deprecation: deprecation))
        let body = try types.objectSchema(fields: fields)
        if !types.definitions.isEmpty { members["$defs"] = .object(types.definitions) }
        return body.adding(members)
    }

    /// The definitions of one context's documents, open and closed, kept from one document to the next.
    final class DocumentCaches {
        let open: SchemaDefinitionCache
        let closed: SchemaDefinitionCache
        /// What the ids of the context's schemas start with (``JSONSchemaURIs/base(of:options:)``).
        let uriBase: String
        init(home: String, uriBase: String) {
            self.uriBase = uriBase
            open = SchemaDefinitionCache(home: home, referencePrefix: "#/$defs/", additionalProperties: true, refersToPublishedSchemas: true)
            closed = SchemaDefinitionCache(home: home, referencePrefix: "#/$defs/", additionalProperties: false, refersToPublishedSchemas: true)
        }
    }
}
