import Foundation
import StormGenerators

/// Writes generated files into a folder: only the files whose contents change, each atomically, and only
/// after every file has been generated, so a failed run leaves nothing half written.
public enum OutputWriter {
    /// What a write did.
    public struct Summary: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
    }

    /// Writes `files` under `directory`, creating folders as needed.
    ///
    /// Files are compared and written on all cores (a model's Swift files run to tens of megabytes); the
    /// summary lists them in the order given, and the first failure in that order is thrown.
    public static func write(_ files: [GeneratedFile], to directory: String) throws(LoadError) -> Summary {
        let root = directory.isEmpty ? "./" : directory.hasSuffix("/") ? directory : directory + "/"
        var paths: [String] = []
        paths.reserveCapacity(files.count)
        var folders: [String] = []
        var seenFolders: Set<String> = []
        for file in files {
            let components = file.path.split(separator: "/")
            guard !file.path.hasPrefix("/"), !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else {
                throw LoadError("refusing to write outside the output folder: \(file.path)")
            }
            let path = root + components.joined(separator: "/")
            let folder = String(path[..<path.lastIndex(of: "/")!])
            if seenFolders.insert(folder).inserted { folders.append(folder) }
            paths.append(path)
        }
        for folder in folders {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw LoadError("cannot create \(folder): \(error.localizedDescription)")
            }
        }
        let outcomes = Outcomes(count: files.count)
        let targets = paths
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let outcome = Result { () throws(LoadError) -> Bool in try update(targets[index], with: files[index]) }
            outcomes.set(outcome, at: index)
        }
        var summary = Summary()
        for (path, outcome) in zip(paths, outcomes.values) {
            if try outcome!.get() { summary.written.append(path) } else { summary.unchanged.append(path) }
        }
        return summary
    }

    /// Writes `file` at `path` unless it already holds the same bytes (or is a starter that exists);
    /// returns whether it wrote.
    private static func update(_ path: String, with file: GeneratedFile) throws(LoadError) -> Bool {
        var contents = file.contents
        return try contents.withUTF8 { bytes in
            Result { () throws(LoadError) -> Bool in
                if file.isStarter ? access(path, F_OK) == 0 : holds(path, bytes) { return false }
                try replace(path, with: bytes)
                return true
            }
        }.get()
    }

    /// Whether the file at `path` exists and holds exactly `bytes`: its size is compared first, and only a
    /// file of the same size is read, a piece at a time into one small buffer.
    private static func holds(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        return withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 16) { buffer in
            var offset = 0
            while offset < bytes.count {
                let count = read(descriptor, buffer.baseAddress!, min(buffer.count, bytes.count - offset))
                if count < 0, errno == EINTR { continue }
                guard count > 0, memcmp(buffer.baseAddress!, bytes.baseAddress! + offset, count) == 0 else { return false }
                offset += count
            }
            return true
        }
    }

    /// Writes a sibling temporary file and renames it over `path`, so readers never see half a file.
    /// (Plain `write` and `rename`: `Data.write(options: .atomic)` costs milliseconds per file on Linux.)
    private static func replace(_ path: String, with bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) {
        let temporary = path + ".stormc-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { throw LoadError("cannot write \(path): \(String(cString: strerror(errno)))") }
        var offset = 0
        while offset < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            offset += count
        }
        let reason = offset == bytes.count ? nil : String(cString: strerror(errno))
        let closed = close(descriptor)
        guard reason == nil, closed == 0, rename(temporary, path) == 0 else {
            let message = reason ?? String(cString: strerror(errno))
            unlink(temporary)
            throw LoadError("cannot write \(path): \(message)")
        }
    }
}

/// Results filled in by concurrent workers, each at its own index, under a lock.
private final class Outcomes: @unchecked Sendable {
    private(set) var values: [Result<Bool, LoadError>?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ outcome: Result<Bool, LoadError>, at index: Int) {
        lock.lock()
        values[index] = outcome
        lock.unlock()
    }
}
