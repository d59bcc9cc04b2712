import StormSupport

/// `textDocument/rename`: a WorkspaceEdit renaming a declaration in every file of its model.
enum RenameRequest {
    static let method = "textDocument/rename"

    struct Params {
        var position: TextDocumentPositionParams
        var newName: String

        init(_ params: JSON) throws(ResponseError) {
            position = try TextDocumentPositionParams(params)
            guard let name = params["newName"]?.stringValue else { throw .invalidParams("missing `newName`") }
            newName = name
        }
    }
}
