import Foundation
import Testing

/// Sixty misspelt names on one line of a hundred thousand bytes, checked by the built `stormc` process:
/// every name gets its error, "did you mean" stops after the budget of 50, and each snippet is a window
/// around its highlight with `…` at the cut ends, in the text and the JSON renderers alike.
struct LongLineProcessTests {
    static let names = 60

    /// The model: sixty events, and a command that emits each under a misspelt name, on a line that a
    /// comment makes a hundred thousand bytes long.
    static let model: String = {
        let events = (1...names).map { "  event Happened\($0) { id: UUID }\n" }.joined()
        let emits = (1...names).map { "Happend\($0)" }.joined(separator: ", ")
        return "context C {\n" + events + "  command Go emits " + emits + "  // " + String(repeating: "x", count: 100_000) + "\n}\n"
    }()

    @Test func textReportsEveryNameWithBoundedSuggestionsAndSnippets() throws {
        let folder = try temporaryFolder(["model.storm": Self.model])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let result = try CommandLineTestSupport.process(stormc, ["check", "model.storm"], in: folder, environment: [:])
        #expect(result.status == 1)
        let lines = result.error.split(separator: "\n", omittingEmptySubsequences: false)
        let errors = lines.filter { $0.contains(": error: unknown event `Happend") }
        #expect(errors.count == Self.names)
        #expect(errors.first?.hasPrefix("model.storm:\(Self.names + 2):20: error: unknown event `Happend1`") == true)
        #expect(lines.filter { $0.contains("did you mean `Happened") }.count == 50)
        #expect(result.error.contains("\(Self.names) errors, 0 warnings"))
        // Every line printed is short: the snippet is a window of the long line, cut with `…`.
        #expect(lines.allSatisfy { $0.utf8.count < 400 })
        let snippets = lines.filter { $0.hasPrefix(" \(Self.names + 2) | ") }
        #expect(snippets.count == Self.names)
        #expect(snippets.allSatisfy { $0.hasSuffix("…") })
        #expect(snippets.last?.contains("Happend\(Self.names)") == true)
    }

    @Test func jsonCutsTheSnippetTheSameWay() throws {
        let folder = try temporaryFolder(["model.storm": Self.model])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard let stormc = CommandLineTestSupport.executable() else { return }
        let result = try CommandLineTestSupport.process(stormc, ["check", "--diagnostics-format", "json", "model.storm"],
                                                        in: folder, environment: [:])
        #expect(result.status == 1)
        let diagnostics = CommandLineTestSupport.jsonLines(result.out)
        #expect(diagnostics.count == Self.names)
        let snippets = diagnostics.compactMap { ($0["snippet"] as? [String: Any])?["text"] as? String }
        #expect(snippets.count == Self.names)
        #expect(snippets.allSatisfy { $0.utf8.count < 400 && $0.hasSuffix("…") })
        let fixes = diagnostics.filter { !(($0["fixIts"] as? [Any]) ?? []).isEmpty }
        #expect(fixes.count == 50)
    }
}
