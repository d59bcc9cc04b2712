/// `textDocument/definition` (TextDocumentPositionParams): the Location of the declaration, or null.
enum DefinitionRequest {
    static let method = "textDocument/definition"
}
