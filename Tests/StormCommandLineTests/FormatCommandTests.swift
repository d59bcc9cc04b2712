import Foundation
import StormCommandLine
import Testing

/// `stormc fmt`: which files it rewrites, what `--check` reports, and that syntax errors stop every write.
@Suite struct FormatCommandTests {
    private final class Output: @unchecked Sendable {
        var out = ""
        var error = ""
    }

    /// Runs `stormc` with `arguments`; returns the exit status and what it printed.
    private func run(_ arguments: [String]) -> (status: Int32, out: String, error: String) {
        let output = Output()
        let console = Console(out: { output.out += $0 }, error: { output.error += $0 })
        let status = StormCommandLine.run(arguments, console: console)
        return (status, output.out, output.error)
    }

    /// A fresh folder (its name has a space) holding `files`.
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storm fmt \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    private func contents(_ url: URL, _ name: String) throws -> String {
        try String(decoding: Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
    }

    private let messy = "team  T{contact \"t@example.com\"}\ncontext C{actor A}\n"
    private let canonical = "team T { contact \"t@example.com\" }\n\ncontext C {\n  actor A\n}\n"

    @Test func checkListsTheFilesToFormatAndWritesNothing() throws {
        let dir = try folder(["messy.storm": messy, "clean.storm": canonical, "notes.txt": messy])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = run(["fmt", "--check", dir.path])
        #expect(result.status == 1)
        #expect(result.out == dir.path + "/messy.storm\n")
        #expect(result.error.contains("1 of 2 files not formatted"))
        #expect(try contents(dir, "messy.storm") == messy)
    }

    @Test func rewritesOnlyTheFilesThatChange() throws {
        let dir = try folder(["messy.storm": messy, "clean.storm": canonical])
        defer { try? FileManager.default.removeItem(at: dir) }
        let clean = dir.appendingPathComponent("clean.storm").path
        let old = Date(timeIntervalSince1970: 946_684_800)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: clean)

        let result = run(["fmt", dir.path])
        #expect(result.status == 0)
        #expect(result.error == "2 files: 1 formatted, 1 unchanged\n")
        #expect(try contents(dir, "messy.storm") == canonical)
        let modified = try FileManager.default.attributesOfItem(atPath: clean)[.modificationDate] as? Date
        #expect(modified == old)
        #expect(run(["fmt", "--check", dir.path]).status == 0)
    }

    @Test func syntaxErrorsStopEveryWrite() throws {
        let dir = try folder(["messy.storm": messy, "broken.storm": "context C {\n  event\n}\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = run(["fmt", dir.path])
        #expect(result.status == 1)
        #expect(result.error.contains(dir.path + "/broken.storm:3:1: error: "))
        #expect(result.error.contains("no file was written"))
        #expect(try contents(dir, "messy.storm") == messy)
    }

    @Test func formatsASingleFileGivenByPath() throws {
        let dir = try folder(["one.storm": messy, "two.storm": messy])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(run(["fmt", dir.appendingPathComponent("one.storm").path]).status == 0)
        #expect(try contents(dir, "one.storm") == canonical)
        #expect(try contents(dir, "two.storm") == messy)
    }

    @Test func usageAndInputErrors() {
        let unknown = run(["fmt", "--chek"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("unknown option --chek (did you mean --check?)"))
        let missing = run(["fmt", "/nonexistent/storm/models"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("no such file or folder: /nonexistent/storm/models"))
        #expect(run(["fmt", "--help"]).out.hasPrefix("USAGE: stormc fmt [--check] [PATH...]"))
    }
}
