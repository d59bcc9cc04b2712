@testable import StormServer
import Testing

struct HTTPRequestTests {
    @Test func parsesARequestLineHeadersAndQuery() throws {
        let head = Array("GET /picture.svg?view=flow&context=Trips%20Two&focus=a+b HTTP/1.1\r\nHost: x\r\nAccept:  */*".utf8)
        let request = try #require(HTTPRequest.parse(head))
        #expect(request.method == "GET")
        #expect(request.path == "/picture.svg")
        #expect(request.query == ["view": "flow", "context": "Trips Two", "focus": "a b"])
        #expect(request.headers["accept"] == "*/*")
    }

    @Test func refusesWhatIsNotHTTP() {
        for text in ["", "GET", "GET / HTTP/2", "GET nothing HTTP/1.1", "get / HTTP/1.1", "GET /%zz HTTP/1.1", "GET / HTTP/1.1\r\nNoColon",
                     "GET /%ff HTTP/1.1"] {
            #expect(HTTPRequest.parse(Array(text.utf8)) == nil, "\(text)")
        }
    }

    @Test func findsTheEndOfTheHead() {
        #expect(HTTPServer.endOfHead(Array("GET / HTTP/1.1\r\n\r\nrest".utf8)) == 14)
        #expect(HTTPServer.endOfHead(Array("GET / HTTP/1.1\r\n".utf8)) == nil)
    }
}
