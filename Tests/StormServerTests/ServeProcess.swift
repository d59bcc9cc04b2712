import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `stormc serve` process on a free loopback port, stopped when the value goes away.
final class ServeProcess {
    let process = Process()
    let port: Int
    private let output = Pipe()
    let errors = Pipe()

    /// Starts `stormc serve ARGUMENTS --port 0` and waits for the line with its address; nil (after
    /// saying why) when stormc is not built.
    init?(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let executable = ServeProcess.executable() else { return nil }
        process.executableURL = executable
        process.arguments = ["serve"] + arguments + ["--port", "0"]
        process.environment = environment
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("\n"), Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let range = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression) else {
            kill(process.processIdentifier, SIGKILL)
            throw ServeFailure(message: "stormc serve printed no address: \(text)")
        }
        port = Int(text[range].dropFirst("127.0.0.1:".count).dropLast())!
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// The `stormc` built beside the tests.
    static func executable() -> URL? { ChildProcess.stormc() }

    /// Says why a test did not run, or fails under `STORM_REQUIRE_TOOLS=1`.
    static func skip(_ message: String) { ChildProcess.skip(message) }
}

struct ServeFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A raw TCP client on loopback: sends bytes as given (well-formed or not) and reads the reply.
final class LoopbackClient {
    let descriptor: Int32

    init(port: Int) throws {
        #if canImport(Glibc)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ServeFailure(message: "cannot connect to port \(port)") }
        var time = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc_send(descriptor, $0.baseAddress, bytes.count) }
    }

    /// Reads until the peer closes (or the timeout).
    func readAll() -> String {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            result += buffer[..<count]
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Reads until `text` has arrived (or the timeout); everything read.
    func read(until text: String, timeout: TimeInterval = 10) -> String {
        var result = ""
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeout)
        while !result.contains(text), Date() < deadline {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            result += String(decoding: buffer[..<count], as: UTF8.self)
        }
        return result
    }

    /// One GET: the status and the body.
    static func get(_ port: Int, _ target: String) throws -> (status: Int, body: String) {
        let client = try LoopbackClient(port: port)
        client.send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let reply = client.readAll()
        let status = Int(reply.split(separator: " ").dropFirst().first ?? "") ?? 0
        let body = reply.range(of: "\r\n\r\n").map { String(reply[$0.upperBound...]) } ?? ""
        return (status, body)
    }
}

private func Glibc_send(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    send(descriptor, pointer, count, Int32(MSG_NOSIGNAL))
    #else
    send(descriptor, pointer, count, 0)
    #endif
}
