import Foundation
import Testing

/// `stormc fmt` never changes the model: `stormc model --json` prints the same bytes before and after
/// formatting, for every bundled model and test fixture, for doc comments with trailing white space,
/// and for the hostile texts of ``HostileTextTests``. Through the built `stormc` process.
struct FormatKeepsModelTests {
    typealias Support = CommandLineTestSupport

    /// Every model folder of the repository: `Models/*` and `Tests/Fixtures/Models/*`.
    static func bundledModels() throws -> [URL] {
        let root = HostileTextTests.root
        var folders: [URL] = []
        for parent in ["Models", "Tests/Fixtures/Models"] {
            let url = root.appendingPathComponent(parent)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory), isDirectory.boolValue {
                    folders.append(url.appendingPathComponent(name))
                }
            }
        }
        return folders
    }

    /// The model's JSON before and after `fmt` of a copy of `files` in a folder `name`.
    static func modelBeforeAndAfterFormatting(_ files: [String: String], name: String, stormc: URL) throws -> (before: String, after: String, formatted: Bool) {
        let folder = try temporaryFolder(Dictionary(uniqueKeysWithValues: files.map { (name + "/" + $0.key, $0.value) }))
        let before = try Support.process(stormc, ["model", "--json", name], in: folder, environment: [:])
        #expect(before.status == 0, "\(name): \(before.error)")
        let format = try Support.process(stormc, ["fmt", name], in: folder, environment: [:])
        #expect(format.status == 0, "\(name): \(format.error)")
        let after = try Support.process(stormc, ["model", "--json", name], in: folder, environment: [:])
        let check = try Support.process(stormc, ["fmt", "--check", name], in: folder, environment: [:])
        return (before.out, after.out, check.status == 0)
    }

    @Test func formattingKeepsEveryBundledModel() throws {
        guard let stormc = Support.executable() else { return }
        let models = try Self.bundledModels()
        #expect(models.count >= 5)
        for model in models {
            var files: [String: String] = [:]
            for path in GenerationChecksCommandTests.files(under: model.path) where path.hasSuffix(".storm") {
                files[path] = try String(contentsOf: model.appendingPathComponent(path), encoding: .utf8)
            }
            // A model may use its siblings (`use OnlineRetail from "../OnlineRetail"`): they come along.
            for sibling in models where sibling != model && sibling.deletingLastPathComponent() == model.deletingLastPathComponent() {
                for path in GenerationChecksCommandTests.files(under: sibling.path) where path.hasSuffix(".storm") {
                    files["../\(sibling.lastPathComponent)/\(path)"] = try String(contentsOf: sibling.appendingPathComponent(path), encoding: .utf8)
                }
            }
            let result = try Self.modelBeforeAndAfterFormatting(files, name: model.lastPathComponent, stormc: stormc)
            #expect(!result.before.isEmpty)
            #expect(result.before == result.after, "fmt changed the model \(model.lastPathComponent)")
            #expect(result.formatted)
        }
    }

    @Test func formattingKeepsDocsWithTrailingWhiteSpaceAndHostileTexts() throws {
        guard let stormc = Support.executable() else { return }
        let cases = [
            "/// Trips \ncontext Trips {}\n",
            "/// Trips\t \r\n///   \n/// end \u{0C}\ncontext Trips {\n  /// field  \n  event E { /// x \n a: Int }\n}\n",
            "///\ncontext Trips {}\n",
            HostileTextTests.model,
        ]
        for text in cases {
            let result = try Self.modelBeforeAndAfterFormatting(["model.storm": text], name: "Docs", stormc: stormc)
            #expect(!result.before.isEmpty)
            #expect(result.before == result.after, "fmt changed the model of:\n\(text)")
        }
        let trips = try Self.modelBeforeAndAfterFormatting(["model.storm": cases[0]], name: "Docs", stormc: stormc)
        #expect(trips.before.contains(#""doc":"Trips""#) || trips.before.contains(#""doc": "Trips""#), "\(trips.before)")
    }
}
