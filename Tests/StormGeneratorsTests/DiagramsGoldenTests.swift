import Foundation
import StormGenerators
import StormModel
import Testing

/// `Generated/<Model>/Diagrams/` is the golden tree: the generator must reproduce it byte for byte.
/// After an intended change, run `swift run stormc generate diagrams` and review the diff.
@Suite struct DiagramsGoldenTests {
    @Test func generatedDiagramsMatchTheGoldenTree() throws {
        let models = try DiagramsModels.all()
        #expect(!models.isEmpty, "no models under Models/")
        for model in models {
            let folder = DiagramsModels.root.appendingPathComponent("Generated/\(model.name)/Diagrams")
            let files = try DiagramGenerator.generate(model, options: GeneratorOptions())
            let golden = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            #expect(Set(files.map(\.path)) == Set(golden), "\(model.name): generated files differ from Generated/\(model.name)/Diagrams")
            for file in files {
                let expected = (try? String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)) ?? ""
                if let difference = Self.firstDifference(expected: expected, actual: file.contents) {
                    Issue.record("Generated/\(model.name)/Diagrams/\(file.path) is stale (run `swift run stormc generate diagrams`):\n\(difference)")
                }
            }
        }
    }

    @Test func generatingTwiceGivesTheSameBytes() throws {
        for model in try DiagramsModels.all() + [DiagramsFixtures.insurer, DiagramsFixtures.hostile] {
            let first = try DiagramGenerator.generate(model, options: GeneratorOptions())
            #expect(first == (try DiagramGenerator.generate(model, options: GeneratorOptions())), "\(model.name)")
        }
    }

    @Test func theDifferenceShowsTheFirstChangedLineInContext() {
        let difference = Self.firstDifference(expected: "a\nb\nc", actual: "a\nB\nc")
        #expect(difference == "  line 1   a\n- line 2   b\n+ line 2   B\n  line 3   c")
        #expect(Self.firstDifference(expected: "same", actual: "same") == nil)
    }

    /// The first line that differs, as `-` expected and `+` actual, with two lines of context either side.
    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let shared = min(old.count, new.count)
        let index = (0..<shared).first { old[$0] != new[$0] } ?? shared
        var lines: [String] = []
        for context in max(0, index - 2)..<index { lines.append("  line \(context + 1)   \(old[context])") }
        if index < old.count { lines.append("- line \(index + 1)   \(old[index])") }
        if index < new.count { lines.append("+ line \(index + 1)   \(new[index])") }
        for context in stride(from: index + 1, to: min(index + 3, shared), by: 1) { lines.append("  line \(context + 1)   \(old[context])") }
        return lines.joined(separator: "\n")
    }
}
