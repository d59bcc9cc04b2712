import Foundation
import Testing

/// A Language Server Protocol client for tests: starts the built `stormc lsp` with pipes, writes framed
/// JSON-RPC messages and collects what the server sends, so a test can wait for an answer or a notification.
final class LanguageServerClient: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let condition = NSCondition()
    private var received: [[String: Any]] = []
    private var ended = false
    private var nextID = 1

    /// Starts `stormc lsp`; nil (after saying why) when stormc is not built.
    init?(arguments: [String] = ["lsp"]) throws {
        guard let stormc = CommandLineTestSupport.executable() else { return nil }
        signal(SIGPIPE, SIG_IGN)  // a server that exits must fail the test, not kill it
        process.executableURL = stormc
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let thread = Thread { [self] in readLoop() }
        thread.start()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Writes raw bytes to the server's standard input.
    func write(raw: String) { input.fileHandleForWriting.write(Data(raw.utf8)) }

    /// The frame of one message.
    static func frame(_ message: [String: Any]) -> String {
        var object = message
        object["jsonrpc"] = "2.0"
        let body = String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        return frame(body: body)
    }

    /// The frame of a body given as text (which need not be JSON).
    static func frame(body: String) -> String { "Content-Length: \(body.utf8.count)\r\n\r\n\(body)" }

    /// Sends a notification.
    func notify(_ method: String, _ params: [String: Any] = [:]) { write(raw: Self.frame(["method": method, "params": params])) }

    /// Sends a request and returns its id without waiting.
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:]) -> Int {
        let id = nextID
        nextID += 1
        write(raw: Self.frame(["id": id, "method": method, "params": params]))
        return id
    }

    /// Sends a request and waits for its answer (the whole response object, with `result` or `error`).
    func request(_ method: String, _ params: [String: Any] = [:], sourceLocation: SourceLocation = #_sourceLocation) -> [String: Any] {
        let id = send(method, params)
        return response(to: id, sourceLocation: sourceLocation)
    }

    /// Waits for the answer to request `id`.
    func response(to id: Int, sourceLocation: SourceLocation = #_sourceLocation) -> [String: Any] {
        waitFor(sourceLocation: sourceLocation) { ($0["id"] as? Int) == id && $0["method"] == nil } ?? [:]
    }

    /// Waits for the first message, not yet taken, that satisfies `matches`; takes it. Nil after 20 s.
    func waitFor(timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation, _ matches: ([String: Any]) -> Bool) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let index = received.firstIndex(where: matches) { return received.remove(at: index) }
            if ended || !condition.wait(until: deadline) {
                Issue.record("no matching message from stormc lsp within \(timeout) s", sourceLocation: sourceLocation)
                return nil
            }
        }
    }

    /// Waits for the next diagnostics published for `uri` that satisfy `matching` (the server publishes
    /// a model's diagnostics first, then again with the review's findings).
    func diagnostics(for uri: String, matching: ([[String: Any]]) -> Bool = { _ in true },
                     sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
        let message = waitFor(sourceLocation: sourceLocation) {
            $0["method"] as? String == "textDocument/publishDiagnostics" && ($0["params"] as? [String: Any])?["uri"] as? String == uri
                && matching(($0["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? [])
        }
        return (message?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
    }

    /// Drops every message received so far.
    func discardReceived() {
        condition.lock()
        received.removeAll()
        condition.unlock()
    }

    /// `initialize` then `initialized`; returns the server's capabilities.
    func initialize(_ capabilities: [String: Any] = [:]) -> [String: Any] {
        let answer = request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities])
        notify("initialized")
        return (answer["result"] as? [String: Any])?["capabilities"] as? [String: Any] ?? [:]
    }

    /// Opens a document with its text.
    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "storm", "version": version, "text": text]])
    }

    /// Replaces a document's whole text.
    func change(_ uri: String, _ text: String, version: Int) {
        notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version], "contentChanges": [["text": text]]])
    }

    /// Closes standard input and waits (up to 10 s) for the server to exit; its status, or nil if it hangs.
    func closeAndWait() -> Int32? {
        try? input.fileHandleForWriting.close()
        return waitForExit()
    }

    /// Waits up to 10 s for the process to end.
    func waitForExit() -> Int32? {
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    private func readLoop() {
        let handle = output.fileHandleForReading
        var buffer = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
                let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
                guard let length = header.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { break }
                guard buffer.count - (headerEnd.upperBound - buffer.startIndex) >= length else { break }
                let body = buffer[headerEnd.upperBound..<headerEnd.upperBound + length]
                buffer = Data(buffer[(headerEnd.upperBound + length)...])
                if let message = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
                    condition.lock()
                    received.append(message)
                    condition.broadcast()
                    condition.unlock()
                }
            }
        }
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }
}
