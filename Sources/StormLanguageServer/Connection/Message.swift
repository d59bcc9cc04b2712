import StormSupport

/// A JSON-RPC 2.0 message as the server receives it.
enum Message: Sendable {
    /// A call that expects an answer, with its id (a number or a string).
    case request(id: JSON, method: String, params: JSON)
    /// A call without an answer.
    case notification(method: String, params: JSON)
    /// An answer to a request the server sent; the server sends none it waits for, so these are dropped.
    case response(id: JSON)
    /// A message that is not valid JSON-RPC, with the error to answer (id null when unknown).
    case invalid(id: JSON, error: ResponseError)

    /// Interprets one frame's body.
    init(body: [UInt8]) {
        let value: JSON
        do throws(JSONParser.Failure) {
            value = try JSONParser.parse(body)
        } catch {
            self = .invalid(id: .null, error: ResponseError(.parseError, "not JSON: \(error.message)"))
            return
        }
        guard case .object = value else {
            self = .invalid(id: .null, error: ResponseError(.invalidRequest, "a message must be a JSON object"))
            return
        }
        let id = value["id"]
        if let id, !Message.isValidID(id) {
            self = .invalid(id: .null, error: ResponseError(.invalidRequest, "`id` must be a number or a string"))
            return
        }
        guard let method = value["method"] else {
            if let id, value["result"] != nil || value["error"] != nil {
                self = .response(id: id)
            } else {
                self = .invalid(id: id ?? .null, error: ResponseError(.invalidRequest, "a message needs a `method`"))
            }
            return
        }
        guard let name = method.stringValue else {
            self = .invalid(id: id ?? .null, error: ResponseError(.invalidRequest, "`method` must be a string"))
            return
        }
        let params = value["params"] ?? .null
        if let id { self = .request(id: id, method: name, params: params) } else { self = .notification(method: name, params: params) }
    }

    private static func isValidID(_ id: JSON) -> Bool {
        switch id {
        case .integer, .string, .number: true
        default: false
        }
    }
}

/// A JSON-RPC error answer.
struct ResponseError: Error, Sendable {
    /// The error codes of JSON-RPC and LSP that the server uses.
    enum Code: Int, Sendable {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestFailed = -32803
        case requestCancelled = -32800
    }

    var code: Code
    var message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// A request whose parameters lack something or have the wrong type.
    static func invalidParams(_ message: String) -> ResponseError { ResponseError(.invalidParams, message) }

    var json: JSON { ["code": .integer(code.rawValue), "message": .string(message)] }
}
