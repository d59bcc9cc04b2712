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
    public static func write(_ files: [GeneratedFile], to directory: String) throws(LoadError) -> Summary {
        var summary = Summary()
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        for file in files {
            let components = file.path.split(separator: "/")
            guard !file.path.hasPrefix("/"), !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else {
                throw LoadError("refusing to write outside the output folder: \(file.path)")
            }
            let url = root.appendingPathComponent(file.path)
            let data = Data(file.contents.utf8)
            if let existing = FileManager.default.contents(atPath: url.path), existing == data || file.isStarter {
                summary.unchanged.append(url.path)
                continue
            }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw LoadError("cannot create \(url.deletingLastPathComponent().path): \(error.localizedDescription)")
            }
            try replace(url.path, with: data)
            summary.written.append(url.path)
        }
        return summary
    }

    /// Writes a sibling temporary file and renames it over `path`, so readers never see half a file.
    /// (Plain `fwrite` and `rename`: `Data.write(options: .atomic)` costs milliseconds per file on Linux.)
    private static func replace(_ path: String, with data: Data) throws(LoadError) {
        let temporary = path + ".stormc-\(getpid())"
        guard let handle = fopen(temporary, "wb") else { throw LoadError("cannot write \(path): \(String(cString: strerror(errno)))") }
        let written = data.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        let closed = fclose(handle)
        guard written == data.count, closed == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw LoadError("cannot write \(path): \(reason)")
        }
    }
}
