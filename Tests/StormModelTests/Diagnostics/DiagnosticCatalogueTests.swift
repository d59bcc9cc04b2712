import Foundation
import StormDiagnostics
import StormKit
import StormSource
import Testing

/// Every diagnostic ID the code can report has a rendered test and an entry in `Docs/Diagnostics.md`,
/// and every example in that document triggers its ID and prints what the document shows.
struct DiagnosticCatalogueTests {
    static let root = SeedModel.repositoryRoot

    /// The source folders of the front end, the generators' checks and the command line, whose IDs this
    /// suite covers. (Review rules document their own.)
    static let sourceFolders = ["StormSource", "StormDiagnostics", "StormSyntax", "StormModel", "StormGenerators", "StormKit", "StormCommandLine", "StormCML", "StormMesh"]

    /// IDs that no model can trigger in this suite, with the reason.
    static let untriggerable: [DiagnosticID: String] = [
        "generator-error": "raised by generators of `stormc generate`, not by checking a model",
        "mesh-duplicate-domain": "reported by `stormc mesh` across models; rendered in MeshCommandTests",
        "mesh-duplicate-event": "reported by `stormc mesh` across models; rendered in MeshCommandTests",
        "mesh-unresolved-use": "reported by `stormc mesh` across models; rendered in MeshCommandTests",
        "mesh-version-mismatch": "reported by `stormc mesh` across models; rendered in MeshCommandTests",
        "policy-loosened": "reported by `stormc lint` about storm.json and a platform policy; rendered in PolicyLintTests",
        "interface-version-changed": "needs a published interface on disk beside the model; rendered in UseInterfaceTests",
    ]

    /// IDs documented without an example, with the reason.
    static let withoutExample: [DiagnosticID: String] = untriggerable.merging([
        "too-many-errors": "its example would be a thousand errors long",
        "cml-syntax": "its example is CML, not Storm: CMLDiagnosticTests and the goldens of Tests/Fixtures/CML show it",
        "cml-import": "its example is CML, not Storm: CMLDiagnosticTests shows it",
        "cml-unsupported": "its example is CML, not Storm: CMLDiagnosticTests and the goldens of Tests/Fixtures/CML show it",
        "cml-assumed": "its example is CML, not Storm: CMLDiagnosticTests and the goldens of Tests/Fixtures/CML show it",
        "cml-not-exported": "reported by `stormc export cml`, not by checking: CMLDiagnosticTests shows it",
    ]) { a, _ in a }

    static func swiftFiles(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// Every ID written where a diagnostic is made: `error("id", …)`, `warning("id", …)`, `report("id", …)`,
    /// `Diagnostic(.error, "id", …)`, and a generator's `GeneratorError(…, id: "id")`.
    static let codeIDs: Set<DiagnosticID> = {
        var ids = Set<DiagnosticID>()
        for folder in sourceFolders {
            for file in swiftFiles(under: root.appendingPathComponent("Sources/\(folder)")) {
                let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
                for id in matches(of: #"\b(?:error|warning|report)\(\s*"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#, in: text)
                    + matches(of: #"Diagnostic\(\.[a-z]+,\s*"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#, in: text)
                    + matches(of: #"\bid: (?:String = )?"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#, in: text) {
                    ids.insert(DiagnosticID(rawValue: id))
                }
            }
        }
        return ids
    }()

    /// One entry of `Docs/Diagnostics.md`: its ID, severity, and example with its printed output.
    struct Entry {
        var id: DiagnosticID
        var severity: String?
        var example: String?
        var output: String?
    }

    static let document = (try? String(contentsOf: root.appendingPathComponent("Docs/Diagnostics.md"), encoding: .utf8)) ?? ""

    /// The entries of the document: each `### `id`` heading, the `**severity**` that starts its text, and
    /// its first `storm` and `text` code blocks.
    static let entries: [Entry] = {
        var entries: [Entry] = []
        var block: (language: String, lines: [String])?
        for line in document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if var open = block {
                if line == "```" {
                    let text = open.lines.joined(separator: "\n") + "\n"
                    if let last = entries.indices.last {
                        if open.language == "storm", entries[last].example == nil { entries[last].example = text }
                        if open.language == "text", entries[last].output == nil { entries[last].output = text }
                    }
                    block = nil
                } else {
                    open.lines.append(line)
                    block = open
                }
            } else if line.hasPrefix("```") {
                block = (String(line.dropFirst(3)), [])
            } else if line.hasPrefix("### `"), line.hasSuffix("`") {
                entries.append(Entry(id: DiagnosticID(rawValue: String(line.dropFirst(5).dropLast()))))
            } else if line.hasPrefix("**"), let last = entries.indices.last, entries[last].severity == nil {
                entries[last].severity = matches(of: #"^\*\*([a-z]+)\*\*"#, in: line).first
            }
        }
        return entries
    }()

    /// The IDs shown in the rendered expectations of this folder's tests: `… [id]` at the end of a header.
    static let testedIDs: Set<DiagnosticID> = {
        var ids = Set<DiagnosticID>()
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for file in swiftFiles(under: folder) where file.lastPathComponent.hasSuffix("DiagnosticTests.swift") {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            for id in matches(of: #": (?:error|warning): .* \[([a-z0-9-]+)\]$"#, in: text) { ids.insert(DiagnosticID(rawValue: id)) }
        }
        return ids
    }()

    @Test func theCodeIsScannedForIDs() {
        // A guard against a scan that silently finds nothing.
        for id: DiagnosticID in ["unterminated-string", "invalid-utf8", "expected-token", "unresolved-reference", "duplicate-relationship",
                                 "misplaced-annotation", "generator-error"] {
            #expect(Self.codeIDs.contains(id), "the scan missed \(id)")
        }
        #expect(Self.codeIDs.count >= 40)
    }

    @Test func everyIDInTheCodeHasARenderedTest() {
        let missing = Self.codeIDs.subtracting(Self.testedIDs).subtracting(Self.untriggerable.keys).sorted()
        #expect(missing.isEmpty, "IDs without a rendered test: \(missing)")
        #expect(Self.testedIDs.count >= 25)
    }

    @Test func everyIDInTheCodeIsDocumentedOnceAndNothingElse() {
        let documented = Self.entries.map(\.id)
        #expect(Set(documented).count == documented.count, "an ID is documented twice")
        #expect(Self.codeIDs.subtracting(documented).sorted() == [], "IDs missing from Docs/Diagnostics.md")
        #expect(Set(documented).subtracting(Self.codeIDs).sorted() == [], "Docs/Diagnostics.md documents IDs the code does not report")
    }

    @Test func everyDocumentedExampleTriggersItsIDAndPrintsWhatTheDocumentShows() {
        #expect(Self.entries.count >= 40)
        for entry in Self.entries where Self.withoutExample[entry.id] == nil {
            guard let example = entry.example, let output = entry.output else {
                Issue.record("`\(entry.id)` has no `storm` example or no `text` output")
                continue
            }
            let (bytes, _) = DiagnosticTestSupport.source(example)
            let loaded = ModelLoader.load(sources: [SourceFile(path: "model.storm", bytes: bytes)], name: "Example")
            let found = loaded.diagnostics.all.filter { $0.id == entry.id }
            #expect(!found.isEmpty, "the example of `\(entry.id)` reports \(loaded.diagnostics.all.map(\.id))")
            #expect(found.map(\.severity.rawValue).allSatisfy { $0 == entry.severity }, "`\(entry.id)` is documented as \(entry.severity ?? "nothing")")
            // Markdown keeps no trailing blanks, so lines are compared without them.
            func lines(_ text: String) -> [Substring] {
                text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    var line = line
                    while line.last == " " { line = line.dropLast() }
                    return line
                }
            }
            let printed = ModelTestSupport.rendered(loaded)
            #expect(lines(printed) == lines(output), "`\(entry.id)` prints:\n\(printed)")
        }
    }

    @Test func someIDsAreDocumentedWithoutAnExample() {
        for id in Self.withoutExample.keys {
            let entry = Self.entries.first { $0.id == id }
            #expect(entry != nil)
            #expect(entry?.example == nil)
        }
    }
}
