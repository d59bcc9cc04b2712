import Foundation

/// `stormc serve`: the live page of a model. Serves the page, its state and pictures, the model's own
/// source files and an event stream; reloads the model when a `.storm` file changes and tells every
/// open page.
public final class WorkshopServer: @unchecked Sendable {
    public let model: LiveModel
    public let http: HTTPServer
    private let log: @Sendable (String) -> Void

    /// Loads the model and binds the socket; ``start()`` serves.
    public init(model: LiveModel, host: String, port: Int, log: @escaping @Sendable (String) -> Void) throws(ServerError) {
        self.model = model
        self.log = log
        model.reload()
        model.review()
        http = try HTTPServer(host: host, port: port) { request in Self.route(request, model: model) }
    }

    /// Serves, and watches the model's files.
    public func start() {
        http.start()
        FileWatcher(paths: model.settings.paths) { [self] in
            let started = Date()
            let (generation, hasErrors) = model.reload()
            http.events.send(event: "model", data: "{\"generation\":\(generation)}")
            let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
            log("reloaded in \(milliseconds) ms: generation \(generation)\(hasErrors ? ", with errors" : "")\n")
            if let reviewed = model.review() { http.events.send(event: "model", data: "{\"generation\":\(reviewed)}") }
        }.start()
    }

    static func route(_ request: HTTPRequest, model: LiveModel) -> HTTPReply {
        switch request.path {
        case "/", "/index.html":
            return .response(HTTPResponse(contentType: "text/html; charset=utf-8", text: PageHTML.text))
        case "/app.js":
            return .response(HTTPResponse(contentType: "text/javascript; charset=utf-8", text: PageScript.text))
        case "/app.css":
            return .response(HTTPResponse(contentType: "text/css; charset=utf-8", text: PageStyle.text))
        case "/state.json":
            return .response(HTTPResponse(contentType: "application/json; charset=utf-8", body: model.state))
        case "/events":
            return .eventStream
        case "/picture.svg":
            return .response(model.picture(request.query))
        default:
            let prefix = "/files/"
            if request.path.hasPrefix(prefix), let bytes = model.file(String(request.path.dropFirst(prefix.count))) {
                return .response(HTTPResponse(contentType: "text/plain; charset=utf-8", body: bytes))
            }
            return .response(.error(404))
        }
    }
}
