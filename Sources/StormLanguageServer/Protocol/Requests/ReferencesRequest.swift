import StormSupport

/// `textDocument/references`: every Location where the name under the cursor is written.
enum ReferencesRequest {
    static let method = "textDocument/references"

    struct Params {
        var position: TextDocumentPositionParams
        /// `context.includeDeclaration`
        var includeDeclaration: Bool

        init(_ params: JSON) throws(ResponseError) {
            position = try TextDocumentPositionParams(params)
            includeDeclaration = params["context"]?["includeDeclaration"]?.boolValue ?? true
        }
    }
}
