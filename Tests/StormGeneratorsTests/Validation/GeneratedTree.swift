import Foundation
#if canImport(Glibc)
import Glibc
#endif
import StormGenerators

/// Writing generated files to a folder, as `stormc generate` would.
enum GeneratedTree {
    static func write(_ files: [GeneratedFile], to folder: URL) throws {
        var created = Set<String>()
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            let parent = url.deletingLastPathComponent()
            if created.insert(parent.path).inserted {
                try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            }
            try writeQuickly(file.contents, to: url)
        }
    }

    /// Writes with the C library: `Data.write(to:)` takes about 6 ms a file on Linux (it syncs), which
    /// for the few thousand sample files of the validation test is most of the test's time.
    private static func writeQuickly(_ text: String, to url: URL) throws {
        guard let handle = fopen(url.path, "wb") else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { fclose(handle) }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard written == text.utf8.count else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
    }

    /// A new empty temporary folder.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storm-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
