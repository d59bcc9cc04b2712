import StormModel
import StormSupport

/// The JSON Schemas of what crosses a boundary at the design level: each failure a command can end in
/// (the rejection its sender receives), and each query's request and response (asked by an actor or by
/// another context).
///
/// Files: `<Context>/failures/<Command>.<Failure>.schema.json`,
/// `<Context>/queries/<ReadModel>.<Query>.request.schema.json` and `….response.schema.json`. Failures and
/// requests are closed like commands (`additionalProperties: false`); a response is the schema of the
/// query's `returns` type, its objects open like events', so a reader keeps up with a model that grows.
extension JSONSchemaGenerator {
    /// The schemas of one context's failures and queries.
    static func designFiles(of context: BoundedContext, model: Model, options: GeneratorOptions,
                            header: GeneratedHeader, caches: DocumentCaches) throws(GeneratorError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        let base = [context.domain.lowercased(), context.name.lowercased()]
        func id(_ folder: String, _ file: String) -> String {
            options.baseURI + (base + [folder, file]).map(JSONSchemaURIs.percentEncoded).joined(separator: "/")
        }
        for command in context.commands {
            for failure in command.failures {
                let file = "\(command.name).\(failure.name).schema.json"
                let schema = try document(id: id("failures", file), title: failure.name, doc: "", deprecation: nil,
                                          fields: failure.fields, context: context, open: false, model: model,
                                          comment: header.line(from: [failure.range.file]), caches: caches)
                files.append(GeneratedFile(path: FileNames.component(context.name) + "/failures/" + FileNames.component(file), text: schema.renderedText()))
            }
        }
        for readModel in context.readModels {
            for query in readModel.queries {
                let stem = "\(readModel.name).\(query.name)"
                let comment = header.line(from: [query.range.file])
                let request = try document(id: id("queries", stem + ".request.schema.json"), title: query.name, doc: query.doc, deprecation: nil,
                                           fields: query.parameters, context: context, open: false, model: model, comment: comment, caches: caches)
                files.append(GeneratedFile(path: FileNames.component(context.name) + "/queries/" + FileNames.component(stem, suffix: ".request.schema.json"),
                                           text: request.renderedText()))
                var types = JSONSchemaTypes(model: model, home: context.name, referencePrefix: "#/$defs/", additionalProperties: true)
                let body = try types.schema(for: query.returns)
                var members: JSONObject = [
                    "$comment": .string(comment), "$schema": .string(dialect),
                    "$id": .string(id("queries", stem + ".response.schema.json")), "title": .string(query.name + " response"),
                ]
                if !types.definitions.isEmpty { members["$defs"] = .object(types.definitions) }
                files.append(GeneratedFile(path: FileNames.component(context.name) + "/queries/" + FileNames.component(stem, suffix: ".response.schema.json"),
                                           text: body.adding(members).renderedText()))
            }
        }
        return files
    }
}
