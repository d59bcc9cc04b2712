import StormSupport

/// The `textDocument.uri` of a request's parameters.
func documentURI(_ params: JSON) throws(ResponseError) -> String {
    guard let uri = params["textDocument"]?["uri"]?.stringValue else { throw .invalidParams("missing `textDocument.uri`") }
    return uri
}

/// `TextDocumentPositionParams`: a document and a position in it.
struct TextDocumentPositionParams: Sendable {
    var uri: String
    var position: Position

    init(_ params: JSON) throws(ResponseError) {
        uri = try documentURI(params)
        position = try Position(params["position"])
    }
}
