import StormModel
import StormSupport

/// Generates one Avro schema per event: `<Context>/<Event>.v<version>.avsc`, a record named after the
/// event in the namespace `<domain>.<context>` (lowercased), with the event's doc and its fields' docs.
/// See ``AvroTypes`` for how each Storm type is written. Failures and queries have theirs beside them
/// (``designFiles(of:model:header:cache:)``).
public enum AvroGenerator {
    /// The schemas of every event, in context order.
    public static func generate(_ model: Model, options: GeneratorOptions) throws(GeneratorError) -> [GeneratedFile] {
        try GeneratedFile.collected { emit throws(GeneratorError) in try generate(model, options: options, emit: emit) }
    }

    /// The same files, handed to `emit` a few contexts at a time (``concurrentBatches(_:_:emit:)``).
    public static func generate(_ model: Model, options: GeneratorOptions, emit: ([GeneratedFile]) -> Void) throws(GeneratorError) {
        let header = GeneratedHeader(model: model, options: options)
        // Another domain's contexts (`use`) have their schemas where they are published.
        let own = model.contexts.filter { model.usedInterfaces[$0.name] == nil }
        try concurrentBatches(own, { context throws(GeneratorError) in try files(of: context, model: model, header: header) }, emit: emit)
    }

    /// The schemas of one context's events.
    private static func files(of context: BoundedContext, model: Model, header: GeneratedHeader) throws(GeneratorError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        let cache = AvroTypeCache()
        let namespace = AvroNames.namespace(of: context)
        for event in context.events.majors {
            var types = AvroTypes(model: model, cache: cache)
            // Avro keeps attributes it does not define as metadata: the header goes in one.
            let schema = try types.record(name: AvroNames.name(event.name), namespace: namespace, doc: event.doc, deprecation: event.deprecation,
                                          fields: event.fields, comment: header.line(from: [event.range.file]))
                .adding(JSONSchemaAnnotations.version(of: event))
            files.append(GeneratedFile(path: OutputPaths.avro(event, in: context), text: schema.renderedText()))
        }
        return files + (try designFiles(of: context, model: model, header: header, cache: cache))
    }
}
