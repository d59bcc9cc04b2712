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
                try data.write(to: url, options: .atomic)
            } catch {
                throw LoadError("cannot write \(url.path): \(error.localizedDescription)")
            }
            summary.written.append(url.path)
        }
        return summary
    }
}
