/// `textDocument/didClose`: the file on disk is the truth again.
enum DidCloseNotification {
    static let method = "textDocument/didClose"
}
