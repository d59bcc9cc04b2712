import Foundation
import StormSource
import StormSupport

/// `stormc lsp`: the Language Server Protocol 3.17 over a pair of file descriptors (stdin and stdout).
///
/// One thread answers messages in order; the connection's reader thread queues them meanwhile, which
/// lets a request be cancelled before it is answered and lets a burst of edits be checked once: models
/// are re-checked, and their diagnostics published, when no message is waiting.
public final class LanguageServer {
    let connection: Connection
    let workspace = Workspace()
    /// What `initialize` agreed.
    var encoding = PositionEncoding.utf16
    var converter: PositionConverter { PositionConverter(encoding: encoding) }
    /// Where the documentation of diagnostics lives (`…/Docs/`), for the links of their codes.
    var documentationBase: String?
    private var initialized = false
    private var shutdownRequested = false
    /// For each model, the URIs last given diagnostics, so a file that leaves the model is cleared.
    var published: [String: Set<String>] = [:]
    /// Models checked but not yet reviewed since their last change.
    var unreviewed: Set<String> = []

    private init(input: Int32, output: Int32) {
        connection = Connection(input: input, output: output)
    }

    /// Serves until `exit` or the end of the input; returns the exit status (0 after `shutdown`, else 1).
    public static func run(input: Int32, output: Int32, documentationBase: String?) -> Int32 {
        signal(SIGPIPE, SIG_IGN)  // a client gone away ends the input; writes to it just fail
        let server = LanguageServer(input: input, output: output)
        server.documentationBase = documentationBase
        server.connection.start()
        return server.serve()
    }

    private func serve() -> Int32 {
        while let message = connection.next() {
            switch message {
            case .request(let id, let method, let params):
                answer(id: id, method: method, params: params)
            case .notification("exit", _):
                return shutdownRequested ? 0 : 1
            case .notification(let method, let params):
                receive(method, params)
            case .response:
                break
            case .invalid(let id, let error):
                connection.reply(to: id, error: error)
            }
            if !connection.hasPending { publishStaleDiagnostics() }
        }
        return shutdownRequested ? 0 : 1
    }

    private func answer(id: JSON, method: String, params: JSON) {
        if connection.takeCancellation(of: id) {
            connection.reply(to: id, error: ResponseError(.requestCancelled, "cancelled"))
            return
        }
        do throws(ResponseError) {
            connection.reply(to: id, result: try result(method, params))
        } catch {
            connection.reply(to: id, error: error)
        }
    }

    private func result(_ method: String, _ params: JSON) throws(ResponseError) -> JSON {
        if method == InitializeRequest.method {
            guard !initialized else { throw ResponseError(.invalidRequest, "initialize was already received") }
            initialized = true
            return initialize(InitializeRequest.Params(params))
        }
        guard initialized else { throw ResponseError(.serverNotInitialized, "the first request must be `initialize`") }
        guard !shutdownRequested else { throw ResponseError(.invalidRequest, "the server is shutting down") }
        if method == ShutdownRequest.method {
            shutdownRequested = true
            return .null
        }
        return try handle(method, params)
    }

    private func receive(_ method: String, _ params: JSON) {
        guard initialized, !shutdownRequested else { return }
        do throws(ResponseError) {
            switch method {
            case DidOpenNotification.method: try didOpen(DidOpenNotification(params))
            case DidChangeNotification.method: try didChange(params)
            case DidCloseNotification.method: workspace.close(try documentURI(params))
            case DidSaveNotification.method: workspace.touch(try documentURI(params))
            case DidChangeWatchedFilesNotification.method:
                for change in params["changes"]?.arrayValue ?? [] {
                    if let uri = change["uri"]?.stringValue { workspace.touch(uri) }
                }
            default: break  // `initialized`, `$/setTrace` and unknown notifications need nothing.
            }
        } catch {
            // A notification has no answer; tell the user through the client's log.
            connection.notify("window/logMessage", ["type": 1, "message": .string("stormc lsp: \(method): \(error.message)")])
        }
    }

    /// Answers a request after `initialize`.
    private func handle(_ method: String, _ params: JSON) throws(ResponseError) -> JSON {
        switch method {
        case HoverRequest.method: return try hover(TextDocumentPositionParams(params))
        case DefinitionRequest.method: return try definition(TextDocumentPositionParams(params))
        case ReferencesRequest.method: return try references(ReferencesRequest.Params(params))
        case PrepareRenameRequest.method: return try prepareRename(TextDocumentPositionParams(params))
        case RenameRequest.method: return try rename(RenameRequest.Params(params))
        case CompletionRequest.method: return try completion(TextDocumentPositionParams(params))
        case DocumentSymbolRequest.method: return try documentSymbols(documentURI(params))
        case WorkspaceSymbolRequest.method: return workspaceSymbols(WorkspaceSymbolRequest.Params(params))
        case FormattingRequest.method: return try formatting(documentURI(params))
        case FoldingRangeRequest.method: return try foldingRanges(documentURI(params))
        case SemanticTokensRequest.method: return try semanticTokens(documentURI(params))
        case CodeLensRequest.method: return try codeLenses(documentURI(params))
        case CodeActionRequest.method: return try codeActions(CodeActionRequest.Params(params))
        default: throw ResponseError(.methodNotFound, "unsupported method `\(method)`")
        }
    }

    /// The analysis of the model holding an open (or at least known) document, and the document's file.
    func analysis(_ uri: String) throws(ResponseError) -> (Analysis, FileID) {
        let analysis = workspace.analysis(for: uri)
        guard let file = analysis.file(uri) else { throw ResponseError(.requestFailed, "\(uri) is not a file of a Storm model") }
        return (analysis, file)
    }
}
