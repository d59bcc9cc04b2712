import Foundation
import StormSource

/// Reads `.storm` files as they were at a git revision, for `stormc diff git:REV PATH`.
///
/// The files are those under PATH (a folder, or one file) in REV, listed with `git ls-tree` and read with
/// `git show`, both run in PATH's folder so that PATH may lie in any repository. Each file keeps the path
/// it has today (`Models/Telematics/trips.storm`), so findings point where the reader expects them.
public enum GitRevision {
    /// The `.storm` files under `path` at `revision`, sorted by path; none when the path did not exist then.
    public static func sources(at revision: String, path: String) throws(LoadError) -> [SourceFile] {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let folder = exists && isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
        let workingDirectory = folder.isEmpty ? "." : folder
        let scope = exists && isDirectory.boolValue ? "." : (path as NSString).lastPathComponent
        let listing = try git(["ls-tree", "-r", "--name-only", revision, "--", scope], in: workingDirectory)
        let names = String(decoding: listing, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { $0.hasSuffix(".storm") }.sorted()
        return try names.map { name throws(LoadError) in
            let bytes = try git(["show", "\(revision):./\(name)"], in: workingDirectory)
            let shown = exists && isDirectory.boolValue ? (path.hasSuffix("/") ? path + name : path + "/" + name) : path
            return SourceFile(path: shown, bytes: [UInt8](bytes))
        }
    }

    /// Runs git with `arguments` in `directory`; its standard output, or its error message as a ``LoadError``.
    static func git(_ arguments: [String], in directory: String) throws(LoadError) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw LoadError("cannot run git: \(error.localizedDescription)")
        }
        // Read before waiting, so a large file cannot fill the pipe and block git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw LoadError("git \(arguments.prefix(2).joined(separator: " ")) failed: \(text.isEmpty ? "exit status \(process.terminationStatus)" : text)")
        }
        return data
    }
}
