/// `textDocument/hover` (TextDocumentPositionParams): Markdown about the name under the cursor, or null.
enum HoverRequest {
    static let method = "textDocument/hover"
}
