import StormSupport

/// `workspace/symbol`: declarations of every open model whose name matches a query.
enum WorkspaceSymbolRequest {
    static let method = "workspace/symbol"

    struct Params {
        var query: String

        init(_ params: JSON) { query = params["query"]?.stringValue ?? "" }
    }
}
