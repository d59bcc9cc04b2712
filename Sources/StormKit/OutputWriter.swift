import Foundation
import StormGenerators

/// Writes generated files into a folder: only the files whose contents change, each replaced atomically, and only
/// once every file has been generated, so a failed run leaves nothing half written. A starter is the
/// team's once it exists: it is created when absent and never replaced, whatever it holds. Files made a
/// batch at a time go through ``StagedOutput``, which this writes through.
public enum OutputWriter {
    /// What a write did.
    public struct Summary: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        /// Starters that were already there, or written before and since deleted: the team's, left as they are.
        public var kept: [String] = []
    }

    /// Writes `files` under `directory`, creating folders as needed; the summary lists them in the order
    /// given, and the first failure in that order is thrown with nothing changed.
    public static func write(_ files: [GeneratedFile], to directory: String) throws(LoadError) -> Summary {
        let output = StagedOutput(to: directory)
        output.stage(files)
        return try output.commit()
    }

    /// `path`'s components joined by `/` (empty ones dropped), or nil when `path` is absolute, has no
    /// component, or has a `.` or `..` one. Read as bytes, in one pass: a generator writes thousands of
    /// paths, and nearly every one is already joined, so it is returned as it is.
    static func relativePath(_ path: String) -> String? {
        var bytes = path
        // Whether the path is fine and already joined, or unfit (nil).
        let joined = bytes.withUTF8 { utf8 -> Bool? in
            guard utf8.first != UInt8(ascii: "/") else { return nil }
            var joined = true
            var start = 0
            for index in 0...utf8.count where index == utf8.count || utf8[index] == UInt8(ascii: "/") {
                switch index - start {
                case 0: joined = false
                case 1 where utf8[start] == UInt8(ascii: "."): return nil
                case 2 where utf8[start] == UInt8(ascii: ".") && utf8[start + 1] == UInt8(ascii: "."): return nil
                default: break
                }
                start = index + 1
            }
            return joined
        }
        guard let joined else { return nil }
        if joined { return path }
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        return components.isEmpty ? nil : components.joined(separator: "/")
    }

    /// What is at a path to be written.
    enum Existing {
        /// A file holding exactly the bytes to write.
        case same
        /// Something else, or something that cannot be read.
        case different
        /// Nothing.
        case absent
    }

    /// Whether the file at `path` exists and holds exactly `bytes`: its size is compared first, and only a
    /// file of the same size is read, a piece at a time into one small buffer.
    static func existing(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Existing {
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

    /// Renames the temporary file `temporary` over `path`, so readers never see half a file; the temporary
    /// file is removed when that fails.
    static func rename(_ temporary: String, over path: String) throws(LoadError) {
        guard Foundation.rename(temporary, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary)
            throw LoadError("cannot write \(path): \(message)")
        }
    }

    /// Creates the file at `path`, where there was none, in place, and returns true; false, with nothing
    /// written, when a file was made there meanwhile. No reader can have been using a file that did not
    /// exist, and renaming a temporary file costs the kernel as much again. A failed write removes what it
    /// began. (A run killed in the middle can leave a new file short; the next run finds it different and
    /// replaces it.)
    static func createNew(_ path: String, with bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            throw LoadError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        if let reason = write(bytes, to: descriptor) {
            unlink(path)
            throw LoadError("cannot write \(path): \(reason)")
        }
        return true
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

    /// Puts the temporary file `temporary` at `path` unless a file is there, and returns whether it did;
    /// the temporary file is removed either way. Linking fails rather than replace a file the team made
    /// meanwhile; where the file system has no hard links, the file is renamed into place after a last look.
    static func link(_ temporary: String, to path: String) throws(LoadError) -> Bool {
        defer { unlink(temporary) }
        if Foundation.link(temporary, path) == 0 { return true }
        if errno == EEXIST || access(path, F_OK) == 0 { return false }
        guard Foundation.rename(temporary, path) == 0 else { throw LoadError("cannot write \(path): \(String(cString: strerror(errno)))") }
        return true
    }

    /// Writes `bytes` to a new temporary file in `path`'s folder (so it can be renamed over `path`) and
    /// returns its path; nothing is left behind when writing fails.
    static func writeTemporary(beside path: String, _ bytes: UnsafeBufferPointer<UInt8>) throws(LoadError) -> String {
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
