import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a route answers: a whole response, or the start of a Server-Sent Events stream.
public enum HTTPReply: Sendable {
    case response(HTTPResponse)
    /// The connection joins the event stream and stays open.
    case eventStream
}

/// Why the server could not start.
public struct ServerError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// A small HTTP/1.1 server on the platform's sockets: GET and HEAD only, one request per connection,
/// a thread per connection, at most ``maximumConnections`` at once. A malformed or oversized request
/// gets a 4xx and the connection is closed; a client that vanishes costs nothing but its thread.
public final class HTTPServer: @unchecked Sendable {
    /// The connections served at once; more are turned away with 503.
    static let maximumConnections = 256
    /// The port the server listens on (the one the system chose when asked for port 0).
    public let port: Int
    /// The event stream connections join.
    public let events = EventStream()
    private let listener: Int32
    private let route: @Sendable (HTTPRequest) -> HTTPReply
    private let lock = Lock()
    private var active = 0

    /// Binds `host:port` (an IPv4 address; port 0 for any free port) and listens; call ``start()`` to serve.
    public init(host: String, port: Int, route: @escaping @Sendable (HTTPRequest) -> HTTPReply) throws(ServerError) {
        signal(SIGPIPE, SIG_IGN)
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw ServerError(description: "cannot open a socket: \(String(cString: strerror(errno)))") }
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(clamping: port)).bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            _ = closeDescriptor(descriptor)
            throw ServerError(description: "`\(host)` is not an IPv4 address (try 127.0.0.1 or 0.0.0.0)")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = closeDescriptor(descriptor)
            throw ServerError(description: "cannot listen on \(host):\(port): \(reason)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(descriptor, $0, &length) }
        }
        self.port = Int(UInt16(bigEndian: address.sin_port))
        self.listener = descriptor
        self.route = route
    }

    /// Accepts connections on a thread of its own, for as long as the process lives.
    public func start() {
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "storm-http-accept"
        thread.start()
        events.startHeartbeat()
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE {
                    if errno != EINTR { usleep(10_000) }
                    continue
                }
                return
            }
            let socket = Socket(descriptor: client)
            let admitted = lock.withLock { () -> Bool in
                guard active < Self.maximumConnections else { return false }
                active += 1
                return true
            }
            guard admitted else {
                socket.write(HTTPResponse.error(503).serialized(includingBody: true))
                socket.close()
                continue
            }
            let thread = Thread { [self] in
                serve(socket)
                lock.withLock { active -= 1 }
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
    }

    /// Reads one request head, answers it, and closes (or hands the socket to the event stream).
    private func serve(_ socket: Socket) {
        socket.setTimeouts(seconds: 10)
        var head: [UInt8] = []
        var complete = false
        while head.count <= HTTPRequest.maximumHeadSize {
            let chunk = socket.read(upTo: 4096)
            if chunk.isEmpty { break }
            head += chunk
            if let end = Self.endOfHead(head) {
                head = Array(head[..<end])
                complete = true
                break
            }
        }
        guard complete else {
            if head.count > HTTPRequest.maximumHeadSize {
                socket.write(HTTPResponse.error(431).serialized(includingBody: true))
            } else if !head.isEmpty {
                socket.write(HTTPResponse.error(400).serialized(includingBody: true))
            }
            socket.close()
            return
        }
        guard let request = HTTPRequest.parse(head) else {
            socket.write(HTTPResponse.error(400).serialized(includingBody: true))
            socket.close()
            return
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            socket.write(HTTPResponse.error(405).serialized(includingBody: true))
            socket.close()
            return
        }
        switch route(request) {
        case .response(let response):
            socket.write(response.serialized(includingBody: request.method == "GET"))
            socket.close()
        case .eventStream:
            events.join(socket)
        }
    }

    /// The offset of the blank line ending a request head.
    static func endOfHead(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }
}

private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(descriptor)
    #else
    Darwin.close(descriptor)
    #endif
}
