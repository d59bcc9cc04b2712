import Foundation
import StormGenerators

/// Writes generated files into a folder: only the files whose contents change, each replaced atomically, and only
/// after every file has been generated, so a failed run leaves nothing half written. A starter is the
/// team's once it exists: it is created when absent and never replaced, whatever it holds.
public enum OutputWriter {
    /// What a write did.
    public struct Summary: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        /// Starters that were already there, or written before and since deleted: the team's, left as they are.
        public var kept: [String] = []
    }

    /// What became of one file.
    enum Outcome: Sendable {
        case written, unchanged, kept
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
        // The indexes of the files of each folder, in order, by the folder's place in `folders`.
        var byFolder: [[Int]] = []
        var folderPositions: [String: Int] = [:]
        for (index, file) in files.enumerated() {
            guard let relative = relativePath(file.path) else {
                throw LoadError("refusing to write outside the output folder: \(file.path)")
            }
            let path = root + relative
            let folder = self.folder(of: path)
            if let position = folderPositions[folder] {
                byFolder[position].append(index)
            } else {
                folderPositions[folder] = folders.count
                folders.append(folder)
                byFolder.append([index])
            }
            paths.append(path)
        }
        for folder in folders { try createFolder(folder) }
        let starters = Set(files.lazy.filter(\.isStarter).map(\.path))
        let recorded = starters.isEmpty ? [] : StarterRecord.read(in: root)
        let outcomes = Outcomes(count: files.count)
        let targets = paths
        // A folder's files are written by one worker: creating files in one folder takes the folder's lock,
        // so workers sharing a folder wait on each other in the kernel.
        let folderFiles = byFolder
        DispatchQueue.concurrentPerform(iterations: folderFiles.count) { folder in
            for index in folderFiles[folder] {
                let outcome = Result { () throws(LoadError) -> Outcome in
                    try update(targets[index], with: files[index], writtenBefore: recorded.contains(files[index].path))
                }
                outcomes.set(outcome, at: index)
            }
        }
        var summary = Summary()
        for (path, outcome) in zip(paths, outcomes.values) {
            switch try outcome!.get() {
            case .written: summary.written.append(path)
            case .unchanged: summary.unchanged.append(path)
            case .kept: summary.kept.append(path)
            }
        }
        // Last, once every starter is in place: the list of the starters written, never to be written again.
        if !starters.isEmpty {
            let record = StarterRecord.file(listing: recorded.union(starters))
            let path = root + record.path
            try createFolder(folder(of: path))
            if try update(path, with: record, writtenBefore: false) == .written { summary.written.append(path) } else { summary.unchanged.append(path) }
        }
        return summary
    }

    /// The folder of `path`, which holds a `/`: all before the last one. Read as bytes: a generator
    /// writes thousands of paths.
    private static func folder(of path: String) -> String {
        var path = path
        return path.withUTF8 { utf8 in
            var end = utf8.count - 1
            while end > 0, utf8[end] != UInt8(ascii: "/") { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[..<end]), as: UTF8.self)
        }
    }

    /// `path`'s components joined by `/` (empty ones dropped), or nil when `path` is absolute, has no
    /// component, or has a `.` or `..` one. Read as bytes: a generator writes thousands of paths.
    static func relativePath(_ path: String) -> String? {
        var bytes = path
        let components = bytes.withUTF8 { utf8 -> [Range<Int>]? in
            guard utf8.first != UInt8(ascii: "/") else { return nil }
            var components: [Range<Int>] = []
            var start = 0
            for index in 0...utf8.count where index == utf8.count || utf8[index] == UInt8(ascii: "/") {
                let length = index - start
                if length > 0 {
                    if utf8[start] == UInt8(ascii: "."), length == 1 || (length == 2 && utf8[start + 1] == UInt8(ascii: ".")) { return nil }
                    components.append(start..<index)
                }
                start = index + 1
            }
            return components
        }
        guard let components, !components.isEmpty else { return nil }
        // Without a leading `/`, the path is already joined when its slashes are exactly the separators.
        let utf8 = path.utf8
        if components.reduce(components.count - 1, { $0 + $1.count }) == utf8.count { return path }
        return components.map { String(decoding: utf8.dropFirst($0.lowerBound).prefix($0.count), as: UTF8.self) }.joined(separator: "/")
    }

    private static func createFolder(_ folder: String) throws(LoadError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw LoadError("cannot create \(folder): \(error.localizedDescription)")
        }
    }

    /// Writes `file` at `path` unless it already holds the same bytes, or is a starter that exists or was
    /// written before (and since deleted by the team).
    private static func update(_ path: String, with file: GeneratedFile, writtenBefore: Bool) throws(LoadError) -> Outcome {
        var contents = file.contents
        return try contents.withUTF8 { bytes in
            Result { () throws(LoadError) -> Outcome in
                if file.isStarter {
                    if writtenBefore || access(path, F_OK) == 0 { return .kept }
                    return try create(path, with: bytes) ? .written : .kept
                }
                switch existing(path, bytes) {
                case .same: return .unchanged
                case .different: try replace(path, with: bytes)
                case .absent: try createNew(path, with: bytes)
                }
                return .written
            }
        }.get()
    }

    /// What is at a path to be written.
    private enum Existing {
        /// A file holding exactly the bytes to write.
        case same
        /// Something else, or something that cannot be read.
        case different
        /// Nothing.
        case absent
    }

    /// Whether the file at `path` exists and holds exactly `bytes`: its size is compared first, and only a
    /// file of the same size is read, a piece at a time into one small buffer.
    private static func existing(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Existing {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return errno == ENOENT ? .absent : .different }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return .different }
        return withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 16) { buffer in
            var offset = 0
            while offset < bytes.count {
                let count = read(descriptor, buffer.baseAddress!, min(buffer.count, bytes.count - offset))
                if count < 0, errno == EINTR { continue }
                guard count > 0, memcmp(buffer.baseAddress!, bytes.baseAddress! + offset, count) == 0 else { return .different }
                offset += count
            }
            return .same
        }
    }

    /// Writes a sibling temporary file and renames it over `path`, so readers never see half a file.
    /// (Plain `write` and `rename`: `Data.write(options: .atomic)` costs milliseconds per file on Linux.)
    private static func replace(_ path: String, with bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) {
        let temporary = try writeTemporary(beside: path, bytes)
        guard rename(temporary, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary)
            throw LoadError("cannot write \(path): \(message)")
        }
    }

    /// Creates the file at `path`, where there was none, in place: no reader can have been using a file
    /// that did not exist, and renaming a temporary file costs the kernel as much again. A failed write
    /// removes what it began; a file made meanwhile by another program is replaced whole, as ``replace``
    /// does. (A run killed in the middle can leave a new file short; the next run finds it different and
    /// replaces it.)
    private static func createNew(_ path: String, with bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else {
            if errno == EEXIST { return try replace(path, with: bytes) }
            throw LoadError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        if let reason = write(bytes, to: descriptor) {
            unlink(path)
            throw LoadError("cannot write \(path): \(reason)")
        }
    }

    /// Writes `bytes` to `descriptor` and closes it; the reason when either failed.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            offset += count
        }
        let reason = offset == bytes.count ? nil : String(cString: strerror(errno))
        let closed = close(descriptor)
        return reason ?? (closed == 0 ? nil : String(cString: strerror(errno)))
    }

    /// Creates the starter at `path` whole, unless a file is there; returns whether it did. The file is
    /// linked into place, which fails rather than replace a file the team made meanwhile; where the file
    /// system has no hard links, it is renamed into place after a last look.
    private static func create(_ path: String, with bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) -> Bool {
        let temporary = try writeTemporary(beside: path, bytes)
        defer { unlink(temporary) }
        if link(temporary, path) == 0 { return true }
        if errno == EEXIST || access(path, F_OK) == 0 { return false }
        guard rename(temporary, path) == 0 else { throw LoadError("cannot write \(path): \(String(cString: strerror(errno)))") }
        return true
    }

    /// Writes `bytes` to a new temporary file in `path`'s folder (so it can be renamed over `path`) and
    /// returns its path; nothing is left behind when writing fails.
    private static func writeTemporary(beside path: String, _ bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) -> String {
        let temporary = path + ".stormc-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { throw LoadError("cannot write \(path): \(String(cString: strerror(errno)))") }
        if let reason = write(bytes, to: descriptor) {
            unlink(temporary)
            throw LoadError("cannot write \(path): \(reason)")
        }
        return temporary
    }
}

/// Results filled in by concurrent workers, each at its own index, under a lock.
private final class Outcomes: @unchecked Sendable {
    private(set) var values: [Result<OutputWriter.Outcome, LoadError>?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ outcome: Result<OutputWriter.Outcome, LoadError>, at index: Int) {
        lock.lock()
        values[index] = outcome
        lock.unlock()
    }
}
