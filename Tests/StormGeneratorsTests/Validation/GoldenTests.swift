import Foundation
import StormGenerators
import StormKit
import Testing

/// `Generated/<Model>/<Format>/` is the golden tree: what the generators produce for each model in
/// `Models/` must be exactly what is committed there. Regenerate with `swift run stormc generate all`.
@Test(arguments: SchemaFormat.allCases)
func generatedSchemasMatchTheCommittedGoldens(format: SchemaFormat) throws {
    let models = try RepositoryModels.all()
    if models.isEmpty { print("no models under Models/: nothing to compare for \(format.folder)") }
    for model in models {
        let folder = RepositoryPaths.root.appendingPathComponent("Generated/\(model.name)/\(format.folder)")
        let generated = try format.generate(model)
        for file in generated {
            let url = folder.appendingPathComponent(file.path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                Issue.record("missing golden Generated/\(model.name)/\(format.folder)/\(file.path): run `swift run stormc generate all`")
                continue
            }
            let committed = String(decoding: data, as: UTF8.self)
            if committed != file.contents {
                Issue.record("Generated/\(model.name)/\(format.folder)/\(file.path) is stale:\n\(GoldenDiff.describe(expected: committed, actual: file.contents))")
            }
        }
        let expected = Set(generated.map(\.path))
        let stale = GoldenDiff.files(under: folder).filter { !expected.contains($0) }
        #expect(stale.isEmpty, "files no generator writes any more, in Generated/\(model.name)/\(format.folder): \(stale)")
    }
}

/// Readable differences between a golden file and fresh output.
enum GoldenDiff {
    /// The first differing line of each, with three lines of context before it, marked `-` (committed) and `+` (generated).
    static func describe(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
        let context = max(0, first - 3)
        var lines = ["first difference at line \(first + 1) (\(old.count) lines committed, \(new.count) generated):"]
        lines += old[context..<first].map { "  " + $0 }
        lines += old[first..<min(old.count, first + 4)].map { "- " + $0 }
        lines += new[first..<min(new.count, first + 4)].map { "+ " + $0 }
        return lines.joined(separator: "\n")
    }

    /// Paths of the files under `folder`, relative to it.
    static func files(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }
}
