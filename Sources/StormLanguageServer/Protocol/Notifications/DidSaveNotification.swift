/// `textDocument/didSave`: the model is checked again (other files may have changed too).
enum DidSaveNotification {
    static let method = "textDocument/didSave"
}
