/// A complete HTTP response; the connection is closed after it.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]

    public init(status: Int = 200, contentType: String, body: [UInt8]) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    public init(status: Int = 200, contentType: String = "text/plain; charset=utf-8", text: String) {
        self.init(status: status, contentType: contentType, body: Array(text.utf8))
    }

    /// A plain-text error page.
    static func error(_ status: Int) -> HTTPResponse {
        HTTPResponse(status: status, text: "\(status) \(reason(status))\n")
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        case 503: "Service Unavailable"
        default: "Error"
        }
    }

    /// The header block every response starts with: no caching, no sniffing, no scripts but the page's own.
    static func head(status: Int, contentType: String, length: Int?) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason(status))\r\nContent-Type: \(contentType)\r\n"
        if let length { text += "Content-Length: \(length)\r\n" }
        text += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
        text += "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'\r\n"
        text += "Connection: close\r\n\r\n"
        return Array(text.utf8)
    }

    /// The bytes sent for the response (the body left out for HEAD).
    func serialized(includingBody: Bool) -> [UInt8] {
        HTTPResponse.head(status: status, contentType: contentType, length: body.count) + (includingBody ? body : [])
    }
}
