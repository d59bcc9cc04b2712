/// `textDocument/completion` (TextDocumentPositionParams): keywords and names that fit the cursor's place.
enum CompletionRequest {
    static let method = "textDocument/completion"

    /// LSP `CompletionItemKind` numbers.
    enum ItemKind: Int {
        case function = 3, module = 9, keyword = 14, enumMember = 20, event = 23, `struct` = 22, `class` = 7, reference = 18
    }
}
