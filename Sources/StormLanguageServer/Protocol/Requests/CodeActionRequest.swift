import StormSupport

/// `textDocument/codeAction`: quick fixes from the fix-its of the diagnostics in a range.
enum CodeActionRequest {
    static let method = "textDocument/codeAction"

    struct Params {
        var uri: String
        var range: JSON

        init(_ params: JSON) throws(ResponseError) {
            uri = try documentURI(params)
            guard let range = params["range"] else { throw .invalidParams("missing `range`") }
            self.range = range
        }
    }
}
