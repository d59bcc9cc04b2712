import StormSupport

/// `textDocument/didOpen`: the editor now owns the document's text.
struct DidOpenNotification {
    static let method = "textDocument/didOpen"
    var uri: String
    var version: Int
    var text: String

    init(_ params: JSON) throws(ResponseError) {
        let document = params["textDocument"]
        guard let uri = document?["uri"]?.stringValue, let text = document?["text"]?.stringValue else {
            throw .invalidParams("didOpen needs `textDocument.uri` and `textDocument.text`")
        }
        self.uri = uri
        self.text = text
        version = document?["version"]?.intValue ?? 0
    }
}
