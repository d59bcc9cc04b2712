import Foundation
import StormCommandLine

/// One run of `stormc` in this process, with what it printed.
struct StormRun {
    var status: Int32
    var output = ""
    var error = ""

    init(_ arguments: [String]) {
        var output = ""
        var error = ""
        status = StormCommandLine.run(arguments, console: Console(out: { output += $0 }, error: { error += $0 }))
        self.output = output
        self.error = error
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("storm-tests-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// `relative` inside the folder.
    func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes each file (relative path to text), creating folders; returns the paths written, sorted.
    func write(_ files: [String: String]) throws -> [String] {
        for (relative, text) in files {
            let url = URL(fileURLWithPath: path(relative))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return files.keys.sorted().map(path)
    }
}
