@testable import StormDiagnostics
import Foundation
import StormSource
import Testing

/// Snippets of long lines: a window around the highlight with `…` at the cut ends, in the text and JSON
/// renderers alike, so that a diagnostic costs the same on a line of any length.
struct SnippetTests {
    let sources = SourceManager(files: [
        SourceFile(path: "middle.storm", text: String(repeating: "a", count: 100) + " Strng " + String(repeating: "b", count: 150) + "\n"),
        SourceFile(path: "end.storm", text: String(repeating: "x", count: 250) + " Strng\n"),
        SourceFile(path: "start.storm", text: "Strng " + String(repeating: "y", count: 250)),
        SourceFile(path: "wide.storm", text: String(repeating: "運", count: 100) + " Strng\n"),
    ])

    func diagnostic(_ file: Int, _ start: Int) -> Diagnostic {
        Diagnostic(.error, "unresolved-reference", "unknown type `Strng`", at: SourceRange(file: FileID(file), start: start, end: start + 5))
    }

    @Test func aHighlightInTheMiddleOfALongLineIsShownWithBothEndsCut() {
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic(0, 101)) == """
        middle.storm:1:102: error: unknown type `Strng` [unresolved-reference]
         1 | …aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Strng bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…
           |                                                              ^~~~~

        """)
    }

    @Test func aHighlightAtTheEndOfALongLineIsShownWithTheStartCut() {
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic(1, 251)) == """
        end.storm:1:252: error: unknown type `Strng` [unresolved-reference]
         1 | …xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx Strng
           |                                                                                                                                                                                                     ^~~~~

        """)
    }

    @Test func aHighlightAtTheStartOfALongLineIsShownWithTheEndCut() {
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic(2, 0)) == """
        start.storm:1:1: error: unknown type `Strng` [unresolved-reference]
         1 | Strng yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…
           | ^~~~~

        """)
    }

    @Test func aWindowNeverSplitsACharacter() {
        #expect(TextDiagnosticRenderer(sources: sources).render(diagnostic(3, 301)) == """
        wide.storm:1:302: error: unknown type `Strng` [unresolved-reference]
         1 | …運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運運 Strng
           |                                                                                                                                     ^~~~~

        """)
    }

    @Test func theJSONRendererShowsTheSameWindow() throws {
        let line = JSONDiagnosticRenderer(sources: sources).render(diagnostic(0, 101))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let snippet = try #require(object["snippet"] as? [String: Any])
        #expect(snippet["text"] as? String == "…aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Strng bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…")
        // Columns count bytes of the text: `…` takes three.
        #expect(snippet["highlightStart"] as? Int == 64)
        #expect(snippet["highlightEnd"] as? Int == 69)
        #expect(object["column"] as? Int == 102)
    }

    @Test func theWindowDoesNotGrowWithTheLine() {
        let long = String(repeating: "z", count: 1_000_000)
        let file = SourceFile(path: "long.storm", text: long + " Strng " + long)
        let snippet = Snippet(of: SourceRange(file: FileID(0), start: 1_000_001, end: 1_000_006), in: file)
        #expect(snippet.text(in: file).utf8.count == Snippet.maximumWidth + 2 * Snippet.ellipsis.utf8.count)
        #expect(snippet.cutBefore && snippet.cutAfter)
    }
}
