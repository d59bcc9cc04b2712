/// `textDocument/publishDiagnostics` (server to client): the diagnostics of one file, replacing the last ones.
enum PublishDiagnosticsNotification {
    static let method = "textDocument/publishDiagnostics"
}
