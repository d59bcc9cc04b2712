/// `textDocument/formatting`: the edits that give the file the `stormc fmt` layout.
enum FormattingRequest {
    static let method = "textDocument/formatting"
}
