import StormSource
import StormSupport

extension LanguageServer {
    /// Answers `initialize`: picks the position encoding and states what the server can do.
    func initialize(_ params: InitializeRequest.Params) -> JSON {
        encoding = params.positionEncodings.contains(.utf8) ? .utf8 : .utf16
        if let base = params.documentationBase { documentationBase = base }
        return [
            "capabilities": [
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": ["openClose": true, "change": 2, "save": true],
                "hoverProvider": true,
                "definitionProvider": true,
                "referencesProvider": true,
                "renameProvider": ["prepareProvider": true],
                "completionProvider": ["triggerCharacters": [":", ".", " ", "["]],
                "documentSymbolProvider": true,
                "workspaceSymbolProvider": true,
                "documentFormattingProvider": true,
                "foldingRangeProvider": true,
                "semanticTokensProvider": ["legend": SemanticTokensRequest.legend, "full": true],
                "codeLensProvider": ["resolveProvider": false],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            ],
            "serverInfo": ["name": "stormc", "version": .string(InitializeRequest.serverVersion)],
        ]
    }

    /// Applies `didOpen`.
    func didOpen(_ notification: DidOpenNotification) throws(ResponseError) {
        workspace.open(OpenDocument(uri: notification.uri, path: DocumentURI.path(of: notification.uri),
                                    version: notification.version, text: Array(notification.text.utf8)))
    }

    /// Applies `didChange`: each change replaces a range, or the whole text when it has none.
    func didChange(_ params: JSON) throws(ResponseError) {
        let uri = try documentURI(params)
        guard let changes = params["contentChanges"]?.arrayValue else { throw .invalidParams("missing `contentChanges`") }
        let converter = self.converter
        try workspace.update(uri) { (document: inout OpenDocument) throws(ResponseError) in
            if let version = params["textDocument"]?["version"]?.intValue { document.version = version }
            for change in changes {
                guard let text = change["text"]?.stringValue else { throw .invalidParams("a content change needs `text`") }
                if let range = change["range"] {
                    let file = SourceFile(path: "", bytes: document.text)
                    let (start, end) = try converter.offsets(of: range, in: file)
                    document.apply(start, end, text)
                } else {
                    document.text = Array(text.utf8)
                }
            }
        }
    }
}
