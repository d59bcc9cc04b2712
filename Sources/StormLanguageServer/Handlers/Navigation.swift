import StormSource
import StormSupport

extension LanguageServer {
    /// An LSP Location.
    func location(_ range: SourceRange, in analysis: Analysis) -> JSON {
        ["uri": .string(analysis.uris[range.file.index]), "range": converter.range(range, in: analysis.sources[range.file])]
    }

    /// The declared name under a position, with the analysis and file it was found in.
    func occurrence(at params: TextDocumentPositionParams) throws(ResponseError) -> (Analysis, FileID, Occurrence?) {
        let (analysis, file) = try analysis(params.uri)
        let offset = converter.offset(of: params.position, in: analysis.sources[file])
        return (analysis, file, analysis.index.occurrence(at: offset, in: file))
    }

    /// `textDocument/definition`: where the name under the cursor is declared.
    func definition(_ params: TextDocumentPositionParams) throws(ResponseError) -> JSON {
        if let (analysis, member) = try member(at: params) { return memberDefinition(member, in: analysis) }
        let (analysis, _, found) = try occurrence(at: params)
        guard let found else { return .null }
        let declared = analysis.index.declarations[found.declaration].nameRange
        return analysis.hasURI(declared.file) ? location(declared, in: analysis) : .null
    }

    /// `textDocument/references`: every place the name under the cursor is written.
    func references(_ params: ReferencesRequest.Params) throws(ResponseError) -> JSON {
        if let (analysis, member) = try member(at: params.position) {
            return memberReferences(member, in: analysis, includeDeclaration: params.includeDeclaration)
        }
        let (analysis, _, found) = try occurrence(at: params.position)
        guard let found else { return .null }
        return .array(analysis.index.occurrences(of: found.declaration)
            .filter { (params.includeDeclaration || !$0.isDeclaration) && analysis.hasURI($0.range.file) }
            .map { location($0.range, in: analysis) })
    }
}
