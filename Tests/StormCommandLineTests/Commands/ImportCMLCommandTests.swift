import Foundation
import Testing

/// `stormc import cml`, run as a process on the CML corpus of `Tests/Fixtures/CML`: each file imports
/// with the warnings of its golden, writes the Storm files of its goldens, and those check clean and are
/// formatted. `STORM_UPDATE_GOLDENS=1` rewrites the goldens for review.
@Suite struct ImportCMLCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/CML")
    static let golden = fixtures.appendingPathComponent("Golden")
    static let update = ProcessInfo.processInfo.environment["STORM_UPDATE_GOLDENS"] == "1"
    static let environment = ["NO_COLOR": "1"]

    static func temporaryFolder() -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("storm-cml-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Compares `actual` with the golden file `name`, or writes it when updating.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = golden.appendingPathComponent(name)
        if update { try? Data(actual.utf8).write(to: url); return }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden \(name)>"
        #expect(actual == expected, "\(name) differs from its golden (STORM_UPDATE_GOLDENS=1 rewrites it)", sourceLocation: sourceLocation)
    }

    @Test(arguments: ["Insurance", "KeywordRelationships", "Tactic", "Application", "Unsupported", "CycleA", "Names", "Words"])
    func importsChecksAndMatchesGoldens(_ name: String) throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandLineTestSupport.process(stormc, ["import", "cml", "\(name).cml", "--out", out.path], in: Self.fixtures.path,
                                                        environment: Self.environment)
        #expect(result.status == 0, "\(result.error)")
        Self.expectGolden(result.error, "\(name).diagnostics.txt")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written.contains("\(name).storm"))
        for file in written {
            Self.expectGolden(try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8), file)
        }
        let check = try CommandLineTestSupport.process(stormc, ["check", out.path], in: Self.fixtures.path, environment: Self.environment)
        #expect(check.status == 0, "\(check.error)")
        #expect(check.error.contains(": 0 errors"), "\(check.error)")
        let format = try CommandLineTestSupport.process(stormc, ["fmt", "--check", out.path], in: Self.fixtures.path, environment: Self.environment)
        #expect(format.status == 0, "not formatted as `stormc fmt` would: \(format.out)")
    }

    @Test func importsFollowImportedFiles() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandLineTestSupport.process(stormc, ["import", "cml", "Insurance.cml", "--out", out.path], in: Self.fixtures.path,
                                                        environment: Self.environment)
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["Domains.storm", "Insurance.storm"])
        #expect(result.error.hasSuffix("2 CML files: 2 written, 0 unchanged, 7 warnings\n"), "\(result.error)")
    }

    @Test func brokenCMLIsReportedAtItsPlacesAndNothingIsWritten() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let out = Self.temporaryFolder().appendingPathComponent("model")
        let result = try CommandLineTestSupport.process(stormc, ["import", "cml", "Broken.cml", "--out", out.path], in: Self.fixtures.path,
                                                        environment: Self.environment)
        #expect(result.status == 1)
        Self.expectGolden(result.error, "Broken.diagnostics.txt")
        #expect(!FileManager.default.fileExists(atPath: out.path), "a failed import wrote files")
    }

    @Test func aMissingImportIsAnErrorAtTheImport() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("import \"./Missing.cml\"\nBoundedContext A\n".utf8).write(to: folder.appendingPathComponent("Main.cml"))
        let result = try CommandLineTestSupport.process(stormc, ["import", "cml", "Main.cml", "--out", "out"], in: folder.path, environment: Self.environment)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("Main.cml:1:8: error: cannot read the imported file `./Missing.cml` [cml-import]"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func diagnosticsAsJSONLines() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandLineTestSupport.process(stormc, ["import", "cml", "Tactic.cml", "--out", out.path, "--diagnostics-format", "json"],
                                                        in: Self.fixtures.path, environment: Self.environment)
        #expect(result.status == 0)
        let lines = CommandLineTestSupport.jsonLines(result.out)
        #expect(lines.count == 3)
        #expect(lines.compactMap { $0["id"] as? String } == ["cml-assumed", "cml-assumed", "cml-assumed"])
    }

    @Test func usageErrors() throws {
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let noOut = try CommandLineTestSupport.process(stormc, ["import", "cml", "Tactic.cml"], in: Self.fixtures.path, environment: Self.environment)
        #expect(noOut.status == 2)
        #expect(noOut.error.contains("missing --out DIR"))
        let other = try CommandLineTestSupport.process(stormc, ["import", "uml", "x", "--out", "o"], in: Self.fixtures.path, environment: Self.environment)
        #expect(other.status == 2)
        #expect(other.error.contains("only `cml` is supported"))
    }
}
