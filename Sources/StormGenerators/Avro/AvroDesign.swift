import StormModel
import StormSupport

/// The Avro schemas of what crosses a boundary at the design level, beside the JSON Schemas of the same
/// things (``JSONSchemaGenerator``): each failure a command can end in, and each query's request and response.
///
/// Files: `<Context>/failures/<Command>.<Failure>.avsc`, a record named after the failure in the namespace
/// `<domain>.<context>.failures.<command>` (two commands may fail the same way with different fields);
/// `<Context>/queries/<ReadModel>.<Query>.request.avsc`, a record `<Query>Request` in
/// `<domain>.<context>.queries.<readmodel>`; and `….response.avsc`, the schema of the query's `returns`
/// type as it is, the value the response carries (a record of one field would not match the JSON Schema).
/// The header goes in a `$comment` attribute, as for events, except on a response that is a union: Avro
/// writes a union as a bare JSON array, which has nowhere to keep it.
extension AvroGenerator {
    /// The schemas of one context's failures and queries.
    static func designFiles(of context: BoundedContext, model: Model, header: GeneratedHeader, cache: AvroTypeCache) throws(GeneratorError) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        let folder = FileNames.component(context.name)
        let namespace = AvroNames.namespace(of: context)
        for command in context.commands {
            for failure in command.failures {
                var types = AvroTypes(model: model, cache: cache)
                let record = try types.record(name: AvroNames.name(failure.name),
                                              namespace: namespace + ".failures." + AvroNames.name(command.name).lowercased(),
                                              doc: "", deprecation: nil, fields: failure.fields)
                let schema = record.adding(["$comment": .string(header.line(from: [failure.range.file]))])
                files.append(GeneratedFile(path: folder + "/failures/" + FileNames.component("\(command.name).\(failure.name)", suffix: ".avsc"),
                                           text: schema.renderedText()))
            }
        }
        for readModel in context.readModels {
            for query in readModel.queries {
                let stem = "\(readModel.name).\(query.name)"
                let comment = JSON.string(header.line(from: [query.range.file]))
                var types = AvroTypes(model: model, cache: cache)
                let request = try types.record(name: AvroNames.name(query.name + "Request"),
                                               namespace: namespace + ".queries." + AvroNames.name(readModel.name).lowercased(),
                                               doc: query.doc, deprecation: nil, fields: query.parameters)
                files.append(GeneratedFile(path: folder + "/queries/" + FileNames.component(stem, suffix: ".request.avsc"),
                                           text: request.adding(["$comment": comment]).renderedText()))
                var responseTypes = AvroTypes(model: model, cache: cache)
                var response = try responseTypes.schema(for: query.returns)
                // A primitive or a named type is written as `{"type": …}` so it can keep the header.
                if case .string = response { response = .object(["type": response]) }
                response = response.adding(["$comment": comment])
                files.append(GeneratedFile(path: folder + "/queries/" + FileNames.component(stem, suffix: ".response.avsc"),
                                           text: response.renderedText()))
            }
        }
        return files
    }
}
