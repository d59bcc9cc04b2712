/// `textDocument/foldingRange`: blocks and runs of comment lines.
enum FoldingRangeRequest {
    static let method = "textDocument/foldingRange"
}
