@testable import StormDiagnostics
import StormSource
import Testing

/// Rendering into one buffer, as `stormc lint` prints thousands of findings: the same text as one string
/// per diagnostic, whichever way the underline is measured.
struct TextDiagnosticRendererBufferTests {
    let sources = SourceManager(files: [
        SourceFile(path: "a.storm", text: "context Trips {\n  event TripEnded { at: Timestmp }\n}\n"),
        SourceFile(path: "b.storm", text: "a\rb x\nactor Fahrer 運行 x\n"),
    ])

    func range(_ file: Int, _ start: Int, _ end: Int) -> SourceRange { SourceRange(file: FileID(file), start: start, end: end) }

    @Test func renderingIntoABufferAppendsWhatRenderReturns() {
        let renderer = TextDiagnosticRenderer(sources: sources)
        let diagnostics = [
            Diagnostic(.warning, "x-y", "first", at: range(0, 40, 48), highlights: [range(0, 24, 33)]),
            Diagnostic(.error, "y-z", "second", at: range(1, 19, 25), notes: [DiagnosticNote("here", at: range(0, 0, 7))]),
            Diagnostic(.note, "z-a", "third", at: nil),
        ]
        var buffer = "before\n"
        for diagnostic in diagnostics { renderer.render(diagnostic, into: &buffer) }
        #expect(buffer == "before\n" + diagnostics.map { renderer.render($0) }.joined())
        #expect(buffer.contains("   |" + String(repeating: " ", count: 9) + "~~~~~~~~~" + String(repeating: " ", count: 7) + "^~~~~~~~\n"))
    }

    @Test func aCarriageReturnInTheLineIsOneColumnAsBefore() {
        let text = TextDiagnosticRenderer(sources: sources).render(Diagnostic(.warning, "x-y", "x", at: range(1, 4, 5)))
        #expect(text == "b.storm:1:5: warning: x [x-y]\n 1 | a\rb x\n   |     ^\n")
    }

    @Test func wideCharactersBeforeTheRangeWidenTheBlank() {
        let text = TextDiagnosticRenderer(sources: sources).render(Diagnostic(.warning, "x-y", "x", at: range(1, 19, 25)))
        #expect(text.hasSuffix(" 2 | actor Fahrer 運行 x\n   |" + String(repeating: " ", count: 14) + "^~~~\n"))
    }
}
