import Foundation
import StormGenerators
import StormKit
import Testing

/// The output writer reads a generated file's path as bytes: empty components are dropped, and a path
/// that is absolute or holds `.` or `..` is refused before anything is written.
struct OutputWriterPathTests {
    @Test func pathsAreJoinedWithoutEmptyComponentsAndEscapesAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storm-paths-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let summary = try OutputWriter.write([GeneratedFile(path: "a//b/c.json", contents: "{}\n"), GeneratedFile(path: "d.v1.json/", contents: "x"),
                                              GeneratedFile(path: "..a/.b/c..", contents: "y")], to: folder)
        #expect(summary.written == [folder + "/a/b/c.json", folder + "/d.v1.json", folder + "/..a/.b/c.."])
        #expect(FileManager.default.contents(atPath: folder + "/a/b/c.json") == Data("{}\n".utf8))
        for path in ["/etc/x", "a/../b", "./a", "a/.", "..", "", "//"] {
            #expect(throws: LoadError.self, "\(path)") { try OutputWriter.write([GeneratedFile(path: path, contents: "")], to: folder) }
        }
    }
}
