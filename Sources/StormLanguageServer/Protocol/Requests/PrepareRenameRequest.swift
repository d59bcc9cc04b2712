/// `textDocument/prepareRename` (TextDocumentPositionParams): the range of the renamable name, or an error saying why not.
enum PrepareRenameRequest {
    static let method = "textDocument/prepareRename"
}
