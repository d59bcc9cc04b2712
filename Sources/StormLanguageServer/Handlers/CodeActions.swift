import StormDiagnostics
import StormSupport

extension LanguageServer {
    /// `textDocument/codeAction`: a quick fix for each fix-it of the diagnostics that touch the range.
    func codeActions(_ params: CodeActionRequest.Params) throws(ResponseError) -> JSON {
        let (analysis, file) = try analysis(params.uri)
        let (start, end) = try converter.offsets(of: params.range, in: analysis.sources[file])
        var result: [JSON] = []
        for diagnostic in analysis.loaded.diagnostics.sorted {
            guard let range = diagnostic.range, range.file == file, range.start <= end, start <= range.end else { continue }
            let lsp = lspDiagnostic(diagnostic, anchor: "Diagnostics.md#\(diagnostic.id.rawValue)", analysis: analysis)
            for fixIt in diagnostic.fixIts where !fixIt.edits.isEmpty {
                var changes: [String: [JSON]] = [:]
                for edit in fixIt.edits {
                    changes[analysis.uris[edit.range.file.index], default: []].append(
                        ["range": converter.range(edit.range, in: analysis.sources[edit.range.file]), "newText": .string(edit.replacement)])
                }
                result.append(["title": .string(fixIt.message), "kind": "quickfix", "diagnostics": [lsp],
                               "isPreferred": .bool(diagnostic.fixIts.count == 1),
                               "edit": ["changes": .object(JSONObject(changes.mapValues { JSON.array($0) }))]])
            }
        }
        return .array(result)
    }
}
