import StormModel
import StormSupport

extension LanguageServer {
    /// `textDocument/codeLens`: above each event, how many consumers it has and which commands emit it.
    func codeLenses(_ uri: String) throws(ResponseError) -> JSON {
        let (analysis, file) = try analysis(uri)
        var consumers: [SymbolReference: Int] = [:]
        for flow in analysis.model.flows { consumers[flow.event, default: 0] += 1 }
        var result: [JSON] = []
        for context in analysis.model.contexts {
            for event in context.events where event.range.file == file {
                let count = consumers[context.reference(event.name)] ?? 0
                var title = count == 1 ? "1 consumer" : "\(count) consumers"
                if !event.emittedBy.isEmpty { title += " · emitted by " + event.emittedBy.joined(separator: ", ") }
                result.append(["range": converter.range(event.range, in: analysis.sources[file]),
                               "command": ["title": .string(title), "command": ""]])
            }
        }
        return .array(result)
    }
}
