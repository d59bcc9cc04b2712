import StormModel
import StormSource
import StormSupport

extension LanguageServer {
    /// `textDocument/documentSymbol`: the file's declarations, context members nested in their context
    /// and subdomains in their domain, fields and cases under what declares them.
    func documentSymbols(_ uri: String) throws(ResponseError) -> JSON {
        let (analysis, file) = try analysis(uri)
        let index = analysis.index
        let source = analysis.sources[file]
        func symbol(_ declaration: Declaration, children: [JSON]) -> JSON {
            var object: JSONObject = [
                "name": .string(declaration.name), "detail": .string(declaration.kind.rawValue), "kind": .integer(declaration.kind.symbolKind),
                "range": converter.range(declaration.range, in: source), "selectionRange": converter.range(declaration.nameRange, in: source),
            ]
            if !children.isEmpty { object["children"] = .array(children) }
            return .object(object)
        }
        func fieldSymbols(_ fields: [Field]) -> [JSON] {
            fields.filter { $0.range.file == file }.map { field in
                let nameEnd = field.range.start + field.name.utf8.count
                return ["name": .string(field.name), "detail": .string(field.type.description), "kind": 8,
                        "range": converter.range(field.range, in: source),
                        "selectionRange": converter.range(SourceRange(file: file, start: field.range.start, end: nameEnd), in: source)]
            }
        }
        func members(_ declaration: Declaration) -> [JSON] {
            let context = declaration.scope.flatMap { analysis.model.context(named: $0) }
            switch declaration.kind {
            case .event: return fieldSymbols(context?.event(named: declaration.name)?.fields ?? [])
            case .command: return fieldSymbols(context?.command(named: declaration.name)?.fields ?? [])
            case .valueObject: return fieldSymbols(context?.valueObject(named: declaration.name)?.fields ?? [])
            case .entity: return fieldSymbols(context?.entity(named: declaration.name)?.fields ?? [])
            case .aggregate: return fieldSymbols(context?.aggregate(named: declaration.name)?.fields ?? [])
            case .readModel: return fieldSymbols(context?.readModels.first { $0.name == declaration.name }?.fields ?? [])
            case .enumeration:
                return (context?.enumeration(named: declaration.name)?.cases ?? []).map { item in
                    ["name": .string(item.name), "kind": 22, "range": converter.range(item.range, in: source),
                     "selectionRange": converter.range(item.range, in: source)]
                }
            default: return []
            }
        }
        let inFile = index.declarations.filter { $0.range.file == file }
        var result: [JSON] = []
        for declaration in inFile where declaration.scope == nil {
            let nested = inFile.filter { ($0.kind.isContextMember || $0.kind == .subdomain) && $0.scope == declaration.name
                && ($0.kind == .subdomain) == (declaration.kind == .domain) && declaration.kind != .team && declaration.kind != .contextMap }
            result.append(symbol(declaration, children: nested.map { symbol($0, children: members($0)) }))
        }
        return .array(result)
    }

    /// `workspace/symbol`: the declarations of every checked model whose name contains the query's
    /// letters in order, ignoring case.
    func workspaceSymbols(_ params: WorkspaceSymbolRequest.Params) -> JSON {
        let query = Array(params.query.lowercased())
        func matches(_ name: String) -> Bool {
            var position = 0
            for character in name.lowercased() where position < query.count && character == query[position] { position += 1 }
            return position == query.count
        }
        var result: [JSON] = []
        for analysis in workspace.allAnalyses {
            for declaration in analysis.index.declarations where matches(declaration.name) && analysis.hasURI(declaration.nameRange.file) {
                var object: JSONObject = ["name": .string(declaration.name), "kind": .integer(declaration.kind.symbolKind),
                                              "location": location(declaration.nameRange, in: analysis)]
                if let scope = declaration.scope { object["containerName"] = .string(scope) }
                result.append(.object(object))
            }
        }
        return .array(result)
    }
}
