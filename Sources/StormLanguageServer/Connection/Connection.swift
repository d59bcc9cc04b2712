#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import StormSupport

/// The JSON-RPC connection over a pair of file descriptors, framed as LSP base protocol messages
/// (`Content-Length: N\r\n\r\n` then N bytes of JSON).
///
/// A reader thread takes frames off the input as soon as they arrive and queues them, so the server sees
/// a `$/cancelRequest` while the request it cancels is still waiting, and can tell when more edits are on
/// their way. Only the server's own thread writes.
final class Connection: @unchecked Sendable {
    /// The largest message body accepted; a larger `Content-Length` closes the connection.
    static let maximumBodySize = 256 * 1024 * 1024

    private let input: Int32
    private let output: Int32
    private let condition = NSCondition()
    private var queue: [Message] = []
    private var queueStart = 0
    private var ended = false
    private var cancelled: Set<JSON> = []

    /// A connection reading `input` and writing `output`.
    init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// Starts the reader thread.
    func start() {
        let thread = Thread { [self] in readLoop() }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// The next message, waiting for one; nil once the input has ended and every message was taken.
    func next() -> Message? {
        condition.lock()
        defer { condition.unlock() }
        while queueStart == queue.count && !ended { condition.wait() }
        guard queueStart < queue.count else { return nil }
        let message = queue[queueStart]
        queueStart += 1
        if queueStart == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueStart = 0
        }
        return message
    }

    /// Whether a message is waiting to be taken.
    var hasPending: Bool {
        condition.lock()
        defer { condition.unlock() }
        return queueStart < queue.count
    }

    /// Whether the client cancelled the request `id`; forgets it, as each id is answered once.
    func takeCancellation(of id: JSON) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled.remove(id) != nil
    }

    /// Sends a message.
    func send(_ message: JSON) {
        var object: JSONObject = ["jsonrpc": "2.0"]
        if case .object(let members) = message { object.merge(members) }
        let body = Array(JSON.object(object).renderedCompact().utf8)
        let frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        frame.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(output, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// Answers a request with a result.
    func reply(to id: JSON, result: JSON) { send(["id": id, "result": result]) }

    /// Answers a request with an error.
    func reply(to id: JSON, error: ResponseError) { send(["id": id, "error": error.json]) }

    /// Sends a notification.
    func notify(_ method: String, _ params: JSON) { send(["method": .string(method), "params": params]) }

    /// Queues the messages of one read together, so a cancellation sent with its request is seen first.
    private func enqueue(_ messages: [Message]) {
        condition.lock()
        for message in messages {
            if case .notification("$/cancelRequest", let params) = message, let id = params["id"] {
                cancelled.insert(id)
            } else {
                queue.append(message)
            }
        }
        condition.signal()
        condition.unlock()
    }

    private func finish() {
        condition.lock()
        ended = true
        condition.signal()
        condition.unlock()
    }

    /// Reads frames until the input ends or breaks the framing beyond repair.
    private func readLoop() {
        var reader = FrameReader()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            reader.append(chunk[0..<count])
            var messages: [Message] = []
            do throws(FrameReader.Failure) {
                while let body = try reader.nextBody() { messages.append(Message(body: body)) }
                enqueue(messages)
            } catch {
                enqueue(messages + [.invalid(id: .null, error: ResponseError(.parseError, error.message))])
                break
            }
        }
        finish()
    }
}

/// Splits a byte stream into message bodies by their `Content-Length` headers.
struct FrameReader {
    /// A header the stream cannot recover from.
    struct Failure: Error {
        var message: String
    }

    private var buffer: [UInt8] = []
    private var start = 0

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        if start > 0 && start > buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete body, or nil when more bytes are needed.
    mutating func nextBody() throws(Failure) -> [UInt8]? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let headerEnd = find(separator, from: start) else {
            if buffer.count - start > 64 * 1024 { throw Failure(message: "a message header longer than 64 KiB") }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        guard let length, length >= 0, length <= Connection.maximumBodySize else {
            throw Failure(message: "a message header without a valid Content-Length: \(header.prefix(200))")
        }
        let bodyStart = headerEnd + separator.count
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        start = bodyStart + length
        return body
    }

    private func find(_ pattern: [UInt8], from offset: Int) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        var index = offset
        while index + pattern.count <= buffer.count {
            if buffer[index] == pattern[0], buffer[index + 1] == pattern[1], buffer[index + 2] == pattern[2], buffer[index + 3] == pattern[3] {
                return index
            }
            index += 1
        }
        return nil
    }
}
