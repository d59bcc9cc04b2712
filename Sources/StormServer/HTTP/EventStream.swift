import Foundation

/// Server-Sent Events to every open page: each message goes to each client; a client whose socket
/// fails (gone, or not reading for seconds) is dropped. A comment line every 15 seconds finds clients
/// that left without a word.
public final class EventStream: @unchecked Sendable {
    private let lock = Lock()
    private var clients: [Socket] = []
    /// The last message sent, sent again to each client that joins, so a page opened late is current.
    private var last: String?

    /// The number of connected clients.
    public var count: Int { lock.withLock { clients.count } }

    /// Sends the stream's header (and the last message) and keeps the socket.
    func join(_ socket: Socket) {
        socket.setTimeouts(seconds: 2)
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\nretry: 500\n\n"
        lock.withLock {
            guard socket.write(Array(head.utf8)), last.map({ socket.write(Array($0.utf8)) }) ?? true else {
                socket.close()
                return
            }
            clients.append(socket)
        }
    }

    /// Sends `data` (one line of JSON) as an event named `event` to every client.
    public func send(event: String, data: String) {
        let message = "event: \(event)\ndata: \(data)\n\n"
        lock.withLock {
            last = message
            broadcast(message)
        }
    }

    /// Writes to each client, dropping those that fail. Called with the lock held.
    private func broadcast(_ message: String) {
        let bytes = Array(message.utf8)
        clients.removeAll { client in
            if client.write(bytes) { return false }
            client.close()
            return true
        }
    }

    func startHeartbeat() {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 15)
                lock.withLock { broadcast(": ping\n\n") }
            }
        }
        thread.name = "storm-sse-heartbeat"
        thread.start()
    }
}
