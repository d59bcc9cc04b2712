/// `textDocument/codeLens`: a line above each event naming who emits and who consumes it.
enum CodeLensRequest {
    static let method = "textDocument/codeLens"
}
