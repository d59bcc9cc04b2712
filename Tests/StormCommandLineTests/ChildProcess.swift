import Foundation

/// Runs a program and collects what it prints on both streams, read at the same time: reading one to
/// its end before the other would hang as soon as the program fills the pipe of the other (64 KiB).
enum ChildProcess {
    static func run(_ executable: URL, _ arguments: [String], in folder: String, environment: [String: String]? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        if let environment { process.environment = environment }
        let out = Pipe(), error = Pipe()
        process.standardOutput = out
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorText = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorText.data = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                             error: String(decoding: errorText.data, as: UTF8.self))
    }

    /// Bytes one thread reads and another uses after `DispatchGroup.wait()`, which orders the two.
    private final class Collected: @unchecked Sendable {
        var data = Data()
    }
}
