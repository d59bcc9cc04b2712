/// `textDocument/didChange`: ranges replaced (incremental sync), or the whole text.
enum DidChangeNotification {
    static let method = "textDocument/didChange"
}
